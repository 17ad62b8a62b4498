package org.dovetail.diagram.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.api.FindingIndex;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.ArtifactFate;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.dovetail.model.process.Task;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.ObservationKind;
import org.dovetail.model.workasdone.WorkAsDoneFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Incremental refresh after every kind of change equals a fresh interpretation — for all three built-in diagrams open
 * on the same model at once, with every layer on — and touches only the views the change concerns.
 */
class IncrementalRefreshTest {

    private DovetailModel model;
    private Process process;
    private List<DiagramSession> sessions;

    @BeforeEach
    void open() {
        model = Fixture.load(ExampleModels::supplierInvoiceApproval, "sia");
        process = model.getProcessDomain().getProcesses().get(0);
        FindingIndex findings = Fixture.findings(model);
        sessions = new ArrayList<>();
        sessions.add(Fixture.open(model, "process-flow", false, "risk", "ownership", "work-as-done"));
        sessions.add(Fixture.open(model, "digital-workflow", false, "risk", "ownership", "work-as-done"));
        sessions.add(Fixture.open(model, "governance-mapping", false, "risk", "ownership"));
        sessions.forEach(s -> s.setFindings(findings));
    }

    @AfterEach
    void close() {
        sessions.forEach(DiagramSession::close);
    }

    /** Applies the edit, refreshes each session and compares it with a fresh interpretation. */
    private void edit(String what, Runnable change) {
        change.run();
        for (DiagramSession session : sessions) {
            session.refresh();
            assertEquals(Fixture.fresh(session), Fixture.canonical(session.diagram()),
                    "after " + what + ", " + session.description().getId() + " differs from a fresh interpretation");
        }
    }

    private Role role(int index) {
        return model.getProcessDomain().getRoles().get(index);
    }

    @Test
    void addingAStepAddsItsNodeToItsPerformersLane() {
        DiagramSession flow = sessions.get(0);
        Task task = ProcessFactory.eINSTANCE.createTask();
        task.setName("Scan invoice");
        task.setPerformer(process.getSteps().get(0).getPerformer());
        edit("adding a step", () -> process.getSteps().add(task));
        assertEquals(1, flow.viewsOf(task).size());
        assertEquals(task.getPerformer(), flow.semanticElement((org.dovetail.diagram.model.state.DDiagramElement) flow.viewsOf(task).get(0).eContainer()));
        Flow link = ProcessFactory.eINSTANCE.createFlow();
        edit("adding a flow to the new step", () -> {
            link.setSource(process.getSteps().get(0));
            link.setTarget(task);
            process.getFlows().add(link);
        });
        assertEquals(1, flow.viewsOf(link).size());
    }

    @Test
    void renamingAStepChangesOnlyItsViews() {
        Step step = process.getSteps().get(2);
        Set<EObject> changed = watch(sessions.get(0));
        edit("renaming a step", () -> step.setName("Renamed step"));
        assertTrue(sessions.get(0).viewsOf(step).get(0) instanceof org.dovetail.diagram.model.state.DDiagramElement view
                && view.getLabel().equals("Renamed step"));
        assertTrue(changed.size() <= 2, "a rename touches the step's view only, not " + changed.size() + " diagram objects");
    }

    @Test
    void changingThePerformerMovesTheStepBetweenLanesAndCreatesAndRemovesLanes() {
        Step step = process.getSteps().get(0);
        Role newRole = ProcessFactory.eINSTANCE.createRole();
        newRole.setName("Shared-service centre");
        edit("adding a role", () -> model.getProcessDomain().getRoles().add(newRole));
        edit("giving a step to a role without a lane", () -> step.setPerformer(newRole));
        assertEquals(newRole, sessions.get(0).semanticElement(
                (org.dovetail.diagram.model.state.DDiagramElement) sessions.get(0).viewsOf(step).get(0).eContainer()));
        edit("moving the step back", () -> step.setPerformer(role(0)));
        assertTrue(sessions.get(0).viewsOf(newRole).isEmpty(), "the empty lane disappears");
        edit("taking the performer away", () -> step.setPerformer(null));
        edit("giving it a performer again", () -> step.setPerformer(role(1)));
    }

    @Test
    void deletingAndMovingStepsBetweenProcesses() {
        Process other = model.getProcessDomain().getProcesses().get(1);
        Step moved = process.getSteps().get(3);
        edit("moving a step to another process", () -> other.getSteps().add(moved));
        assertTrue(sessions.get(0).viewsOf(moved).isEmpty());
        edit("moving it back", () -> process.getSteps().add(1, moved));
        assertEquals(1, sessions.get(0).viewsOf(moved).size());
        Step deleted = process.getSteps().get(1);
        edit("deleting a step with its references", () -> EcoreUtil.delete(deleted, true));
        for (DiagramSession session : sessions) {
            assertTrue(session.viewsOf(deleted).isEmpty());
        }
        edit("deleting a role", () -> EcoreUtil.delete(role(0), true));
    }

    @Test
    void mappingChangesUpdateUnmappedHighlightsAndEdges() {
        DiagramSession governance = sessions.get(2);
        WorkflowState state = null;
        for (WorkflowState candidate : states()) {
            if (!governance.viewsOf(candidate).isEmpty() && "g-state-unmapped".equals(governance.viewsOf(candidate).get(0).getStyleId())) {
                state = candidate;
            }
        }
        assertTrue(state != null, "the example has a workflow state no step maps to (a shadow workflow)");
        Step step = process.getSteps().get(0);
        WorkflowState shadow = state;
        StepStateMapping mapping = GovernanceFactory.eINSTANCE.createStepStateMapping();
        mapping.setName("new mapping");
        edit("adding a mapping", () -> {
            mapping.setStep(step);
            mapping.getStates().add(shadow);
            model.getGovernance().getMappings().add(mapping);
        });
        assertNotEquals("g-state-unmapped", governance.viewsOf(shadow).get(0).getStyleId());
        assertEquals(1, governance.viewsOf(mapping).size());
        edit("retargeting the mapping", () -> mapping.getStates().set(0, states().stream().filter(s -> s != shadow).findFirst().orElseThrow()));
        assertEquals("g-state-unmapped", governance.viewsOf(shadow).get(0).getStyleId());
        edit("removing a mapping", () -> EcoreUtil.remove(mapping));
        Mapping first = model.getGovernance().getMappings().get(0);
        edit("deleting an existing mapping", () -> EcoreUtil.delete(first, true));
    }

    @Test
    void digitalChanges() {
        InformationSystem system = model.getDigitalDomain().getSystems().get(0);
        Workflow workflow = system.getWorkflows().get(0);
        Transition transition = workflow.getTransitions().get(0);
        edit("requiring approval", () -> transition.setApprovalRequired(!transition.isApprovalRequired()));
        edit("retargeting a transition", () -> transition.setTarget(workflow.getStates().get(workflow.getStates().size() - 1)));
        edit("removing the permission guard", () -> transition.setRequiredPermission(null));
        WorkflowState added = DigitalFactory.eINSTANCE.createWorkflowState();
        added.setName("On hold");
        edit("adding a state", () -> workflow.getStates().add(added));
        Transition hold = DigitalFactory.eINSTANCE.createTransition();
        edit("adding a transition to it", () -> {
            hold.setSource(workflow.getStates().get(0));
            hold.setTarget(added);
            workflow.getTransitions().add(hold);
        });
        edit("moving a workflow to another system",
                () -> model.getDigitalDomain().getSystems().get(model.getDigitalDomain().getSystems().size() - 1).getWorkflows().add(workflow));
        edit("deleting a system", () -> EcoreUtil.delete(system, true));
    }

    @Test
    void exceptionsArtifactsAndWorkAsDone() {
        ExceptionPath path = ProcessFactory.eINSTANCE.createExceptionPath();
        path.setName("Invoice lost");
        edit("adding an exception path", () -> {
            path.setRaisedAt(process.getSteps().get(0));
            process.getExceptionPaths().add(path);
        });
        edit("giving it a handler", () -> path.setHandler(role(2)));
        edit("changing the performer of where it is raised", () -> process.getSteps().get(0).setPerformer(role(3)));
        LegacyArtifact artifact = model.getProcessDomain().getLegacyArtifacts().get(0);
        edit("using an artifact in a step", () -> process.getSteps().get(4).getArtifacts().add(artifact));
        edit("deciding its fate", () -> artifact.setFate(ArtifactFate.RETIRE));
        edit("no step uses it any more", () -> {
            for (Step step : process.getSteps()) {
                step.getArtifacts().remove(artifact);
            }
            for (ExceptionPath p : process.getExceptionPaths()) {
                p.getHandledVia().remove(artifact);
            }
        });
        Observation observation = WorkAsDoneFactory.eINSTANCE.createObservation();
        observation.setKind(ObservationKind.BATCHING);
        observation.setOccurrences(4);
        edit("recording an observation", () -> {
            observation.setStep(process.getSteps().get(2));
            model.getWorkAsDone().getSessions().get(0).getObservations().add(observation);
        });
        edit("counting it again", () -> observation.setOccurrences(5));
        edit("renaming the owner of a step", () -> {
            if (process.getSteps().get(2).getOwner() != null) {
                process.getSteps().get(2).getOwner().setName("Renamed owner");
            }
        });
    }

    @Test
    void layersAndFindings() {
        for (DiagramSession session : sessions) {
            edit("switching layers off", () -> session.diagram().getActiveLayers().clear());
            edit("switching the risk layer on", () -> session.diagram().getActiveLayers().add("risk"));
        }
        for (DiagramSession session : sessions) {
            session.setFindings(FindingIndex.EMPTY);
            assertEquals(Fixture.fresh(session), Fixture.canonical(session.diagram()));
            session.setFindings(Fixture.findings(model));
            assertEquals(Fixture.fresh(session), Fixture.canonical(session.diagram()));
        }
    }

    /** Seeded random edit sequences of every kind above; after each edit all three diagrams equal a fresh interpretation. */
    @Test
    void randomEditSequences() {
        Random random = new Random(20261123L);
        List<Consumer<Random>> edits = List.of(
                r -> pick(r, steps()).setName("step " + r.nextInt(1000)),
                r -> pick(r, steps()).setPerformer(r.nextInt(5) == 0 ? null : pick(r, model.getProcessDomain().getRoles())),
                r -> {
                    Task task = ProcessFactory.eINSTANCE.createTask();
                    task.setName("task " + r.nextInt(1000));
                    task.setPerformer(pick(r, model.getProcessDomain().getRoles()));
                    pick(r, model.getProcessDomain().getProcesses()).getSteps().add(task);
                },
                r -> {
                    if (steps().size() > 4) {
                        EcoreUtil.delete(pick(r, steps()), true);
                    }
                },
                r -> pick(r, model.getProcessDomain().getProcesses()).getSteps().add(pick(r, steps())),
                r -> {
                    Process p = pick(r, model.getProcessDomain().getProcesses());
                    if (p.getSteps().size() > 1) {
                        Flow flow = ProcessFactory.eINSTANCE.createFlow();
                        flow.setSource(pick(r, p.getSteps()));
                        flow.setTarget(pick(r, p.getSteps()));
                        p.getFlows().add(flow);
                    }
                },
                r -> {
                    StepStateMapping mapping = GovernanceFactory.eINSTANCE.createStepStateMapping();
                    mapping.setStep(pick(r, steps()));
                    mapping.getStates().add(pick(r, states()));
                    model.getGovernance().getMappings().add(mapping);
                },
                r -> {
                    if (!model.getGovernance().getMappings().isEmpty()) {
                        EcoreUtil.delete(pick(r, model.getGovernance().getMappings()), true);
                    }
                },
                r -> {
                    Transition t = pick(r, transitions());
                    if (t != null) {
                        t.setApprovalRequired(r.nextBoolean());
                        t.setTarget(pick(r, ((Workflow) t.eContainer()).getStates()));
                    }
                },
                r -> pick(r, model.getProcessDomain().getLegacyArtifacts()).setFate(ArtifactFate.get(r.nextInt(3))),
                r -> pick(r, steps()).getArtifacts().add(pick(r, model.getProcessDomain().getLegacyArtifacts())));
        for (int i = 0; i < 120; i++) {
            int which = random.nextInt(edits.size());
            edit("random edit " + i + " (kind " + which + ")", () -> edits.get(which).accept(random));
        }
    }

    private List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        model.getProcessDomain().getProcesses().forEach(p -> steps.addAll(p.getSteps()));
        return steps;
    }

    private List<WorkflowState> states() {
        List<WorkflowState> states = new ArrayList<>();
        model.getDigitalDomain().getSystems().forEach(s -> s.getWorkflows().forEach(w -> states.addAll(w.getStates())));
        return states;
    }

    private List<Transition> transitions() {
        List<Transition> transitions = new ArrayList<>();
        model.getDigitalDomain().getSystems().forEach(s -> s.getWorkflows().forEach(w -> transitions.addAll(w.getTransitions())));
        return transitions;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    /** The diagram objects that change from now on (to check that a refresh stays local). */
    private static Set<EObject> watch(DiagramSession session) {
        Set<EObject> changed = new HashSet<>();
        session.diagram().eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch() && notification.getNotifier() instanceof EObject notifier) {
                    changed.add(notifier);
                }
            }
        });
        return changed;
    }
}
