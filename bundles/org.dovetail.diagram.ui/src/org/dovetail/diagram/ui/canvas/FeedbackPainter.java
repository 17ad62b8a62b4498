package org.dovetail.diagram.ui.canvas;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints, in screen pixels over the diagram, what the user is doing: selection outlines and handles, the
 * marquee, ghosts of moved nodes, the new bounds while resizing and the edge being connected.
 */
final class FeedbackPainter {

    static final Color SELECTION = new Color(37, 99, 235);
    private static final Color SELECTION_FILL = new Color(219, 234, 254);
    private static final Color ACCEPT = new Color(22, 163, 74);
    private static final Color REFUSE = new Color(198, 40, 40);
    private static final Color REFUSE_FILL = new Color(255, 235, 238);

    private final DiagramCanvas viewer;
    private final CanvasMouseHandler mouse;

    FeedbackPainter(DiagramCanvas viewer, CanvasMouseHandler mouse) {
        this.viewer = viewer;
        this.mouse = mouse;
    }

    void paint(GC gc) {
        CanvasContent content = viewer.content();
        Object primary = viewer.selection().primary();
        for (Object element : viewer.selection().elements()) {
            if (content.isNode(element)) {
                paintSelectedNode(gc, content, element, element == primary);
            } else {
                paintSelectedEdge(gc, content.route(element), element == primary);
            }
        }
        switch (mouse.mode) {
            case MARQUEE -> paintMarquee(gc);
            case MOVING -> paintMove(gc, content);
            case RESIZING -> paintOutline(gc, viewer.toScreen(
                    mouse.handle.resize(content.bounds(mouse.resizing), mouse.dragDelta().x(), mouse.dragDelta().y())),
                    SELECTION);
            case CONNECTING -> paintConnection(gc, content);
            case BENDING -> {
                gc.setForeground(SELECTION);
                gc.setLineWidth(2);
                gc.setLineStyle(SWT.LINE_DASH);
                gc.drawPolyline(screenPolyline(mouse.bentRoute()));
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setLineWidth(1);
            }
            default -> { }
        }
    }

    private void paintSelectedNode(GC gc, CanvasContent content, Object node, boolean primary) {
        Rectangle r = viewer.toScreen(content.bounds(node));
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(2);
        gc.setForeground(SELECTION);
        gc.drawRoundRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4, 8, 8);
        gc.setLineWidth(1);
        if (content.capabilities(node).contains(CanvasContent.Capability.RESIZE)) {
            for (ResizeHandle handle : ResizeHandle.values()) {
                Rectangle square = handle.square(r);
                gc.setBackground(primary ? SELECTION : gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
                gc.fillRectangle(square);
                gc.setForeground(primary ? gc.getDevice().getSystemColor(SWT.COLOR_WHITE) : SELECTION);
                gc.drawRectangle(square);
            }
        }
    }

    private void paintSelectedEdge(GC gc, List<Pt> route, boolean primary) {
        if (route.size() < 2) {
            return;
        }
        int[] points = screenPolyline(route);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setForeground(SELECTION);
        gc.setAlpha(110);
        gc.setLineWidth(6);
        gc.drawPolyline(points);
        gc.setAlpha(255);
        gc.setLineWidth(1);
        for (Pt p : List.of(route.get(0), route.get(route.size() - 1))) {
            Point s = viewer.toScreen(p);
            gc.setBackground(primary ? SELECTION : gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            gc.fillOval(s.x - 4, s.y - 4, 8, 8);
            gc.drawOval(s.x - 4, s.y - 4, 8, 8);
        }
        // Bend handles: squares on the bends (drag to move), small dots in the segments' middles (drag to add a bend).
        gc.setForeground(SELECTION);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        for (int i = 1; i < route.size() - 1; i++) {
            Point s = viewer.toScreen(route.get(i));
            gc.fillRectangle(s.x - 3, s.y - 3, 7, 7);
            gc.drawRectangle(s.x - 3, s.y - 3, 7, 7);
        }
        for (int i = 0; i + 1 < route.size(); i++) {
            Point s = viewer.toScreen(CanvasMouseHandler.midpoint(route.get(i), route.get(i + 1)));
            gc.drawOval(s.x - 2, s.y - 2, 5, 5);
        }
    }

    private void paintMarquee(GC gc) {
        Rectangle r = viewer.toScreen(mouse.marqueeBox());
        gc.setAlpha(60);
        gc.setBackground(SELECTION_FILL);
        gc.fillRectangle(r);
        gc.setAlpha(255);
        gc.setForeground(SELECTION);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRectangle(r);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintMove(GC gc, CanvasContent content) {
        Pt delta = mouse.dragDelta();
        Object target = mouse.dropTarget();
        String refusal = mouse.dropRefusal();
        if (target != null) {
            paintOutline(gc, viewer.toScreen(content.bounds(target)), refusal == null ? ACCEPT : REFUSE);
        }
        if (refusal != null) {
            // Says why before the button is let go: the nodes will stay where they are.
            Point at = mouse.current;
            Point extent = gc.textExtent(refusal);
            gc.setBackground(REFUSE_FILL);
            gc.fillRectangle(at.x + 14, at.y + 14, extent.x + 10, extent.y + 6);
            gc.setForeground(REFUSE);
            gc.drawRectangle(at.x + 14, at.y + 14, extent.x + 10, extent.y + 6);
            gc.drawText(refusal, at.x + 19, at.y + 17, true);
        }
        for (Object node : mouse.moving) {
            Rectangle r = viewer.toScreen(content.bounds(node).translated(delta.x(), delta.y()));
            gc.setAlpha(50);
            gc.setBackground(SELECTION_FILL);
            gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
            gc.setAlpha(255);
            paintOutline(gc, r, SELECTION);
        }
    }

    private void paintConnection(GC gc, CanvasContent content) {
        Point from = viewer.toScreen(content.bounds(mouse.connectSource).center());
        Object target = mouse.connectTarget();
        Point to = target != null ? viewer.toScreen(content.bounds(target).center()) : mouse.current;
        if (target != null) {
            paintOutline(gc, viewer.toScreen(content.bounds(target)), ACCEPT);
        }
        gc.setForeground(target != null ? ACCEPT : SELECTION);
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(from.x, from.y, to.x, to.y);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private static void paintOutline(GC gc, Rectangle r, Color color) {
        gc.setForeground(color);
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private int[] screenPolyline(List<Pt> route) {
        int[] points = new int[route.size() * 2];
        for (int i = 0; i < route.size(); i++) {
            Point s = viewer.toScreen(route.get(i));
            points[2 * i] = s.x;
            points[2 * i + 1] = s.y;
        }
        return points;
    }
}
