package org.dovetail.diagram.builtin;

import static org.dovetail.diagram.builtin.Descriptions.box;
import static org.dovetail.diagram.builtin.Descriptions.container;
import static org.dovetail.diagram.builtin.Descriptions.elementEdge;
import static org.dovetail.diagram.builtin.Descriptions.flagged;
import static org.dovetail.diagram.builtin.Descriptions.line;
import static org.dovetail.diagram.builtin.Descriptions.node;
import static org.dovetail.diagram.builtin.Descriptions.outlined;
import static org.dovetail.diagram.builtin.Descriptions.relation;
import static org.dovetail.diagram.builtin.Descriptions.when;
import static org.dovetail.diagram.builtin.ProcessFlowExpressions.*;

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
import org.dovetail.diagram.model.description.ElementEdgeMapping;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.description.LineStyle;
import org.dovetail.diagram.model.description.NodeCreationTool;
import org.dovetail.diagram.model.description.NodeMapping;
import org.dovetail.diagram.model.description.NodeShape;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.description.RelationEdgeMapping;
import org.dovetail.diagram.model.description.ReparentTool;

/**
 * Process flow: one swimlane per role that performs a step of the process, its steps (tasks, approvals, decisions,
 * reviews, hand-offs, checks) in flow order, exception paths in the handler's lane, and the legacy artifacts the
 * process still uses in a band of their own.
 */
final class ProcessFlowDiagram {

    static final String ID = "process-flow";

    private ProcessFlowDiagram() {
    }

    /** One step kind: class, tag and colours. */
    private record Kind(String key, String domainClass, String label, NodeShape shape, String fill, String border, String tag) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("approval", "process.Approval", "Approval", NodeShape.ROUNDED_RECTANGLE, Palette.APPROVAL_FILL, Palette.APPROVAL_BORDER, "APPROVAL"),
            new Kind("decision", "process.Decision", "Decision", NodeShape.DIAMOND, Palette.DECISION_FILL, Palette.DECISION_BORDER, null),
            new Kind("review", "process.Review", "Review", NodeShape.ROUNDED_RECTANGLE, Palette.REVIEW_FILL, Palette.REVIEW_BORDER, "REVIEW"),
            new Kind("handoff", "process.Handoff", "Hand-off", NodeShape.HEXAGON, Palette.HANDOFF_FILL, Palette.HANDOFF_BORDER, "HAND-OFF"),
            new Kind("check", "process.Check", "Check", NodeShape.OCTAGON, Palette.CHECK_FILL, Palette.CHECK_BORDER, "CHECK"),
            new Kind("task", "process.Task", "Task", NodeShape.ROUNDED_RECTANGLE, Palette.TASK_FILL, Palette.TASK_BORDER, null));

    static DiagramDescription create() {
        DiagramDescription diagram = Descriptions.diagram(ID, "Process flow", "process.Process",
                "Swimlanes by role: steps in flow order, decisions, approvals, exception paths and the legacy artifacts still in use.");
        Layer risk = Descriptions.layer("risk", "Risk overlay", true);
        Layer ownership = Descriptions.layer("ownership", "Ownership", false);
        Layer workAsDone = Descriptions.layer("work-as-done", "Work as done", false);
        diagram.getAdditionalLayers().addAll(List.of(risk, ownership, workAsDone));
        Layer base = diagram.getDefaultLayer();

        ContainerMapping lane = container("lane", "Lane (role)", "process.Role",
                Descriptions.containerStyle(Palette.LANE_FILL, Palette.LANE_HEADER, Palette.LANE_BORDER, 10), ChildrenPresentation.LANE);
        lane.setSemanticCandidatesExpression(LANES);
        List<AbstractNodeMapping> steps = new ArrayList<>();
        List<AbstractNodeMapping> unassigned = new ArrayList<>();
        for (Kind kind : KINDS) {
            NodeMapping inLane = stepMapping("step-" + kind.key(), kind, risk, ownership);
            inLane.setSemanticCandidatesExpression(LANE_STEPS);
            lane.getSubNodeMappings().add(inLane);
            steps.add(inLane);
            NodeMapping loose = stepMapping("unassigned-" + kind.key(), kind, risk, ownership);
            loose.setPreconditionExpression(NO_PERFORMER);
            loose.setLabel(kind.label() + " without a role");
            base.getNodeMappings().add(loose);
            unassigned.add(loose);
        }
        NodeStyle exceptionStyle = box(NodeShape.HEXAGON, Palette.EXCEPTION_FILL, Palette.EXCEPTION_BORDER, "EXCEPTION", 150, 50);
        NodeMapping exception = node("exception", "Exception path", "process.ExceptionPath", exceptionStyle);
        exception.setSemanticCandidatesExpression(LANE_EXCEPTIONS);
        riskStyles(exception, exceptionStyle, risk);
        lane.getSubNodeMappings().add(exception);
        base.getContainerMappings().add(lane);

        ContainerMapping band = container("artifacts", "Legacy artifacts", "process.Process",
                Descriptions.containerStyle("#fdfaf4", "#efe4d2", Palette.LANE_BORDER, 10), ChildrenPresentation.LANE);
        band.setSemanticCandidatesExpression(CommonExpressions.SELF);
        band.setPreconditionExpression(HAS_ARTIFACTS);
        band.setLabelExpression(BAND_LABEL);
        NodeStyle artifactStyle = box(NodeShape.DOCUMENT, Palette.ARTIFACT_FILL, Palette.ARTIFACT_BORDER, "LEGACY ARTIFACT", 160, 54);
        NodeMapping artifact = node("artifact", "Legacy artifact", "process.LegacyArtifact", artifactStyle);
        artifact.setSemanticCandidatesExpression(PROCESS_ARTIFACTS);
        artifact.setLabelExpression(ARTIFACT_LABEL);
        riskStyles(artifact, artifactStyle, risk);
        when(artifact, "artifact-undecided", "Legacy artifact, fate undecided", FATE_UNDECIDED,
                flagged(artifactStyle, Palette.UNMAPPED_FILL, Palette.UNMAPPED_BORDER, "FATE UNDECIDED"), null);
        when(artifact, "artifact-retire", "Legacy artifact to retire", TO_RETIRE,
                flagged(artifactStyle, "#f1f1f1", Palette.MUTED, "TO RETIRE"), null);
        band.getSubNodeMappings().add(artifact);
        base.getContainerMappings().add(band);

        List<AbstractNodeMapping> allSteps = new ArrayList<>(steps);
        allSteps.addAll(unassigned);
        ElementEdgeMapping flow = elementEdge("flow", "Flow", "process.Flow", FLOW_SOURCE, FLOW_TARGET,
                line(Palette.INK, 2, LineStyle.SOLID, ArrowKind.FILLED));
        flow.setLabelExpression(FLOW_LABEL);
        flow.getSourceMappings().addAll(allSteps);
        flow.getTargetMappings().addAll(allSteps);
        when(flow, "flow-error", "Flow with an error finding", CommonExpressions.FINDING_ERROR,
                line(Palette.ERROR, 3, LineStyle.SOLID, ArrowKind.FILLED), risk);
        RelationEdgeMapping raised = relation("raises", "Raises exception", null, RAISED_EXCEPTIONS,
                line(Palette.EXCEPTION_BORDER, 2, LineStyle.DASHED, ArrowKind.FILLED));
        raised.getSourceMappings().addAll(allSteps);
        raised.getTargetMappings().add(exception);
        RelationEdgeMapping returns = relation("returns", "Returns to", "returnsTo", null,
                line(Palette.EXCEPTION_BORDER, 1, LineStyle.DASHED, ArrowKind.OPEN));
        returns.getSourceMappings().add(exception);
        returns.getTargetMappings().addAll(allSteps);
        RelationEdgeMapping uses = relation("uses", "Uses artifact", "artifacts", null,
                line(Palette.ARTIFACT_BORDER, 1, LineStyle.DOTTED, ArrowKind.OPEN));
        uses.getSourceMappings().addAll(allSteps);
        uses.getTargetMappings().add(artifact);
        RelationEdgeMapping handledVia = relation("handled-via", "Handled via", "handledVia", null,
                line(Palette.EXCEPTION_BORDER, 1, LineStyle.DOTTED, ArrowKind.OPEN));
        handledVia.getSourceMappings().add(exception);
        handledVia.getTargetMappings().add(artifact);
        base.getEdgeMappings().addAll(List.of(flow, raised, returns, uses, handledVia));

        Descriptions.findings(risk, "findings");
        Descriptions.text(ownership, "owner", "Owner", CommonExpressions.OWNER, DecorationPosition.SOUTH_WEST, Palette.OWNER)
                .getMappings().addAll(allSteps);
        Descriptions.text(workAsDone, "work-as-done", "Work as done", WORK_AS_DONE, DecorationPosition.SOUTH_EAST, Palette.WORK_AS_DONE)
                .getMappings().addAll(allSteps);

        diagram.getTools().add(createTool("create-task", "Task", CREATE_TASK, steps.get(5), "task"));
        diagram.getTools().add(createTool("create-approval", "Approval", CREATE_APPROVAL, steps.get(0), "approval"));
        diagram.getTools().add(createTool("create-decision", "Decision", CREATE_DECISION, steps.get(1), "decision"));
        EdgeCreationTool connect = Descriptions.F.createEdgeCreationTool();
        connect.setId("connect");
        connect.setLabel("Flow");
        connect.setMapping(flow);
        connect.setOperationExpression(CONNECT);
        connect.setIcon(Descriptions.icon("flow"));
        diagram.getTools().add(connect);
        DeleteTool delete = Descriptions.F.createDeleteTool();
        delete.setId("delete");
        delete.setLabel("Delete");
        diagram.getTools().add(delete);
        ReparentTool moveToLane = Descriptions.F.createReparentTool();
        moveToLane.setId("move-to-lane");
        moveToLane.setLabel("Move into another lane");
        moveToLane.getMappings().addAll(allSteps);
        moveToLane.getMappings().add(exception);
        moveToLane.getContainerMappings().add(lane);
        moveToLane.setOperationExpression(ReparentOperations.MOVE_TO_LANE);
        diagram.getTools().add(moveToLane);
        return diagram;
    }

    private static NodeMapping stepMapping(String id, Kind kind, Layer risk, Layer ownership) {
        NodeStyle style = box(kind.shape(), kind.fill(), kind.border(), kind.tag(), kind.shape() == NodeShape.DIAMOND ? 150 : 150,
                kind.shape() == NodeShape.DIAMOND ? 76 : 50);
        NodeMapping mapping = node(id, kind.label(), kind.domainClass(), style);
        mapping.setLabelExpression(STEP_LABEL);
        riskStyles(mapping, style, risk);
        when(mapping, id + "-no-owner", kind.label() + " without an owner", CommonExpressions.NO_OWNER,
                flagged(style, style.getFillColor(), Palette.WARNING, "NO OWNER"), ownership);
        return mapping;
    }

    static void riskStyles(AbstractNodeMapping mapping, NodeStyle style, Layer risk) {
        NodeStyle error = outlined(style, Palette.ERROR);
        error.setLineWidth(3);
        when(mapping, mapping.getId() + "-error", mapping.getLabel() + " with an error finding", CommonExpressions.FINDING_ERROR, error, risk);
        when(mapping, mapping.getId() + "-warning", mapping.getLabel() + " with a warning", CommonExpressions.FINDING_WARNING,
                outlined(style, Palette.WARNING), risk);
    }

    private static NodeCreationTool createTool(String id, String label, String operation, AbstractNodeMapping mapping, String icon) {
        NodeCreationTool tool = Descriptions.F.createNodeCreationTool();
        tool.setIcon(Descriptions.icon(icon));
        tool.setId(id);
        tool.setLabel(label);
        tool.setMapping(mapping);
        tool.setOperationExpression(operation);
        return tool;
    }
}
