package org.dovetail.diagram.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.description.DiagramElementMapping;
import org.dovetail.diagram.model.description.EdgeStyle;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.Decoration;
import org.dovetail.diagram.model.state.DecorationSeverity;
import org.dovetail.diagram.paint.AwtPainter;
import org.dovetail.diagram.paint.DiagramPainter;
import org.dovetail.diagram.paint.FontSpec;
import org.dovetail.diagram.paint.LineDash;
import org.dovetail.diagram.paint.Rgb;
import org.dovetail.diagram.paint.SvgPainter;

/**
 * Headless export of a diagram to PNG (AWT) or SVG: a title block (diagram, model, counts of findings, active
 * layers), the diagram, and a legend of the element kinds and finding severities it shows. Needs no display
 * ({@code java.awt.headless=true}).
 *
 * @since 0.1
 */
public final class DiagramExporter {

    private static final double MARGIN = 24;
    private static final double TITLE_HEIGHT = 58;
    private static final double LEGEND_ROW = 22;

    private final DiagramSession session;
    private final String title;

    public DiagramExporter(DiagramSession session, String title) {
        this.session = session;
        this.title = title;
    }

    /** Writes a PNG; {@code scale} 2 gives crisp prints. */
    public void writePng(Path file, double scale) throws IOException {
        BufferedImage image = renderImage(scale);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        }
    }

    public BufferedImage renderImage(double scale) {
        double[] size = pageSize();
        int width = (int) Math.ceil(size[0] * scale);
        int height = (int) Math.ceil(size[1] * scale);
        if ((long) width * height > 400_000_000L) {
            throw new IllegalArgumentException("the diagram is too large to export as one image (" + width + " x " + height
                    + " pixels); export SVG or a smaller scale");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            AwtPainter painter = new AwtPainter(g);
            painter.scale(scale);
            paintPage(painter, size);
        } finally {
            g.dispose();
        }
        return image;
    }

    public String toSvg() {
        double[] size = pageSize();
        SvgPainter painter = new SvgPainter();
        paintPage(painter, size);
        return painter.toSvg(size[0], size[1], title);
    }

    public void writeSvg(Path file) throws IOException {
        Files.writeString(file, toSvg(), StandardCharsets.UTF_8);
    }

    /** The page: width and height including title and legend, in diagram units. */
    public double[] pageSize() {
        double[] bounds = contentBounds();
        double width = Math.max(bounds[2] - bounds[0], 560) + 2 * MARGIN;
        double height = TITLE_HEIGHT + (bounds[3] - bounds[1]) + legendHeight(width) + 2 * MARGIN;
        return new double[] { width, height };
    }

    private void paintPage(DiagramPainter painter, double[] size) {
        painter.setFill(Rgb.WHITE);
        painter.fillRectangle(0, 0, size[0], size[1]);
        paintTitle(painter, size[0]);
        double[] bounds = contentBounds();
        painter.save();
        painter.translate(MARGIN - bounds[0], MARGIN + TITLE_HEIGHT - bounds[1]);
        new DiagramRenderer(session).render(painter);
        painter.restore();
        paintLegend(painter, size[0], MARGIN + TITLE_HEIGHT + (bounds[3] - bounds[1]) + MARGIN);
    }

    private void paintTitle(DiagramPainter painter, double width) {
        painter.beginGroup("title", "title", null);
        painter.setStroke(Colors.TEXT);
        painter.setFont(FontSpec.of(18, true));
        painter.drawText(title, MARGIN, MARGIN - 4);
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (DDiagramElement view : allViews()) {
            for (Decoration decoration : view.getDecorations()) {
                int count = decoration.getText() == null ? 0 : decoration.getText().split("\n").length;
                switch (decoration.getSeverity()) {
                    case ERROR -> errors += count;
                    case WARNING -> warnings += count;
                    case INFO -> infos += count;
                    default -> {
                    }
                }
            }
        }
        List<String> layers = new ArrayList<>();
        for (Layer layer : session.layers()) {
            if (session.diagram().getActiveLayers().contains(layer.getId())) {
                layers.add(layer.getLabel());
            }
        }
        String subtitle = session.description().getLabel() + "  ·  " + countNodes() + " elements, "
                + session.diagram().getEdges().size() + " connections  ·  findings on the diagram: " + errors + " errors, "
                + warnings + " warnings, " + infos + " info" + (layers.isEmpty() ? "" : "  ·  layers: " + String.join(", ", layers));
        painter.setFont(FontSpec.of(10, false));
        painter.setStroke(Colors.MUTED);
        painter.drawText(subtitle, MARGIN, MARGIN + 22);
        painter.setStroke(Colors.BORDER.lighter(0.4));
        painter.setLine(1, LineDash.SOLID);
        painter.drawPath(org.dovetail.diagram.paint.PaintPath.polyline(MARGIN, MARGIN + 42, width - MARGIN, MARGIN + 42));
        painter.endGroup();
    }

    /** Legend entries: each shown mapping (or conditional style) once, then the severities present. */
    private Map<String, Object> legendEntries() {
        Map<String, Object> entries = new LinkedHashMap<>();
        for (DDiagramElement view : allViews()) {
            if (view instanceof DContainer) {
                continue;
            }
            DiagramElementMapping mapping = session.mappingOf(view);
            if (mapping == null) {
                continue;
            }
            String label = mapping.getLabel();
            if (view.getStyleId() != null) {
                label = styleLabel(view, mapping);
            }
            entries.putIfAbsent(label, session.styleOf(view));
        }
        for (DDiagramElement view : allViews()) {
            for (Decoration decoration : view.getDecorations()) {
                if (decoration.getSeverity() != DecorationSeverity.NONE) {
                    entries.putIfAbsent("finding: " + decoration.getSeverity().getLiteral(), decoration.getSeverity());
                }
            }
        }
        return entries;
    }

    private static String styleLabel(DDiagramElement view, DiagramElementMapping mapping) {
        for (var style : mapping.getConditionalStyles()) {
            if (style.getId().equals(view.getStyleId())) {
                return style.getLabel() != null ? style.getLabel() : mapping.getLabel();
            }
        }
        return mapping.getLabel();
    }

    private double legendHeight(double width) {
        int entries = legendEntries().size();
        int perRow = Math.max(1, (int) ((width - 2 * MARGIN) / legendColumn()));
        return 26 + Math.ceil(entries / (double) perRow) * LEGEND_ROW;
    }

    /** The width of a legend column: 210, or wider when the longest entry needs it (no entry runs into the next). */
    private double legendColumn() {
        double widest = 0;
        for (String label : legendEntries().keySet()) {
            widest = Math.max(widest, org.dovetail.diagram.paint.AwtTextMeasurer.width(FontSpec.of(9.5, false), label));
        }
        return Math.max(210, Math.ceil(widest) + 38 + 16);
    }

    private void paintLegend(DiagramPainter painter, double width, double top) {
        painter.beginGroup("legend", "legend", null);
        painter.setFont(FontSpec.of(10, true));
        painter.setStroke(Colors.MUTED);
        painter.drawText("Legend", MARGIN, top);
        double column = legendColumn();
        int perRow = Math.max(1, (int) ((width - 2 * MARGIN) / column));
        int i = 0;
        for (Map.Entry<String, Object> entry : legendEntries().entrySet()) {
            double x = MARGIN + (i % perRow) * column;
            double y = top + 20 + (i / perRow) * LEGEND_ROW;
            painter.save();
            if (entry.getValue() instanceof NodeStyle style) {
                painter.setFill(Rgb.parse(style.getFillColor(), Colors.NODE_FILL));
                ShapePainter.fill(painter, style.getShape(), x, y, 30, 15);
                painter.setStroke(Rgb.parse(style.getBorderColor(), Colors.BORDER));
                painter.setLine(Math.min(2, style.getLineWidth()), DiagramRenderer.dash(style));
                ShapePainter.draw(painter, style.getShape(), x, y, 30, 15);
            } else if (entry.getValue() instanceof EdgeStyle style) {
                painter.setStroke(Rgb.parse(style.getBorderColor(), Colors.MUTED));
                painter.setLine(Math.min(2.5, style.getLineWidth()), DiagramRenderer.dash(style));
                painter.drawPath(org.dovetail.diagram.paint.PaintPath.polyline(x, y + 8, x + 30, y + 8));
            } else if (entry.getValue() instanceof DecorationSeverity severity) {
                painter.setFill(Colors.of(severity));
                painter.fillOval(x + 7, y, 15, 15);
            }
            painter.setFont(FontSpec.of(9.5, false));
            painter.setStroke(Colors.TEXT);
            painter.drawText(entry.getKey(), x + 38, y + 1);
            painter.restore();
            i++;
        }
        painter.endGroup();
    }

    /** The extent of nodes and edge routes: min x, min y, max x, max y. */
    private double[] contentBounds() {
        double[] b = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (AbstractDNode node : session.diagram().getNodes()) {
            include(b, node.getX() - 10, node.getY() - 10);
            include(b, node.getX() + node.getWidth() + 10, node.getY() + node.getHeight() + 10);
        }
        for (DEdge edge : session.diagram().getEdges()) {
            for (Bendpoint p : edge.getBendpoints()) {
                include(b, p.getX() - 20, p.getY() - 20);
                include(b, p.getX() + 20, p.getY() + 20);
            }
        }
        if (b[0] > b[2]) {
            return new double[] { 0, 0, 400, 200 };
        }
        return b;
    }

    private static void include(double[] b, double x, double y) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
    }

    private List<DDiagramElement> allViews() {
        List<DDiagramElement> views = new ArrayList<>();
        for (var it = session.diagram().eAllContents(); it.hasNext();) {
            if (it.next() instanceof DDiagramElement view) {
                views.add(view);
            }
        }
        return views;
    }

    private int countNodes() {
        int count = 0;
        for (DDiagramElement view : allViews()) {
            if (view instanceof AbstractDNode && !(view instanceof DContainer)) {
                count++;
            }
        }
        return count;
    }
}
