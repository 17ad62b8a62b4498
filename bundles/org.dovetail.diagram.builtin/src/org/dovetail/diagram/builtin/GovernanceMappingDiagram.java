package org.dovetail.diagram.builtin;

import static org.dovetail.diagram.builtin.Descriptions.box;
import static org.dovetail.diagram.builtin.Descriptions.container;
import static org.dovetail.diagram.builtin.Descriptions.flagged;
import static org.dovetail.diagram.builtin.Descriptions.line;
import static org.dovetail.diagram.builtin.Descriptions.node;
import static org.dovetail.diagram.builtin.Descriptions.when;
import static org.dovetail.diagram.builtin.GovernanceExpressions.*;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.diagram.model.description.AbstractNodeMapping;
import org.dovetail.diagram.model.description.ArrowKind;
import org.dovetail.diagram.model.description.ChildrenPresentation;
import org.dovetail.diagram.model.description.ContainerMapping;
import org.dovetail.diagram.model.description.DecorationPosition;
import org.dovetail.diagram.model.description.DeleteTool;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.EdgeCreationTool;
import org.dovetail.diagram.model.description.EdgeStyle;
import org.dovetail.diagram.model.description.ElementEdgeMapping;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.description.LineStyle;
import org.dovetail.diagram.model.description.NodeMapping;
import org.dovetail.diagram.model.description.NodeShape;
import org.dovetail.diagram.model.description.NodeStyle;

/**
 * Governance mapping, the picture a governance board looks at: work as imagined (process elements, grouped by kind)
 * on the left, work as enforced (digital elements) on the right, the typed mappings between them coloured by the
 * severity of their findings, and every element no mapping covers highlighted.
 */
final class GovernanceMappingDiagram {

    static final String ID = "governance-mapping";

    /** The titles of the groups, by group id (the label functions are registered under GROUP_LABEL + id). */
    static final java.util.Map<String, String> GROUP_LABELS = new java.util.LinkedHashMap<>();
    static final String GROUP_LABEL = "governance.group-label.";

    static {
        for (String[] group : new String[][] { { "steps", "Process steps" }, { "decision-rights", "Decision rights" },
                { "evidence", "Evidence requirements" }, { "exceptions", "Exception paths" }, { "policies", "Policies and controls" },
                { "artifacts", "Legacy artifacts" }, { "roles", "Roles" }, { "states", "Workflow states" },
                { "permissions", "Permissions" }, { "fields", "Data fields" }, { "systems", "Systems, automations and reports" },
                { "system-roles", "System roles" } }) {
            GROUP_LABELS.put(group[0], group[1]);
        }
    }

    private GovernanceMappingDiagram() {
    }

    private record Kind(String id, String label, String domainClass, NodeShape shape, String fill, String border) {
    }

    static DiagramDescription create() {
        DiagramDescription diagram = Descriptions.diagram(ID, "Governance mapping", "DovetailModel",
                "Process and digital elements side by side, typed mapping edges coloured by finding severity, unmapped elements highlighted.");
        Layer risk = Descriptions.layer("risk", "Risk overlay", true);
        Layer ownership = Descriptions.layer("ownership", "Ownership", false);
        diagram.getAdditionalLayers().addAll(List.of(risk, ownership));
        Layer base = diagram.getDefaultLayer();
        List<AbstractNodeMapping> nodes = new ArrayList<>();

        ContainerMapping processSide = side("process-side", "Process domain", "process.ProcessDomain", PROCESS_DOMAIN,
                PROCESS_SIDE_LABEL, "#f4f7fb", "#d9e3ef");
        group(processSide, "steps", "Process steps", PROCESS_ELEMENTS, risk, nodes,
                new Kind("g-step", "Process step", "process.Step", NodeShape.ROUNDED_RECTANGLE, Palette.TASK_FILL, Palette.TASK_BORDER));
        group(processSide, "decision-rights", "Decision rights", PROCESS_ELEMENTS, risk, nodes,
                new Kind("g-decision-right", "Decision right", "process.DecisionRight", NodeShape.ROUNDED_RECTANGLE, Palette.DECISION_FILL, Palette.DECISION_BORDER));
        group(processSide, "evidence", "Evidence requirements", PROCESS_ELEMENTS, risk, nodes,
                new Kind("g-evidence", "Evidence requirement", "process.EvidenceRequirement", NodeShape.DOCUMENT, "#ffffff", "#6d7f95"));
        group(processSide, "exceptions", "Exception paths", PROCESS_ELEMENTS, risk, nodes,
                new Kind("g-exception", "Exception path", "process.ExceptionPath", NodeShape.HEXAGON, Palette.EXCEPTION_FILL, Palette.EXCEPTION_BORDER));
        group(processSide, "policies", "Policies and controls", PROCESS_ELEMENTS, risk, nodes,
                new Kind("g-policy", "Policy", "process.Policy", NodeShape.DOCUMENT, "#eef1fb", "#4a5aa8"),
                new Kind("g-control", "Control", "process.Control", NodeShape.OCTAGON, Palette.CHECK_FILL, Palette.CHECK_BORDER));
        group(processSide, "artifacts", "Legacy artifacts", PROCESS_ELEMENTS, risk, nodes,
                new Kind("g-artifact", "Legacy artifact", "process.LegacyArtifact", NodeShape.DOCUMENT, Palette.ARTIFACT_FILL, Palette.ARTIFACT_BORDER));
        group(processSide, "roles", "Roles", PROCESS_ELEMENTS, risk, nodes,
                new Kind("g-role", "Role", "process.Role", NodeShape.ELLIPSE, "#f6f0e6", "#8a6d3b"));

        ContainerMapping digitalSide = side("digital-side", "Digital domain", "digital.DigitalDomain", DIGITAL_DOMAIN,
                DIGITAL_SIDE_LABEL, "#f5f3fa", "#e2ddef");
        group(digitalSide, "states", "Workflow states", DIGITAL_ELEMENTS, risk, nodes,
                new Kind("g-state", "Workflow state", "digital.WorkflowState", NodeShape.ROUNDED_RECTANGLE, Palette.STATE_FILL, Palette.STATE_BORDER));
        group(digitalSide, "permissions", "Permissions", DIGITAL_ELEMENTS, risk, nodes,
                new Kind("g-permission", "Permission", "digital.Permission", NodeShape.ROUNDED_RECTANGLE, "#fff8e6", "#a0760a"));
        group(digitalSide, "fields", "Data fields", DIGITAL_ELEMENTS, risk, nodes,
                new Kind("g-field", "Data field", "digital.DataField", NodeShape.RECTANGLE, "#ffffff", "#5b7a99"));
        group(digitalSide, "systems", "Systems, automations and reports", DIGITAL_ELEMENTS, risk, nodes,
                new Kind("g-system", "System", "digital.InformationSystem", NodeShape.CYLINDER, Palette.SYSTEM_HEADER, "#5d6d80"),
                new Kind("g-automation", "Automation", "digital.Automation", NodeShape.HEXAGON, Palette.AUTOMATION_FILL, Palette.AUTOMATION_BORDER),
                new Kind("g-report", "Report", "digital.Report", NodeShape.DOCUMENT, "#ffffff", "#5d6d80"),
                new Kind("g-other", "Other digital element", "digital.DigitalElement", NodeShape.RECTANGLE, "#ffffff", "#5d6d80"));
        group(digitalSide, "system-roles", "System roles", DIGITAL_ELEMENTS, risk, nodes,
                new Kind("g-system-role", "System role", "digital.SystemRole", NodeShape.ELLIPSE, "#f1ecf8", "#6c5a99"));
        for (AbstractNodeMapping mapping : nodes) {
            if (mapping.getId().equals("g-other")) {
                mapping.setPreconditionExpression(OTHER_MAPPED_DIGITAL);
            }
        }
        base.getContainerMappings().addAll(List.of(processSide, digitalSide));

        ElementEdgeMapping mapping = Descriptions.elementEdge("mapping", "Governance mapping", "governance.Mapping",
                MAPPING_SOURCE, MAPPING_TARGETS, line(Palette.MAPPED, 2, LineStyle.SOLID, ArrowKind.FILLED));
        mapping.setLabelExpression(MAPPING_LABEL);
        mapping.getSourceMappings().addAll(nodes);
        mapping.getTargetMappings().addAll(nodes);
        EdgeStyle error = line(Palette.ERROR, 4, LineStyle.SOLID, ArrowKind.FILLED);
        error.setBold(true);
        when(mapping, "mapping-error", "Mapping with an error finding", CommonExpressions.FINDING_ERROR, error, risk);
        when(mapping, "mapping-warning", "Mapping with a warning", CommonExpressions.FINDING_WARNING,
                line(Palette.WARNING, 3, LineStyle.SOLID, ArrowKind.FILLED), risk);
        when(mapping, "mapping-info", "Mapping with an info finding", CommonExpressions.FINDING_INFO,
                line(Palette.INFO, 2, LineStyle.SOLID, ArrowKind.FILLED), risk);
        when(mapping, "mapping-disputed", "Disputed mapping", DISPUTED, line(Palette.ERROR, 2, LineStyle.DASHED, ArrowKind.FILLED), null);
        when(mapping, "mapping-tentative", "Proposed or partial mapping", TENTATIVE, line(Palette.MAPPED, 2, LineStyle.DASHED, ArrowKind.FILLED), null);
        base.getEdgeMappings().add(mapping);

        Descriptions.findings(risk, "findings");
        Descriptions.text(ownership, "owner", "Owner", CommonExpressions.OWNER, DecorationPosition.SOUTH_WEST, Palette.OWNER);

        EdgeCreationTool connect = Descriptions.F.createEdgeCreationTool();
        connect.setId("connect");
        connect.setLabel("Mapping");
        connect.setMapping(mapping);
        connect.setOperationExpression(CONNECT);
        connect.setIcon(Descriptions.icon("mapping"));
        DeleteTool delete = Descriptions.F.createDeleteTool();
        delete.setId("delete");
        delete.setLabel("Delete");
        diagram.getTools().addAll(List.of(connect, delete));
        return diagram;
    }

    private static ContainerMapping side(String id, String label, String domainClass, String candidates, String labelExpression,
            String fill, String header) {
        ContainerMapping side = container(id, label, domainClass, Descriptions.containerStyle(fill, header, "#9aa8b8", 12),
                ChildrenPresentation.FREE_FORM);
        side.setSemanticCandidatesExpression(candidates);
        side.setLabelExpression(labelExpression);
        side.getStyle().setBold(true);
        return side;
    }

    private static void group(ContainerMapping side, String id, String label, String candidates, Layer risk,
            List<AbstractNodeMapping> all, Kind... kinds) {
        ContainerMapping group = container(side.getId() + "-" + id, label, side.getDomainClass(),
                Descriptions.containerStyle("#ffffff", "#eef1f5", "#c3ccd7", 10), ChildrenPresentation.LIST);
        group.setSemanticCandidatesExpression(CommonExpressions.SELF);
        group.setLabelExpression(GROUP_LABEL + id);
        for (Kind kind : kinds) {
            NodeStyle style = box(kind.shape(), kind.fill(), kind.border(), null, 190, 34);
            style.setFontSize(9);
            NodeMapping node = node(kind.id(), kind.label(), kind.domainClass(), style);
            node.setSemanticCandidatesExpression(candidates);
            ProcessFlowDiagram.riskStyles(node, style, risk);
            when(node, kind.id() + "-unmapped", kind.label() + " no mapping covers", UNMAPPED,
                    flagged(style, Palette.UNMAPPED_FILL, Palette.UNMAPPED_BORDER, "UNMAPPED"), null);
            group.getSubNodeMappings().add(node);
            all.add(node);
        }
        side.getSubContainerMappings().add(group);
    }
}
