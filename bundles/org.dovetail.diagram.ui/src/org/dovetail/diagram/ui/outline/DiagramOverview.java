package org.dovetail.diagram.ui.outline;

import org.dovetail.diagram.ui.canvas.Box;
import org.dovetail.diagram.ui.canvas.DiagramCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A thumbnail of the whole diagram with the part the editor shows as a rectangle: dragging the rectangle (or
 * clicking elsewhere) scrolls the editor. The thumbnail is painted once per content change into an image, so
 * scrolling only moves the rectangle.
 */
public final class DiagramOverview {

    private static final Color VISIBLE = new Color(37, 99, 235);

    private final DiagramCanvas viewer;
    private final Canvas control;
    private final Runnable viewportListener;
    private final Runnable refreshListener;
    private Image thumbnail;
    private Box shown;
    private double scale;
    private double dragOffsetX;
    private double dragOffsetY;
    private boolean dragging;

    public DiagramOverview(Composite parent, DiagramCanvas viewer) {
        this.viewer = viewer;
        control = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        viewportListener = () -> redraw();
        refreshListener = this::invalidate;
        viewer.addViewportListener(viewportListener);
        viewer.addRefreshListener(refreshListener);
        control.addListener(SWT.Paint, e -> paint(e.gc));
        control.addListener(SWT.Resize, e -> invalidate());
        control.addListener(SWT.MouseDown, this::press);
        control.addListener(SWT.MouseMove, this::drag);
        control.addListener(SWT.MouseUp, e -> dragging = false);
        control.addListener(SWT.Dispose, e -> dispose());
    }

    public Canvas getControl() {
        return control;
    }

    private void redraw() {
        if (!control.isDisposed()) {
            control.redraw();
        }
    }

    private void invalidate() {
        if (thumbnail != null) {
            thumbnail.dispose();
            thumbnail = null;
        }
        redraw();
    }

    private void paint(GC gc) {
        Rectangle client = control.getClientArea();
        gc.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(client);
        if (client.width <= 0 || client.height <= 0 || viewer.isDisposed()) {
            return;
        }
        if (thumbnail == null) {
            Box extent = viewer.content().extent();
            shown = extent == null ? new Box(0, 0, 100, 100) : extent.expanded(20);
            scale = Math.min(client.width / shown.width(), client.height / shown.height());
            thumbnail = new Image(control.getDisplay(), client.width, client.height);
            GC imageGc = new GC(thumbnail);
            try {
                imageGc.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
                imageGc.fillRectangle(0, 0, client.width, client.height);
                imageGc.setAdvanced(true);
                imageGc.setAntialias(SWT.ON);
                Transform transform = new Transform(control.getDisplay());
                transform.scale((float) scale, (float) scale);
                transform.translate((float) -shown.x(), (float) -shown.y());
                imageGc.setTransform(transform);
                viewer.renderer().paint(imageGc, shown, scale);
                imageGc.setTransform(null);
                transform.dispose();
            } finally {
                imageGc.dispose();
            }
        }
        gc.drawImage(thumbnail, 0, 0);
        Rectangle visible = toOverview(viewer.visibleArea());
        gc.setAlpha(40);
        gc.setBackground(VISIBLE);
        gc.fillRectangle(visible);
        gc.setAlpha(255);
        gc.setForeground(VISIBLE);
        gc.setLineWidth(2);
        gc.drawRectangle(visible);
    }

    private Rectangle toOverview(Box box) {
        return new Rectangle((int) Math.round((box.x() - shown.x()) * scale), (int) Math.round((box.y() - shown.y()) * scale),
                (int) Math.round(box.width() * scale), (int) Math.round(box.height() * scale));
    }

    private void press(Event e) {
        if (shown == null || e.button != 1) {
            return;
        }
        Box visible = viewer.visibleArea();
        double x = shown.x() + e.x / scale;
        double y = shown.y() + e.y / scale;
        if (!visible.contains(new org.dovetail.diagram.ui.canvas.Pt(x, y))) {
            // A click outside the rectangle centres the editor there, then the drag goes on from the centre.
            viewer.scrollTo(x - visible.width() / 2, y - visible.height() / 2);
            visible = viewer.visibleArea();
        }
        dragOffsetX = x - visible.x();
        dragOffsetY = y - visible.y();
        dragging = true;
    }

    private void drag(Event e) {
        if (dragging && shown != null) {
            viewer.scrollTo(shown.x() + e.x / scale - dragOffsetX, shown.y() + e.y / scale - dragOffsetY);
        }
    }

    /** Where the editor's visible area is drawn in the overview, in overview pixels (tests). */
    public Rectangle visibleRectangle() {
        return shown == null ? null : toOverview(viewer.visibleArea());
    }

    private void dispose() {
        viewer.removeViewportListener(viewportListener);
        viewer.removeRefreshListener(refreshListener);
        if (thumbnail != null) {
            thumbnail.dispose();
        }
    }
}
