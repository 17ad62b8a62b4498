package org.dovetail.diagram.render;

import java.util.List;
import java.util.Locale;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.description.ChildrenPresentation;
import org.dovetail.diagram.model.description.ContainerMapping;
import org.dovetail.diagram.model.description.LineStyle;
import org.dovetail.diagram.model.description.NodeShape;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.description.Style;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.Decoration;
import org.dovetail.diagram.model.state.DecorationSeverity;
import org.dovetail.diagram.paint.DiagramPainter;
import org.dovetail.diagram.paint.FontSpec;
import org.dovetail.diagram.paint.LineDash;
import org.dovetail.diagram.paint.Rgb;
import org.dovetail.diagram.paint.TextWrap;

/**
 * Draws a diagram through a {@link DiagramPainter}: containers (and swimlanes) first, then edges, then nodes, then
 * decorations, in diagram coordinates. The canvas, PNG and SVG export all use this one renderer.
 *
 * @since 0.1
 */
public final class DiagramRenderer {

    private final DiagramSession session;
    private final EdgeRenderer edges;

    public DiagramRenderer(DiagramSession session) {
        this.session = session;
        this.edges = new EdgeRenderer(session);
    }

    private double[] visible;

    /** Draws the whole diagram (export). */
    public void render(DiagramPainter painter) {
        render(painter, null);
    }

    /**
     * Draws what meets the visible area {x, y, width, height} in diagram coordinates (null: everything): the canvas
     * paints only its viewport, so a frame's cost follows what is on screen, not the diagram's size.
     */
    public void render(DiagramPainter painter, double[] visibleArea) {
        this.visible = visibleArea;
        for (AbstractDNode node : session.diagram().getNodes()) {
            renderContainers(painter, node, 0, 0);
        }
        for (DEdge edge : session.diagram().getEdges()) {
            if (isVisible(edge.getSource()) && isVisible(edge.getTarget())) {
                edges.render(painter, edge, visible);
            }
        }
        for (AbstractDNode node : session.diagram().getNodes()) {
            renderNodes(painter, node, 0, 0);
        }
        for (DEdge edge : session.diagram().getEdges()) {
            if (isVisible(edge.getSource()) && isVisible(edge.getTarget())) {
                edges.renderLabel(painter, edge, visible);
            }
        }
    }

    /** Whether a rectangle meets the visible area (null: everything is visible). */
    static boolean intersects(double[] visible, double x, double y, double w, double h) {
        return visible == null || x < visible[0] + visible[2] && x + w > visible[0] && y < visible[1] + visible[3] && y + h > visible[1];
    }

    /** Decorations and shadows reach a little beyond a node's bounds. */
    private static final double OVERHANG = 24;

    /** Whether no collapsed container hides the node. */
    public static boolean isVisible(AbstractDNode node) {
        for (var parent = node.eContainer(); parent instanceof DContainer container; parent = parent.eContainer()) {
            if (container.isCollapsed()) {
                return false;
            }
        }
        return true;
    }

    private void renderContainers(DiagramPainter painter, AbstractDNode node, double ox, double oy) {
        if (!(node instanceof DContainer container)) {
            return;
        }
        double x = ox + node.getX();
        double y = oy + node.getY();
        if (!intersects(visible, x - OVERHANG, y - OVERHANG, node.getWidth() + 2 * OVERHANG, node.getHeight() + 2 * OVERHANG)) {
            return; // children lie inside their container
        }
        NodeStyle style = nodeStyle(node);
        Rgb fill = Rgb.parse(style == null ? null : style.getFillColor(), Colors.CONTAINER_FILL);
        Rgb header = Rgb.parse(style == null ? null : style.getHeaderColor(), fill.darker(0.06));
        Rgb border = Rgb.parse(style == null ? null : style.getBorderColor(), Colors.BORDER);
        boolean lane = session.mappingOf(node) instanceof ContainerMapping m && m.getChildrenPresentation() == ChildrenPresentation.LANE;
        painter.beginGroup(node.getUid(), classes(node, lane ? "lane" : "container"), node.getLabel());
        painter.save();
        painter.setFill(fill);
        NodeShape shape = lane ? NodeShape.RECTANGLE : NodeShape.ROUNDED_RECTANGLE;
        ShapePainter.fill(painter, shape, x, y, node.getWidth(), node.getHeight());
        painter.setFill(header);
        FontSpec font = NodeMetrics.labelFont(style);
        font = new FontSpec(font.family(), font.size() + 1, true, false);
        painter.setFont(font);
        painter.setStroke(Rgb.parse(style == null ? null : style.getLabelColor(), Colors.TEXT));
        if (lane) {
            double headerWidth = Math.min(NodeMetrics.LANE_HEADER_WIDTH, node.getWidth());
            painter.fillRectangle(x, y, headerWidth, node.getHeight());
            List<String> lines = TextWrap.wrap(node.getLabel(), headerWidth - 2 * NodeMetrics.PADDING, t -> painter.measure(t).width());
            double lineHeight = painter.measure("Ag").height();
            double ty = y + (node.getHeight() - lines.size() * lineHeight) / 2;
            for (String line : lines) {
                painter.drawText(line, x + NodeMetrics.PADDING, ty);
                ty += lineHeight;
            }
        } else {
            double headerHeight = Math.min(NodeMetrics.CONTAINER_HEADER, node.getHeight());
            painter.save();
            painter.clip(x, y, node.getWidth(), headerHeight);
            ShapePainter.fill(painter, shape, x, y, node.getWidth(), node.getHeight());
            painter.restore();
            String title = TextWrap.ellipsize(node.getLabel() == null ? "" : node.getLabel(),
                    node.getWidth() - 2 * NodeMetrics.PADDING - 16, t -> painter.measure(t).width());
            painter.drawText((container.isCollapsed() ? "▸ " : "") + title, x + NodeMetrics.PADDING,
                    y + (headerHeight - painter.measure("Ag").height()) / 2);
        }
        painter.setStroke(border);
        painter.setLine(style == null ? 1 : style.getLineWidth(), dash(style));
        ShapePainter.draw(painter, shape, x, y, node.getWidth(), node.getHeight());
        painter.restore();
        renderDecorations(painter, node, x, y, node.getWidth(), node.getHeight());
        painter.endGroup();
        if (!container.isCollapsed()) {
            for (AbstractDNode child : container.getChildren()) {
                renderContainers(painter, child, x, y);
            }
        }
    }

    private void renderNodes(DiagramPainter painter, AbstractDNode node, double ox, double oy) {
        double x = ox + node.getX();
        double y = oy + node.getY();
        if (!intersects(visible, x - OVERHANG, y - OVERHANG, node.getWidth() + 2 * OVERHANG, node.getHeight() + 2 * OVERHANG)) {
            return;
        }
        if (node instanceof DContainer container) {
            if (!container.isCollapsed()) {
                for (AbstractDNode child : container.getChildren()) {
                    renderNodes(painter, child, x, y);
                }
            }
            return;
        }
        NodeStyle style = nodeStyle(node);
        NodeShape shape = style == null ? NodeShape.ROUNDED_RECTANGLE : style.getShape();
        double w = node.getWidth();
        double h = node.getHeight();
        painter.beginGroup(node.getUid(), classes(node, "node"), node.getLabel());
        painter.save();
        painter.setAlpha(28);
        painter.setFill(Colors.SHADOW);
        ShapePainter.fill(painter, shape, x + 2, y + 3, w, h);
        painter.setAlpha(255);
        painter.setFill(Rgb.parse(style == null ? null : style.getFillColor(), Colors.NODE_FILL));
        ShapePainter.fill(painter, shape, x, y, w, h);
        painter.setStroke(Rgb.parse(style == null ? null : style.getBorderColor(), Colors.BORDER));
        painter.setLine(style == null ? 1 : style.getLineWidth(), dash(style));
        ShapePainter.draw(painter, shape, x, y, w, h);
        renderLabel(painter, node, style, x, y, w, h);
        painter.restore();
        renderDecorations(painter, node, x, y, w, h);
        painter.endGroup();
    }

    private void renderLabel(DiagramPainter painter, AbstractDNode node, NodeStyle style, double x, double y, double w, double h) {
        Rgb color = Rgb.parse(style == null ? null : style.getLabelColor(), Colors.TEXT);
        FontSpec font = NodeMetrics.labelFont(style);
        painter.setFont(font);
        List<String> lines = TextWrap.wrap(node.getLabel(), NodeMetrics.textWidth(style, w), t -> painter.measure(t).width());
        double lineHeight = painter.measure("Ag").height();
        String tag = style == null ? null : style.getTag();
        double tagHeight = 0;
        FontSpec tagFont = NodeMetrics.tagFont(style);
        if (tag != null && !tag.isEmpty()) {
            painter.setFont(tagFont);
            tagHeight = painter.measure(tag).height() + 2;
        }
        double maxLines = Math.max(1, Math.floor((h - 2 * NodeMetrics.PADDING - tagHeight) / lineHeight + 0.6));
        if (lines.size() > maxLines) {
            lines = lines.subList(0, (int) maxLines);
        }
        double total = tagHeight + lines.size() * lineHeight;
        // A document's wavy bottom edge takes space: centre the text in what is above it.
        double usable = style != null && style.getShape() == NodeShape.DOCUMENT ? h - Math.min(10, h / 5) : h;
        double ty = y + (usable - total) / 2;
        if (tagHeight > 0) {
            painter.setFont(tagFont);
            painter.setStroke(color.lighter(0.35));
            painter.drawText(tag, x + (w - painter.measure(tag).width()) / 2, ty);
            ty += tagHeight;
        }
        painter.setFont(font);
        painter.setStroke(color);
        for (String line : lines) {
            painter.drawText(line, x + (w - painter.measure(line).width()) / 2, ty);
            ty += lineHeight;
        }
    }

    /** Finding badges (a coloured disc with the count) and text pills at the element's corners. */
    static void renderDecorations(DiagramPainter painter, DDiagramElement view, double x, double y, double w, double h) {
        double pillOffset = 0;
        for (Decoration decoration : view.getDecorations()) {
            painter.save();
            String position = decoration.getPosition() == null ? "northEast" : decoration.getPosition();
            boolean east = position.endsWith("East");
            boolean north = position.startsWith("north");
            if (decoration.getSeverity() != DecorationSeverity.NONE) {
                int count = decoration.getText() == null ? 1 : decoration.getText().split("\n").length;
                double r = 9;
                double cx = east ? x + w - 4 : x + 4;
                double cy = north ? y + 2 : y + h - 2;
                painter.setFill(Rgb.WHITE);
                painter.fillOval(cx - r - 1.5, cy - r - 1.5, 2 * r + 3, 2 * r + 3);
                painter.setFill(Colors.of(decoration.getSeverity()));
                painter.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                painter.setFont(FontSpec.of(9, true));
                String text = count > 1 ? Integer.toString(count) : "!";
                painter.setStroke(Rgb.WHITE);
                var extent = painter.measure(text);
                painter.drawText(text, cx - extent.width() / 2, cy - extent.height() / 2);
            } else if (decoration.getText() != null) {
                painter.setFont(FontSpec.of(8, false));
                String text = TextWrap.ellipsize(decoration.getText(), Math.max(60, w + 40), t -> painter.measure(t).width());
                var extent = painter.measure(text);
                double pw = extent.width() + 10;
                double ph = extent.height() + 3;
                double px = east ? x + w - pw + 6 : x - 6;
                double py = north ? y - ph / 2 - pillOffset : y + h - ph / 2 + pillOffset;
                Rgb color = Rgb.parse(decoration.getColor(), Colors.MUTED);
                painter.setFill(color.lighter(0.85));
                painter.fillRoundRectangle(px, py, pw, ph, ph);
                painter.setStroke(color);
                painter.setLine(1, LineDash.SOLID);
                painter.drawRoundRectangle(px, py, pw, ph, ph);
                painter.setStroke(color.darker(0.35));
                painter.drawText(text, px + 5, py + 1.5);
                pillOffset += ph + 2;
            }
            painter.restore();
        }
    }

    private NodeStyle nodeStyle(AbstractDNode node) {
        Style style = session.styleOf(node);
        return style instanceof NodeStyle nodeStyle ? nodeStyle : null;
    }

    static LineDash dash(Style style) {
        if (style == null || style.getLineStyle() == LineStyle.SOLID) {
            return LineDash.SOLID;
        }
        return style.getLineStyle() == LineStyle.DASHED ? LineDash.DASHED : LineDash.DOTTED;
    }

    /** CSS classes of a view's SVG group: its kind, mapping, conditional style and worst finding severity. */
    static String classes(DDiagramElement view, String kind) {
        StringBuilder classes = new StringBuilder(kind).append(" mapping-").append(view.getMappingId());
        if (view.getStyleId() != null) {
            classes.append(" style-").append(view.getStyleId());
        }
        DecorationSeverity worst = DecorationSeverity.NONE;
        for (Decoration decoration : view.getDecorations()) {
            if (decoration.getSeverity().getValue() > worst.getValue()) {
                worst = decoration.getSeverity();
            }
        }
        if (worst != DecorationSeverity.NONE) {
            classes.append(" finding-").append(worst.getLiteral().toLowerCase(Locale.ROOT));
        }
        return classes.toString();
    }
}
