package org.dovetail.diagram.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.api.RefusedCommand;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Drag and drop into another container: one undoable semantic command where the description allows it, refused otherwise. */
class ReparentTest {

    @Test
    void aStepDroppedIntoAnotherLaneIsPerformedByThatRoleAndUndoPutsItBack() {
        DovetailModel model = Fixture.load(ExampleModels::supplierInvoiceApproval, "sia");
        Process process = model.getProcessDomain().getProcesses().get(0);
        try (DiagramSession session = Fixture.open(model, "process-flow", true)) {
            CommandStack stack = session.editingDomain().getCommandStack();
            List<DDiagramElement> lanes = Fixture.viewsOf(session.diagram(), "lane");
            assertTrue(lanes.size() >= 2, "the example has several lanes");
            Step step = process.getSteps().stream().filter(s -> s.getPerformer() == session.semanticElement(lanes.get(0))).findFirst().orElseThrow();
            AbstractDNode node = node(session, step);
            DContainer from = (DContainer) node.eContainer();
            DContainer into = (DContainer) lanes.get(1);
            Role oldRole = step.getPerformer();
            int oldX = node.getX();
            int oldY = node.getY();

            Command move = session.commands().reparent(node, into, 240, 30);
            assertTrue(move.canExecute(), "a step may go into another lane");
            stack.execute(move);
            assertSame(session.semanticElement(into), step.getPerformer(), "the lane's role performs the step now");
            AbstractDNode moved = node(session, step);
            assertSame(into, moved.eContainer(), "the node is in the new lane");
            assertEquals(240, moved.getX(), "where it was dropped");
            assertEquals(30, moved.getY());
            assertEquals(Fixture.fresh(session), Fixture.canonical(session.diagram()), "the diagram agrees with a fresh interpretation");

            stack.undo();
            assertSame(oldRole, step.getPerformer(), "one undo restores the role");
            AbstractDNode back = node(session, step);
            assertSame(from, back.eContainer());
            assertEquals(oldX, back.getX(), "and the node's place in its old lane");
            assertEquals(oldY, back.getY());
            stack.redo();
            assertSame(session.semanticElement(into), step.getPerformer());
            assertEquals(240, node(session, step).getX());
            assertEquals(Fixture.fresh(session), Fixture.canonical(session.diagram()));
        }
    }

    @Test
    void dropsTheDescriptionDoesNotAllowAreRefusedWithAReasonAndChangeNothing() {
        DovetailModel model = Fixture.load(ExampleModels::supplierInvoiceApproval, "sia");
        Process process = model.getProcessDomain().getProcesses().get(0);
        try (DiagramSession session = Fixture.open(model, "process-flow", true)) {
            CommandStack stack = session.editingDomain().getCommandStack();
            List<DDiagramElement> lanes = Fixture.viewsOf(session.diagram(), "lane");
            Step step = process.getSteps().stream().filter(s -> s.getPerformer() != null).findFirst().orElseThrow();
            AbstractDNode node = node(session, step);
            String before = Fixture.canonical(session.diagram());

            List<DDiagramElement> band = Fixture.viewsOf(session.diagram(), "artifacts");
            assertFalse(band.isEmpty(), "the example uses legacy artifacts");
            assertRefused(session.commands().reparent(node, (DContainer) band.get(0), 10, 10), "does not allow");
            assertRefused(session.commands().reparent(node, null, 10, 10), "onto the diagram");
            assertRefused(session.commands().reparent((AbstractDNode) lanes.get(0), (DContainer) lanes.get(1), 0, 0), "does not allow");
            assertRefused(session.commands().reparent(node, (DContainer) node.eContainer(), 5, 5), "already performed by");
            assertFalse(stack.canUndo(), "nothing ran");
            assertEquals(before, Fixture.canonical(session.diagram()), "and the diagram is as it was");
        }
        try (DiagramSession session = Fixture.open(model, "governance-mapping", true)) {
            List<DDiagramElement> containers = Fixture.views(session.diagram()).stream().filter(v -> v instanceof DContainer).toList();
            AbstractDNode leaf = (AbstractDNode) Fixture.views(session.diagram()).stream()
                    .filter(v -> v instanceof AbstractDNode n && !(n instanceof DContainer)).findFirst().orElseThrow();
            DContainer elsewhere = (DContainer) containers.stream().filter(c -> c != leaf.eContainer()).findFirst().orElseThrow();
            assertRefused(session.commands().reparent(leaf, elsewhere, 0, 0), "this diagram does not allow it");
        }
    }

    @Test
    void workflowStatesMoveBetweenWorkflowsOnlyWithoutTransitionsAndAutomationsBetweenSystems() {
        DovetailModel model = Fixture.load(ExampleModels::supplierInvoiceApproval, "sia");
        InformationSystem erp = model.getDigitalDomain().getSystems().get(0);
        Workflow workflow = erp.getWorkflows().get(0);
        WorkflowState joined = workflow.getTransitions().get(0).getSource();
        WorkflowState loose = DigitalFactory.eINSTANCE.createWorkflowState();
        loose.setName("Parked");
        workflow.getStates().add(loose);
        Workflow escalations = DigitalFactory.eINSTANCE.createWorkflow();
        escalations.setName("Escalations");
        WorkflowState open = DigitalFactory.eINSTANCE.createWorkflowState();
        open.setName("Open");
        escalations.getStates().add(open);
        erp.getWorkflows().add(escalations);
        InformationSystem archive = DigitalFactory.eINSTANCE.createInformationSystem();
        archive.setName("Archive");
        model.getDigitalDomain().getSystems().add(archive);
        Automation automation = DigitalFactory.eINSTANCE.createAutomation();
        automation.setName("Nightly reminder");
        erp.getAutomations().add(automation);

        try (DiagramSession session = Fixture.open(model, "digital-workflow", true)) {
            CommandStack stack = session.editingDomain().getCommandStack();
            DContainer escalationsView = (DContainer) session.viewsOf(escalations).get(0);
            Command refused = session.commands().reparent(node(session, joined), escalationsView, 10, 40);
            assertRefused(refused, "transitions");
            Transition anyTransition = workflow.getTransitions().get(0);
            assertTrue(((RefusedCommand) refused).getDescription().contains(workflow.getName()), "names the workflow it is held in");
            assertSame(workflow, anyTransition.eContainer());

            stack.execute(session.commands().reparent(node(session, loose), escalationsView, 10, 40));
            assertSame(escalations, loose.eContainer(), "the state moved into the other workflow");
            assertSame(escalationsView, node(session, loose).eContainer());
            stack.undo();
            assertSame(workflow, loose.eContainer());
            assertNotSame(escalationsView, node(session, loose).eContainer());

            DContainer archiveView = (DContainer) session.viewsOf(archive).get(0);
            stack.execute(session.commands().reparent(node(session, automation), archiveView, 20, 50));
            assertSame(archive, automation.eContainer(), "the automation moved into the other system (containment)");
            assertSame(archiveView, node(session, automation).eContainer());
            assertRefused(session.commands().reparent(node(session, automation), escalationsView, 0, 0), "does not allow");
            assertEquals(Fixture.fresh(session), Fixture.canonical(session.diagram()));
        }
    }

    private static AbstractDNode node(DiagramSession session, EObject element) {
        return (AbstractDNode) session.viewsOf(element).stream().filter(v -> v instanceof AbstractDNode).findFirst()
                .orElseThrow(() -> new AssertionError("no node shows " + element));
    }

    private static void assertRefused(Command command, String reasonPart) {
        assertFalse(command.canExecute(), "refused");
        RefusedCommand refused = assertInstanceOf(RefusedCommand.class, command);
        assertTrue(refused.getDescription().contains(reasonPart), "the reason says why: " + refused.getDescription());
    }
}
