package org.dovetail.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.layout.OrthogonalRouter;
import org.dovetail.diagram.model.description.ArrowKind;
import org.dovetail.diagram.model.description.EdgeStyle;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.paint.DiagramPainter;
import org.dovetail.diagram.paint.FontSpec;
import org.dovetail.diagram.paint.LineDash;
import org.dovetail.diagram.paint.PaintPath;
import org.dovetail.diagram.paint.Rgb;

/** Draws edges: the route, arrow heads, and the label on a white plate at the middle of the longest segment. */
final class EdgeRenderer {

    private final DiagramSession session;

    EdgeRenderer(DiagramSession session) {
        this.session = session;
    }

    void render(DiagramPainter painter, DEdge edge, double[] visible) {
        List<double[]> points = points(edge);
        if (points.size() < 2 || !intersects(points, visible, 12)) {
            return;
        }
        EdgeStyle style = session.styleOf(edge) instanceof EdgeStyle s ? s : null;
        Rgb color = Rgb.parse(style == null ? null : style.getBorderColor(), Colors.MUTED);
        double width = style == null ? 1.2 : style.getLineWidth();
        painter.beginGroup(edge.getUid(), DiagramRenderer.classes(edge, "edge"), edge.getLabel());
        painter.save();
        painter.setStroke(color);
        painter.setFill(color);
        painter.setLine(width, DiagramRenderer.dash(style));
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i)[0];
            xy[2 * i + 1] = points.get(i)[1];
        }
        painter.drawPath(PaintPath.polyline(xy));
        painter.setLine(width, LineDash.SOLID);
        int n = points.size();
        arrow(painter, style == null ? ArrowKind.FILLED : style.getTargetArrow(), points.get(n - 2), points.get(n - 1), width);
        arrow(painter, style == null ? ArrowKind.NONE : style.getSourceArrow(), points.get(1), points.get(0), width);
        painter.restore();
        painter.endGroup();
    }

    void renderLabel(DiagramPainter painter, DEdge edge, double[] visible) {
        boolean hasDecorations = !edge.getDecorations().isEmpty();
        if ((edge.getLabel() == null || edge.getLabel().isEmpty()) && !hasDecorations) {
            return;
        }
        List<double[]> points = points(edge);
        if (points.size() < 2 || !intersects(points, visible, 120)) {
            return;
        }
        double[] mid = edge.getLabelPosition() != null && edge.getSource() == shown(edge.getSource())
                && edge.getTarget() == shown(edge.getTarget())
                ? new double[] { edge.getLabelPosition().getX(), edge.getLabelPosition().getY() } : labelPoint(points);
        EdgeStyle style = session.styleOf(edge) instanceof EdgeStyle s ? s : null;
        painter.save();
        String label = edge.getLabel() == null ? "" : edge.getLabel();
        painter.setFont(FontSpec.of(8.5, style != null && style.isBold()));
        String[] lines = label.isEmpty() ? new String[0] : label.split("\n");
        double width = 0;
        double lineHeight = painter.measure("Ag").height();
        for (String line : lines) {
            width = Math.max(width, painter.measure(line).width());
        }
        double height = Math.max(1, lines.length) * lineHeight;
        double x = mid[0] - width / 2;
        double y = mid[1] - height / 2;
        if (lines.length > 0) {
            painter.setAlpha(235);
            painter.setFill(Rgb.WHITE);
            painter.fillRoundRectangle(x - 3, y - 1, width + 6, height + 2, 6);
            painter.setAlpha(255);
            painter.setStroke(Rgb.parse(style == null ? null : style.getLabelColor(),
                    Rgb.parse(style == null ? null : style.getBorderColor(), Colors.TEXT).darker(0.25)));
            double ty = y;
            for (String line : lines) {
                painter.drawText(line, mid[0] - painter.measure(line).width() / 2, ty);
                ty += lineHeight;
            }
        }
        painter.restore();
        if (hasDecorations) {
            DiagramRenderer.renderDecorations(painter, edge, x - 4, y - 2, width + 8, height + 4);
        }
    }

    /** The route in absolute coordinates: the stored bendpoints, or a straight line between the node borders. */
    /** Whether a route's bounding box, grown by {@code margin}, meets the visible area (null: everything is). */
    private static boolean intersects(List<double[]> points, double[] visible, double margin) {
        if (visible == null) {
            return true;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        return DiagramRenderer.intersects(visible, minX - margin, minY - margin, maxX - minX + 2 * margin, maxY - minY + 2 * margin);
    }

    static List<double[]> points(DEdge edge) {
        List<double[]> points = new ArrayList<>();
        AbstractDNode source = shown(edge.getSource());
        AbstractDNode target = shown(edge.getTarget());
        if (edge.getBendpoints().size() >= 2 && source == edge.getSource() && target == edge.getTarget()) {
            for (Bendpoint p : edge.getBendpoints()) {
                points.add(new double[] { p.getX(), p.getY() });
            }
            return points;
        }
        double[] s = OrthogonalRouter.absoluteBounds(source);
        double[] t = OrthogonalRouter.absoluteBounds(target);
        double[] sc = { s[0] + s[2] / 2, s[1] + s[3] / 2 };
        double[] tc = { t[0] + t[2] / 2, t[1] + t[3] / 2 };
        points.add(clip(s, sc, tc));
        points.add(clip(t, tc, sc));
        return points;
    }

    private static AbstractDNode shown(AbstractDNode node) {
        AbstractDNode result = node;
        for (var parent = node.eContainer(); parent instanceof DContainer container; parent = parent.eContainer()) {
            if (container.isCollapsed()) {
                result = container;
            }
        }
        return result;
    }

    /** Where the line from the box's centre towards {@code toward} leaves the box. */
    private static double[] clip(double[] box, double[] center, double[] toward) {
        double dx = toward[0] - center[0];
        double dy = toward[1] - center[1];
        if (dx == 0 && dy == 0) {
            return center;
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (box[2] / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (box[3] / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] { center[0] + dx * s, center[1] + dy * s };
    }

    private static double[] labelPoint(List<double[]> points) {
        double best = -1;
        double[] mid = points.get(0);
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (length > best) {
                best = length;
                mid = new double[] { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 };
            }
        }
        return mid;
    }

    private static void arrow(DiagramPainter painter, ArrowKind kind, double[] from, double[] tip, double width) {
        if (kind == ArrowKind.NONE) {
            return;
        }
        double angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
        double length = 9 + width * 1.5;
        double spread = kind == ArrowKind.DIAMOND ? 0.45 : 0.38;
        double lx = tip[0] - length * Math.cos(angle - spread);
        double ly = tip[1] - length * Math.sin(angle - spread);
        double rx = tip[0] - length * Math.cos(angle + spread);
        double ry = tip[1] - length * Math.sin(angle + spread);
        switch (kind) {
            case FILLED -> painter.fillPath(PaintPath.polygon(tip[0], tip[1], lx, ly, rx, ry));
            case OPEN -> painter.drawPath(PaintPath.polyline(lx, ly, tip[0], tip[1], rx, ry));
            case DIAMOND -> {
                double bx = tip[0] - 2 * length * Math.cos(angle);
                double by = tip[1] - 2 * length * Math.sin(angle);
                painter.fillPath(PaintPath.polygon(tip[0], tip[1], lx, ly, bx, by, rx, ry));
            }
            default -> {
            }
        }
    }
}
