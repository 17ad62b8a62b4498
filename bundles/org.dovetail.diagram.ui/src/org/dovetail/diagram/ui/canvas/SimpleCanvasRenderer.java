package org.dovetail.diagram.ui.canvas;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

/**
 * Paints any content plainly (rounded boxes with centred labels, edges with arrowheads) from its accessors
 * alone: the canvas's default until a diagram renderer is set.
 */
public final class SimpleCanvasRenderer implements CanvasRenderer {

    private static final Color FILL = new Color(248, 250, 252);
    private static final Color BORDER = new Color(100, 116, 139);
    private static final Color TEXT = new Color(15, 23, 42);

    private final Supplier<CanvasContent> content;

    public SimpleCanvasRenderer(Supplier<CanvasContent> content) {
        this.content = content;
    }

    @Override
    public void paint(GC gc, Box visible, double zoom) {
        CanvasContent shown = content.get();
        for (Object node : shown.nodes()) {
            Box b = shown.bounds(node);
            if (!b.intersects(visible)) {
                continue;
            }
            int x = (int) Math.round(b.x());
            int y = (int) Math.round(b.y());
            int w = (int) Math.round(b.width());
            int h = (int) Math.round(b.height());
            gc.setBackground(FILL);
            gc.fillRoundRectangle(x, y, w, h, 10, 10);
            gc.setForeground(BORDER);
            gc.drawRoundRectangle(x, y, w, h, 10, 10);
            drawCentred(gc, shown.label(node), b);
        }
        gc.setForeground(BORDER);
        gc.setBackground(BORDER);
        for (Object edge : shown.edges()) {
            List<Pt> route = shown.route(edge);
            if (route.size() < 2) {
                continue;
            }
            int[] points = new int[route.size() * 2];
            for (int i = 0; i < route.size(); i++) {
                points[2 * i] = (int) Math.round(route.get(i).x());
                points[2 * i + 1] = (int) Math.round(route.get(i).y());
            }
            gc.drawPolyline(points);
            arrowHead(gc, route.get(route.size() - 2), route.get(route.size() - 1));
        }
    }

    private static void drawCentred(GC gc, String label, Box b) {
        if (label == null || label.isEmpty()) {
            return;
        }
        gc.setForeground(TEXT);
        Point extent = gc.textExtent(label);
        gc.drawText(label, (int) Math.round(b.center().x() - extent.x / 2.0),
                (int) Math.round(b.center().y() - extent.y / 2.0), SWT.DRAW_TRANSPARENT);
    }

    private static void arrowHead(GC gc, Pt from, Pt to) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        double size = 8;
        int[] head = {
            (int) Math.round(to.x()), (int) Math.round(to.y()),
            (int) Math.round(to.x() - size * Math.cos(angle - 0.4)), (int) Math.round(to.y() - size * Math.sin(angle - 0.4)),
            (int) Math.round(to.x() - size * Math.cos(angle + 0.4)), (int) Math.round(to.y() - size * Math.sin(angle + 0.4)) };
        gc.fillPolygon(head);
    }
}
