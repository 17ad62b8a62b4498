package org.dovetail.diagram.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Step;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Semantic model → diagram: what each built-in diagram shows of each example, counted against the model itself. */
class InterpretationTest {

    static Stream<Example> examples() {
        return ExampleModels.examples().stream();
    }

    static Stream<Arguments> everyDiagramAndLayerSet() {
        return examples().flatMap(example -> Stream.of(
                Arguments.of(example, "process-flow", new String[0]),
                Arguments.of(example, "process-flow", new String[] { "risk", "ownership", "work-as-done" }),
                Arguments.of(example, "digital-workflow", new String[0]),
                Arguments.of(example, "digital-workflow", new String[] { "risk", "ownership", "work-as-done" }),
                Arguments.of(example, "governance-mapping", new String[0]),
                Arguments.of(example, "governance-mapping", new String[] { "risk", "ownership" })));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyDiagramAndLayerSet")
    void everyEdgeJoinsNodesOfItsMappingsAndEveryViewShowsALiveElement(Example example, String diagramId, String[] layers) {
        DovetailModel model = Fixture.load(example.withGaps(), example.name());
        try (DiagramSession session = Fixture.open(model, diagramId, false, layers)) {
            session.setFindings(Fixture.findings(model));
            Diagram diagram = session.diagram();
            assertFalse(diagram.getNodes().isEmpty());
            Set<String> uids = new HashSet<>();
            for (DDiagramElement view : Fixture.views(diagram)) {
                assertNotNull(session.semanticElement(view), "a view of a missing element: " + view.getSemanticId());
                assertNotNull(session.mappingOf(view), view.getMappingId());
                assertTrue(uids.add(view.getUid()), "duplicate uid");
            }
            for (DEdge edge : diagram.getEdges()) {
                assertTrue(edge.getSource().eResource() == null || edge.getSource().eContainer() != null);
                assertTrue(Fixture.views(diagram).contains(edge.getSource()) && Fixture.views(diagram).contains(edge.getTarget()));
            }
            assertEquals(Fixture.canonical(diagram), Fixture.fresh(session), "interpreting twice gives the same diagram");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void processFlowHasALanePerPerformingRoleAndEveryStepAndFlow(Example example) {
        DovetailModel model = Fixture.load(example.withGaps(), example.name());
        Process process = model.getProcessDomain().getProcesses().get(0);
        try (DiagramSession session = Fixture.open(model, "process-flow", false)) {
            Diagram diagram = session.diagram();
            Set<EObject> roles = new HashSet<>();
            process.getSteps().stream().map(Step::getPerformer).filter(r -> r != null).forEach(roles::add);
            List<DDiagramElement> lanes = Fixture.viewsOf(diagram, "lane");
            assertTrue(lanes.size() >= roles.size(), "a lane per performing role");
            for (DDiagramElement lane : lanes) {
                assertTrue(lane instanceof DContainer);
            }
            long steps = Fixture.views(diagram).stream().filter(v -> v.getMappingId().startsWith("step-")
                    || v.getMappingId().startsWith("unassigned-")).count();
            assertEquals(process.getSteps().size(), steps);
            assertEquals(process.getFlows().size(), Fixture.viewsOf(diagram, "flow").size());
            assertEquals(process.getExceptionPaths().stream().filter(p -> ProcessFlowExpressions.laneOf(p) != null).count(),
                    Fixture.viewsOf(diagram, "exception").size());
            for (DDiagramElement view : Fixture.views(diagram)) {
                if (session.semanticElement(view) instanceof Step step && view.getMappingId().startsWith("step-")) {
                    DDiagramElement lane = (DDiagramElement) view.eContainer();
                    assertEquals(step.getPerformer(), session.semanticElement(lane), "a step sits in its performer's lane");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void digitalWorkflowShowsEverySystemWorkflowStateAndTransition(Example example) {
        DovetailModel model = Fixture.load(example.withGaps(), example.name());
        try (DiagramSession session = Fixture.open(model, "digital-workflow", false)) {
            Diagram diagram = session.diagram();
            int states = 0;
            int transitions = 0;
            for (InformationSystem system : model.getDigitalDomain().getSystems()) {
                for (Workflow workflow : system.getWorkflows()) {
                    states += workflow.getStates().size();
                    transitions += workflow.getTransitions().size();
                }
            }
            assertEquals(model.getDigitalDomain().getSystems().size(), Fixture.viewsOf(diagram, "system").size());
            assertEquals(states, Fixture.viewsOf(diagram, "state").size());
            assertEquals(transitions, Fixture.viewsOf(diagram, "transition").size());
            for (DDiagramElement view : Fixture.viewsOf(diagram, "transition")) {
                Transition transition = (Transition) session.semanticElement(view);
                assertTrue(view.getLabel().startsWith(transition.getName() == null ? "" : transition.getName()));
                if (transition.isApprovalRequired()) {
                    assertTrue(view.getLabel().contains("approval"), view.getLabel());
                }
                if (transition.getRequiredPermission() != null) {
                    assertTrue(view.getLabel().replace('\n', ' ').contains(transition.getRequiredPermission().getName()), view.getLabel());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void governanceMappingDrawsAnEdgePerMappedPairAndFlagsUnmappedElements(Example example) {
        DovetailModel model = Fixture.load(example.withGaps(), example.name());
        try (DiagramSession session = Fixture.open(model, "governance-mapping", false)) {
            session.setFindings(Fixture.findings(model));
            Diagram diagram = session.diagram();
            int pairs = 0;
            for (Mapping mapping : model.getGovernance().getMappings()) {
                if (GovernanceExpressions.source(mapping) != null) {
                    pairs += new HashSet<>(GovernanceExpressions.targets(mapping)).size();
                }
            }
            assertEquals(pairs, Fixture.viewsOf(diagram, "mapping").size(), "one edge per mapped pair");
            long unmapped = Fixture.views(diagram).stream().filter(v -> v.getStyleId() != null && v.getStyleId().endsWith("-unmapped")).count();
            assertTrue(unmapped > 0, "the examples' deliberate gaps include unmapped elements");
            for (DDiagramElement view : Fixture.views(diagram)) {
                if (view.getStyleId() != null && view.getStyleId().endsWith("-unmapped")) {
                    EObject element = session.semanticElement(view);
                    var covering = GovernanceExpressions.coveringReference(element);
                    assertNotNull(covering, "only kinds a mapping should cover are flagged: " + view.getLabel());
                    assertTrue(session.expressionContext().referrers(element, covering).isEmpty(),
                            "flagged as unmapped but mapped: " + view.getLabel());
                }
            }
            long coloured = Fixture.viewsOf(diagram, "mapping").stream()
                    .filter(v -> v.getStyleId() != null && (v.getStyleId().equals("mapping-error") || v.getStyleId().equals("mapping-warning")))
                    .count();
            assertTrue(coloured > 0, "mappings with findings are coloured by severity");
        }
    }

    @Test
    void withoutTheRiskLayerNoFindingIsDrawn() {
        DovetailModel model = Fixture.load(ExampleModels::supplierInvoiceApproval, "sia");
        try (DiagramSession session = Fixture.open(model, "governance-mapping", false, "ownership")) {
            session.setFindings(Fixture.findings(model));
            for (DDiagramElement view : Fixture.views(session.diagram())) {
                assertTrue(view.getDecorations().stream().noneMatch(d -> "findings".equals(d.getDecorationId())));
                assertFalse(view.getStyleId() != null && view.getStyleId().startsWith("mapping-error"));
            }
            assertTrue(Fixture.views(session.diagram()).stream().anyMatch(v -> v.getDecorations().stream()
                    .anyMatch(d -> "owner".equals(d.getDecorationId()))), "the ownership layer shows owners");
        }
    }
}
