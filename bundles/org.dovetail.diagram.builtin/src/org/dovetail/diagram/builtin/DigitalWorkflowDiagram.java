package org.dovetail.diagram.builtin;

import static org.dovetail.diagram.builtin.Descriptions.box;
import static org.dovetail.diagram.builtin.Descriptions.container;
import static org.dovetail.diagram.builtin.Descriptions.elementEdge;
import static org.dovetail.diagram.builtin.Descriptions.flagged;
import static org.dovetail.diagram.builtin.Descriptions.line;
import static org.dovetail.diagram.builtin.Descriptions.node;
import static org.dovetail.diagram.builtin.Descriptions.relation;
import static org.dovetail.diagram.builtin.Descriptions.when;
import static org.dovetail.diagram.builtin.DigitalWorkflowExpressions.*;

import java.util.List;

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
import org.dovetail.diagram.model.description.NodeCreationTool;
import org.dovetail.diagram.model.description.NodeMapping;
import org.dovetail.diagram.model.description.NodeShape;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.description.RelationEdgeMapping;
import org.dovetail.diagram.model.description.ReparentTool;

/**
 * Digital workflow: each system with its workflows (states and the transitions between them, labelled with their
 * permission and approval guards) and its automations (what they fire, where a human reviews them), and the
 * integrations between systems.
 */
final class DigitalWorkflowDiagram {

    static final String ID = "digital-workflow";

    private DigitalWorkflowDiagram() {
    }

    static DiagramDescription create() {
        DiagramDescription diagram = Descriptions.diagram(ID, "Digital workflow", "DovetailModel",
                "Systems, workflow states, transitions with permission and approval guards, automations and integrations.");
        diagram.setDirection(org.dovetail.diagram.model.description.LayoutDirection.DOWN);
        Layer risk = Descriptions.layer("risk", "Risk overlay", true);
        Layer ownership = Descriptions.layer("ownership", "Ownership", false);
        Layer workAsDone = Descriptions.layer("work-as-done", "Work as done", false);
        diagram.getAdditionalLayers().addAll(List.of(risk, ownership, workAsDone));
        Layer base = diagram.getDefaultLayer();

        ContainerMapping system = container("system", "System", "digital.InformationSystem",
                Descriptions.containerStyle(Palette.SYSTEM_FILL, Palette.SYSTEM_HEADER, "#9aa8b8", 11), ChildrenPresentation.FREE_FORM);
        system.setSemanticCandidatesExpression(SYSTEMS);
        ContainerMapping workflow = container("workflow", "Workflow", "digital.Workflow",
                Descriptions.containerStyle("#ffffff", "#eef2f6", "#b9c3cf", 10), ChildrenPresentation.FREE_FORM);
        NodeStyle stateStyle = box(NodeShape.ROUNDED_RECTANGLE, Palette.STATE_FILL, Palette.STATE_BORDER, null, 140, 44);
        NodeMapping state = node("state", "Workflow state", "digital.WorkflowState", stateStyle);
        ProcessFlowDiagram.riskStyles(state, stateStyle, risk);
        when(state, "state-shadow", "State no process step maps to", GovernanceExpressions.UNMAPPED,
                flagged(stateStyle, Palette.UNMAPPED_FILL, Palette.UNMAPPED_BORDER, "NO PROCESS STEP"), risk);
        NodeStyle initial = Descriptions.copy(stateStyle);
        initial.setFillColor("#e3f2e6");
        initial.setBorderColor("#3b8a40");
        initial.setShape(NodeShape.ELLIPSE);
        when(state, "state-initial", "Initial state", INITIAL, initial, null);
        NodeStyle done = Descriptions.copy(stateStyle);
        done.setFillColor("#e1e5ea");
        done.setBorderColor("#37414f");
        done.setLineWidth(2);
        when(state, "state-final", "Final state", FINAL, done, null);
        workflow.getSubNodeMappings().add(state);
        system.getSubContainerMappings().add(workflow);

        NodeStyle automationStyle = box(NodeShape.HEXAGON, Palette.AUTOMATION_FILL, Palette.AUTOMATION_BORDER, "AUTOMATION", 160, 50);
        NodeMapping automation = node("automation", "Automation", "digital.Automation", automationStyle);
        automation.setLabelExpression(AUTOMATION_LABEL);
        ProcessFlowDiagram.riskStyles(automation, automationStyle, risk);
        when(automation, "automation-unreviewed", "AI recommendation without human review or override owner", AI_UNREVIEWED,
                flagged(automationStyle, "#fdecea", Palette.ERROR, "AI · NO HUMAN REVIEW"), null);
        system.getSubNodeMappings().add(automation);
        base.getContainerMappings().add(system);

        ElementEdgeMapping transition = elementEdge("transition", "Transition", "digital.Transition", TRANSITION_SOURCE,
                TRANSITION_TARGET, line(Palette.STATE_BORDER, 2, LineStyle.SOLID, ArrowKind.FILLED));
        transition.setLabelExpression(TRANSITION_LABEL);
        transition.getSourceMappings().add(state);
        transition.getTargetMappings().add(state);
        EdgeStyle error = line(Palette.ERROR, 3, LineStyle.SOLID, ArrowKind.FILLED);
        error.setBold(true);
        when(transition, "transition-error", "Transition with an error finding", CommonExpressions.FINDING_ERROR, error, risk);
        when(transition, "transition-warning", "Transition with a warning", CommonExpressions.FINDING_WARNING,
                line(Palette.WARNING, 3, LineStyle.SOLID, ArrowKind.FILLED), risk);
        EdgeStyle approval = line(Palette.APPROVAL_BORDER, 3, LineStyle.SOLID, ArrowKind.FILLED);
        approval.setBold(true);
        when(transition, "transition-approval", "Transition with an approval guard", APPROVAL_GUARD, approval, null);
        when(transition, "transition-automatic", "Automatic transition", AUTOMATIC, line(Palette.MUTED, 2, LineStyle.DOTTED, ArrowKind.FILLED), null);
        when(transition, "transition-unguarded", "Transition without a permission guard", UNGUARDED,
                line(Palette.WARNING, 2, LineStyle.DASHED, ArrowKind.FILLED), null);
        RelationEdgeMapping review = relation("review-point", "Human review point", "reviewPoint", null,
                line(Palette.AUTOMATION_BORDER, 1, LineStyle.DOTTED, ArrowKind.OPEN));
        review.getSourceMappings().add(automation);
        review.getTargetMappings().add(state);
        RelationEdgeMapping fires = relation("fires", "Fires (moves to)", null, FIRED_TARGETS,
                line(Palette.AUTOMATION_BORDER, 2, LineStyle.DASHED, ArrowKind.FILLED));
        fires.getSourceMappings().add(automation);
        fires.getTargetMappings().add(state);
        ElementEdgeMapping integration = elementEdge("integration", "Integration", "digital.Integration", INTEGRATION_SOURCE,
                INTEGRATION_TARGET, line("#16837a", 2, LineStyle.DASHED, ArrowKind.FILLED));
        integration.setLabelExpression(INTEGRATION_LABEL);
        integration.getSourceMappings().add(system);
        integration.getTargetMappings().add(system);
        ProcessFlowDiagram.riskStyles(system, (NodeStyle) system.getStyle(), risk);
        base.getEdgeMappings().addAll(List.of(transition, review, fires, integration));

        Descriptions.findings(risk, "findings");
        Descriptions.text(ownership, "owner", "Owner", CommonExpressions.OWNER, DecorationPosition.SOUTH_WEST, Palette.OWNER)
                .getMappings().addAll(List.of(system, automation));
        Descriptions.text(workAsDone, "event-logs", "Event logs", EVENT_LOGS, DecorationPosition.NORTH_EAST, Palette.WORK_AS_DONE)
                .getMappings().add(system);

        NodeCreationTool createState = Descriptions.F.createNodeCreationTool();
        createState.setId("create-state");
        createState.setLabel("State");
        createState.setMapping(state);
        createState.setOperationExpression(CREATE_STATE);
        createState.setIcon(Descriptions.icon("state"));
        EdgeCreationTool connect = Descriptions.F.createEdgeCreationTool();
        connect.setId("connect");
        connect.setLabel("Transition");
        connect.setMapping(transition);
        connect.setOperationExpression(CONNECT);
        connect.setIcon(Descriptions.icon("transition"));
        DeleteTool delete = Descriptions.F.createDeleteTool();
        delete.setId("delete");
        delete.setLabel("Delete");
        ReparentTool moveState = Descriptions.F.createReparentTool();
        moveState.setId("move-state");
        moveState.setLabel("Move into another workflow");
        moveState.getMappings().add(state);
        moveState.getContainerMappings().add(workflow);
        moveState.setOperationExpression(ReparentOperations.MOVE_STATE);
        ReparentTool moveAutomation = Descriptions.F.createReparentTool();
        moveAutomation.setId("move-automation");
        moveAutomation.setLabel("Move into another system");
        moveAutomation.getMappings().add(automation);
        moveAutomation.getContainerMappings().add(system);
        moveAutomation.setContainmentFeature("automations");
        diagram.getTools().addAll(List.of(createState, connect, delete, moveState, moveAutomation));
        return diagram;
    }
}
