package org.dovetail.diagram.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.render.DiagramExporter;
import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Layout and export of the three built-in diagrams of both examples: laid-out nodes never overlap, PNGs match the
 * reference images (looked at by a person before they were committed) within a tolerance, SVGs are well-formed and
 * carry every element as a group with its id, classes and title.
 */
class RenderingTest {

    /** Share of pixels that may differ clearly (anti-aliasing and font hinting differ slightly between machines). */
    private static final double MAX_DIFFERING_SHARE = 0.015;
    private static final int CLEAR_DIFFERENCE = 48;

    static Stream<Arguments> diagrams() {
        return ExampleModels.examples().stream().flatMap(example -> Stream.of("process-flow", "digital-workflow", "governance-mapping")
                .map(diagram -> Arguments.of(example, diagram)));
    }

    private static DiagramSession laidOut(Example example, String diagram) {
        return Fixture.laidOut(example, diagram, true);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("diagrams")
    void layoutPlacesEveryNodeWithoutOverlaps(Example example, String diagram) {
        try (DiagramSession session = laidOut(example, diagram)) {
            assertNoOverlap(session.diagram().getNodes());
            for (DDiagramElement view : Fixture.views(session.diagram())) {
                if (view instanceof AbstractDNode node) {
                    assertTrue(node.isLaidOut() && node.getWidth() > 0 && node.getHeight() > 0, node.getLabel());
                    if (node.eContainer() instanceof DContainer parent) {
                        assertTrue(node.getX() >= 0 && node.getY() >= 0 && node.getX() + node.getWidth() <= parent.getWidth()
                                && node.getY() + node.getHeight() <= parent.getHeight(), node.getLabel() + " lies inside " + parent.getLabel());
                    }
                }
            }
            for (var edge : session.diagram().getEdges()) {
                assertTrue(edge.getBendpoints().size() >= 2, "every edge is routed: " + edge.getLabel());
            }
        }
    }

    private static void assertNoOverlap(java.util.List<AbstractDNode> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            AbstractDNode a = siblings.get(i);
            for (int j = i + 1; j < siblings.size(); j++) {
                AbstractDNode b = siblings.get(j);
                boolean apart = a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
                        || a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY();
                assertTrue(apart, a.getLabel() + " overlaps " + b.getLabel());
            }
            if (a instanceof DContainer container) {
                assertNoOverlap(container.getChildren());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("diagrams")
    void pngMatchesTheReferenceImage(Example example, String diagram) throws IOException {
        String name = example.name() + "-" + diagram + ".png";
        BufferedImage actual;
        try (DiagramSession session = laidOut(example, diagram)) {
            actual = new DiagramExporter(session, session.description().getLabel() + " — " + example.title()).renderImage(1);
        }
        Path rendered = outputFolder().resolve(name);
        ImageIO.write(actual, "png", rendered.toFile());
        BufferedImage reference;
        try (InputStream in = getClass().getResourceAsStream("references/" + name)) {
            assertNotNull(in, "no reference image " + name + "; look at " + rendered + " and copy it to the test bundle's references");
            reference = ImageIO.read(in);
        }
        assertEquals(reference.getWidth() + "x" + reference.getHeight(), actual.getWidth() + "x" + actual.getHeight(),
                "image size differs from the reference (now in " + rendered + ")");
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int r = reference.getRGB(x, y);
                int d = Math.max(Math.abs((a >> 16 & 0xff) - (r >> 16 & 0xff)),
                        Math.max(Math.abs((a >> 8 & 0xff) - (r >> 8 & 0xff)), Math.abs((a & 0xff) - (r & 0xff))));
                if (d > CLEAR_DIFFERENCE) {
                    differing++;
                }
            }
        }
        double share = differing / (double) (actual.getWidth() * actual.getHeight());
        assertTrue(share <= MAX_DIFFERING_SHARE, String.format("%.2f %% of the pixels differ from the reference (now in %s)", 100 * share, rendered));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("diagrams")
    void svgIsWellFormedAndCarriesEveryElement(Example example, String diagram) throws Exception {
        String svg;
        Set<String> uids = new HashSet<>();
        int edges;
        try (DiagramSession session = laidOut(example, diagram)) {
            svg = new DiagramExporter(session, "Title <&> \"quoted\"").toSvg();
            Fixture.views(session.diagram()).forEach(v -> uids.add(v.getUid()));
            edges = session.diagram().getEdges().size();
        }
        Files.writeString(outputFolder().resolve(example.name() + "-" + diagram + ".svg"), svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getLocalName());
        NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        Set<String> ids = new HashSet<>();
        int edgeGroups = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            ids.add(group.getAttribute("id"));
            if (group.getAttribute("class").startsWith("edge ")) {
                edgeGroups++;
            }
        }
        assertTrue(ids.containsAll(uids), "every node, container and edge is a group with its uid");
        assertEquals(edges, edgeGroups);
        assertTrue(svg.contains("class=\"node mapping-"), "nodes carry their mapping as a class");
        assertTrue(svg.contains("finding-error") || svg.contains("finding-warning"), "findings show as classes");
        assertTrue(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength() > uids.size() / 2);
    }

    static Path outputFolder() throws IOException {
        Path work = Path.of(System.getProperty("user.dir"));
        Path target = work.getFileName() != null && work.getFileName().toString().equals("work") ? work.getParent() : work.resolve("target");
        return Files.createDirectories(target.resolve("rendered"));
    }
}
