package org.dovetail.diagram.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.layout.DiagramLayout;
import org.dovetail.diagram.layout.PreparedLayout;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.DNode;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large diagrams take the fast path: containers laid out on their own, those of one depth in parallel. The result
 * must still be a proper layout (no sibling overlaps, children inside their containers, containers apart), and a
 * layout prepared, computed elsewhere and applied later skips views removed in between.
 */
class LargeLayoutTest {

    @ParameterizedTest(name = "parallel {0}")
    @ValueSource(strings = { "true", "false" })
    void largeLayoutKeepsContainersApartAndChildrenInside(String parallel) {
        DovetailModel model = model(6, 70, 150);
        String before = System.getProperty("dovetail.layout.parallel");
        System.setProperty("dovetail.layout.parallel", parallel);
        try (DiagramSession session = Fixture.open(model, "digital-workflow", false)) {
            DiagramLayout.layout(session, false);
            DContainer system = (DContainer) session.diagram().getNodes().get(0);
            assertEquals(6, system.getChildren().size());
            assertApart(system.getChildren());
            for (AbstractDNode workflow : system.getChildren()) {
                DContainer container = (DContainer) workflow;
                assertEquals(70, container.getChildren().size());
                assertApart(container.getChildren());
                for (AbstractDNode state : container.getChildren()) {
                    assertTrue(state.getX() >= 0 && state.getY() >= 0 && state.getX() + state.getWidth() <= container.getWidth()
                            && state.getY() + state.getHeight() <= container.getHeight(), state.getLabel() + " lies inside " + container.getLabel());
                }
            }
            for (DEdge edge : session.diagram().getEdges()) {
                assertTrue(edge.getBendpoints().size() >= 2, "every edge is routed");
            }
        } finally {
            if (before == null) {
                System.clearProperty("dovetail.layout.parallel");
            } else {
                System.setProperty("dovetail.layout.parallel", before);
            }
        }
    }

    @Test
    void aPreparedLayoutSkipsViewsRemovedBeforeItIsApplied() {
        DovetailModel model = model(4, 90, 120);
        try (DiagramSession session = Fixture.open(model, "digital-workflow", false)) {
            PreparedLayout layout = DiagramLayout.prepare(session);
            layout.compute();
            DContainer workflow = (DContainer) ((DContainer) session.diagram().getNodes().get(0)).getChildren().get(0);
            DNode removed = (DNode) workflow.getChildren().get(0);
            int x = removed.getX();
            workflow.getChildren().remove(removed);
            layout.apply();
            assertEquals(x, removed.getX(), "a view removed meanwhile is left alone");
            assertFalse(removed.isLaidOut());
            assertFalse(workflow.getChildren().isEmpty());
            assertTrue(workflow.getChildren().get(0).isLaidOut());
        }
    }

    private static void assertApart(List<AbstractDNode> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            AbstractDNode a = siblings.get(i);
            for (int j = i + 1; j < siblings.size(); j++) {
                AbstractDNode b = siblings.get(j);
                boolean apart = a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
                        || a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY();
                assertTrue(apart, a.getLabel() + " overlaps " + b.getLabel());
            }
        }
    }

    /** One system with {@code workflows} workflows of {@code states} states and {@code transitions} transitions each. */
    private static DovetailModel model(int workflows, int states, int transitions) {
        Random random = new Random(3);
        DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
        model.setName("Large");
        DovetailResources.newResourceSet().createResource(URI.createFileURI("/tmp/large.dovetail")).getContents().add(model);
        DigitalDomain domain = DigitalFactory.eINSTANCE.createDigitalDomain();
        model.setDigitalDomain(domain);
        InformationSystem system = DigitalFactory.eINSTANCE.createInformationSystem();
        system.setName("ERP");
        domain.getSystems().add(system);
        for (int w = 0; w < workflows; w++) {
            Workflow workflow = DigitalFactory.eINSTANCE.createWorkflow();
            workflow.setName("Workflow " + w);
            system.getWorkflows().add(workflow);
            for (int s = 0; s < states; s++) {
                WorkflowState state = DigitalFactory.eINSTANCE.createWorkflowState();
                state.setName("State " + w + "." + s);
                workflow.getStates().add(state);
            }
            for (int t = 0; t < transitions; t++) {
                int from = random.nextInt(states - 1);
                Transition transition = DigitalFactory.eINSTANCE.createTransition();
                transition.setName("t" + t);
                transition.setSource(workflow.getStates().get(from));
                transition.setTarget(workflow.getStates().get(Math.min(states - 1, from + 1 + random.nextInt(3))));
                workflow.getTransitions().add(transition);
            }
        }
        return model;
    }
}
