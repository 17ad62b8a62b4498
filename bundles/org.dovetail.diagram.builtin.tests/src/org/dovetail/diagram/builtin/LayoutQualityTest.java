package org.dovetail.diagram.builtin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.layout.OrthogonalRouter;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.paint.AwtTextMeasurer;
import org.dovetail.diagram.paint.FontSpec;
import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What makes the process flows and governance mappings readable on a wall, checked on both examples: routes are
 * orthogonal and pass through no node other than their own ends, edge labels cover no node and no other label, and
 * the governance mapping is wider than tall (the two sides as bands, groups as columns).
 */
class LayoutQualityTest {

    static Stream<Arguments> diagrams() {
        return ExampleModels.examples().stream().flatMap(example -> Stream.of("process-flow", "governance-mapping")
                .map(diagram -> Arguments.of(example, diagram)));
    }

    private static DiagramSession laidOut(Example example, String diagram) {
        return Fixture.laidOut(example, diagram, false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("diagrams")
    void routesAreOrthogonalAndCrossNoNode(Example example, String diagram) {
        try (DiagramSession session = laidOut(example, diagram)) {
            List<AbstractDNode> leaves = leaves(session.diagram().getNodes(), new ArrayList<>());
            for (DEdge edge : session.diagram().getEdges()) {
                List<Bendpoint> points = edge.getBendpoints();
                for (int i = 1; i < points.size(); i++) {
                    Bendpoint a = points.get(i - 1);
                    Bendpoint b = points.get(i);
                    assertTrue(a.getX() == b.getX() || a.getY() == b.getY(), "orthogonal: " + describe(edge));
                    for (AbstractDNode node : leaves) {
                        if (node == edge.getSource() || node == edge.getTarget()) {
                            continue;
                        }
                        double[] box = OrthogonalRouter.absoluteBounds(node);
                        assertTrue(!crosses(a, b, box), describe(edge) + " runs through " + node.getLabel());
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("diagrams")
    void labelsCoverNoNodeAndNoOtherLabel(Example example, String diagram) {
        try (DiagramSession session = laidOut(example, diagram)) {
            List<AbstractDNode> leaves = leaves(session.diagram().getNodes(), new ArrayList<>());
            List<double[]> plates = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (DEdge edge : session.diagram().getEdges()) {
                if (edge.getLabel() == null || edge.getLabel().isEmpty()) {
                    continue;
                }
                assertTrue(edge.getLabelPosition() != null, "the layout placed the label of " + describe(edge));
                double width = 0;
                String[] lines = edge.getLabel().split("\n");
                for (String line : lines) {
                    width = Math.max(width, AwtTextMeasurer.width(FontSpec.of(8.5, false), line));
                }
                double height = lines.length * AwtTextMeasurer.lineHeight(FontSpec.of(8.5, false));
                // The text itself (the white plate around it may touch a neighbour).
                double[] plate = { edge.getLabelPosition().getX() - width / 2, edge.getLabelPosition().getY() - height / 2, width, height };
                for (AbstractDNode node : leaves) {
                    assertTrue(!overlap(plate, OrthogonalRouter.absoluteBounds(node), 0),
                            "label '" + edge.getLabel() + "' covers " + node.getLabel());
                }
                for (int i = 0; i < plates.size(); i++) {
                    boolean sameText = texts.get(i).equals(edge.getLabel());
                    // The same label at the same port is drawn once on purpose (edges into one node under one name).
                    boolean samePlace = sameText && Math.abs(plates.get(i)[0] - plate[0]) < 1 && Math.abs(plates.get(i)[1] - plate[1]) < 1;
                    assertTrue(samePlace || !overlap(plate, plates.get(i), -1),
                            "label '" + edge.getLabel() + "' overlaps '" + texts.get(i) + "'");
                }
                plates.add(plate);
                texts.add(edge.getLabel());
            }
        }
    }

    static Stream<Example> examples() {
        return ExampleModels.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void governanceMappingIsLandscape(Example example) {
        try (DiagramSession session = laidOut(example, "governance-mapping")) {
            List<AbstractDNode> sides = session.diagram().getNodes();
            AbstractDNode upper = sides.get(0);
            AbstractDNode lower = sides.get(1);
            assertTrue(lower.getY() > upper.getY() + upper.getHeight(), "work as enforced is a band below work as imagined");
            double width = Math.max(upper.getX() + upper.getWidth(), lower.getX() + lower.getWidth());
            double height = lower.getY() + lower.getHeight();
            assertTrue(width > height, "wider than tall: " + width + " x " + height);
            for (AbstractDNode group : ((DContainer) upper).getChildren()) {
                assertTrue(group.getY() == ((DContainer) upper).getChildren().get(0).getY(), "groups of a side stand side by side");
            }
        }
    }

    private static boolean crosses(Bendpoint a, Bendpoint b, double[] box) {
        double[] segment = { Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()), Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()) };
        return overlap(segment, box, 1);
    }

    /** Whether two rectangles overlap by more than {@code slack} (negative: even touching counts). */
    private static boolean overlap(double[] a, double[] b, double slack) {
        return a[0] + slack < b[0] + b[2] - slack && b[0] + slack < a[0] + a[2] - slack
                && a[1] + slack < b[1] + b[3] - slack && b[1] + slack < a[1] + a[3] - slack;
    }

    private static List<AbstractDNode> leaves(List<AbstractDNode> nodes, List<AbstractDNode> into) {
        for (AbstractDNode node : nodes) {
            if (node instanceof DContainer container) {
                leaves(container.getChildren(), into);
            } else {
                into.add(node);
            }
        }
        return into;
    }

    private static String describe(DEdge edge) {
        return edge.getSource().getLabel() + " -> " + edge.getTarget().getLabel() + " (" + edge.getLabel() + ")";
    }
}
