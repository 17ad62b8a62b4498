package org.dovetail.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * An SWT canvas that shows a {@link CanvasContent}: double-buffered, antialiased painting in logical points (so
 * SWT scales it crisply on HiDPI screens), zoom from 25 % to 400 %, scrolling and panning, selection, marquee,
 * moving, resizing, connecting, creating, direct label editing and keyboard navigation. It never changes the
 * model itself: every edit goes to the {@link CanvasEditHandler}.
 */
public class DiagramCanvas {

    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4.0;
    static final double[] ZOOM_STEPS = { 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.25, 1.5, 2, 3, 4 };
    private static final double SCROLL_MARGIN = 60;

    private final Canvas canvas;
    private final CanvasSelection selection = new CanvasSelection();
    private final CanvasMouseHandler mouse;
    private final CanvasKeyHandler keys;
    private final InPlaceLabelEditor labelEditor;
    private final List<Runnable> viewportListeners = new ArrayList<>();
    private final List<Runnable> refreshListeners = new ArrayList<>();
    private final List<Consumer<PaletteTool>> toolListeners = new ArrayList<>();
    private CanvasContent content = EmptyContent.INSTANCE;
    private CanvasRenderer renderer;
    private CanvasEditHandler editHandler = CanvasEditHandler.NONE;
    private PaletteTool activeTool;
    private double zoom = 1;
    private double originX;
    private double originY;
    private double scrollRangeX;
    private double scrollRangeY;

    public DiagramCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        renderer = new SimpleCanvasRenderer(this::content);
        mouse = new CanvasMouseHandler(this);
        keys = new CanvasKeyHandler(this);
        labelEditor = new InPlaceLabelEditor(this);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
        selection.addListener(s -> canvas.redraw());
        canvas.addListener(SWT.Dispose, e -> labelEditor.cancel());
    }

    public Control getControl() {
        return canvas;
    }

    public CanvasContent content() {
        return content;
    }

    /** Shows new content (or the same content changed) and repaints; selected elements no longer shown are dropped. */
    public void setContent(CanvasContent newContent) {
        content = newContent == null ? EmptyContent.INSTANCE : newContent;
        refresh();
    }

    /** Re-reads the content after it changed: prunes the selection, updates the scroll range and repaints. */
    public void refresh() {
        Set<Object> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(content.nodes());
        shown.addAll(content.edges());
        selection.retainAll(shown);
        updateScrollBars();
        canvas.redraw();
        List.copyOf(refreshListeners).forEach(Runnable::run);
        fireViewportChanged();
    }

    /** Told after the content was refreshed (an overview repaints its thumbnail). */
    public void addRefreshListener(Runnable listener) {
        refreshListeners.add(listener);
    }

    public void removeRefreshListener(Runnable listener) {
        refreshListeners.remove(listener);
    }

    public void setRenderer(CanvasRenderer newRenderer) {
        renderer = newRenderer;
        canvas.redraw();
    }

    public CanvasRenderer renderer() {
        return renderer;
    }

    public void setEditHandler(CanvasEditHandler handler) {
        editHandler = handler == null ? CanvasEditHandler.NONE : handler;
    }

    CanvasEditHandler editHandler() {
        return editHandler;
    }

    public CanvasSelection selection() {
        return selection;
    }

    // --- tools -----------------------------------------------------------------------------------

    /** Arms a palette tool (null: back to selecting). */
    public void setActiveTool(PaletteTool tool) {
        activeTool = tool;
        mouse.cancel();
        canvas.setCursor(tool == null ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
        toolListeners.forEach(listener -> listener.accept(tool));
    }

    public PaletteTool activeTool() {
        return activeTool;
    }

    /** Told when the active tool changes (a palette keeps its buttons in step). */
    public void addToolListener(Consumer<PaletteTool> listener) {
        toolListeners.add(listener);
    }

    /** Opens the in-place editor on an element's label, if it may be renamed. */
    public void editLabel(Object element) {
        if (element != null && content.capabilities(element).contains(CanvasContent.Capability.RENAME)) {
            reveal(element);
            labelEditor.open(element);
        }
    }

    InPlaceLabelEditor labelEditor() {
        return labelEditor;
    }

    CanvasMouseHandler mouseHandler() {
        return mouse;
    }

    /** The in-place label editor's text field while it is open, else null. */
    public org.eclipse.swt.widgets.Text labelEditorText() {
        return labelEditor.isOpen() ? labelEditor.text() : null;
    }

    /** Selects every node and edge. */
    public void selectAll() {
        keys.selectAll();
    }

    /** Asks the edit handler to delete the selected elements that may be deleted. */
    public void deleteSelection() {
        keys.deleteSelection();
    }

    // --- zoom and scrolling ----------------------------------------------------------------------

    public double zoom() {
        return zoom;
    }

    /** Zooms keeping the diagram point under {@code anchor} (canvas pixels) where it is; null: the centre. */
    public void setZoom(double newZoom, Point anchor) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        if (clamped == zoom) {
            return;
        }
        Rectangle client = canvas.getClientArea();
        Point fixed = anchor != null ? anchor : new Point(client.width / 2, client.height / 2);
        Pt under = toDiagram(fixed.x, fixed.y);
        zoom = clamped;
        originX = under.x() - fixed.x / zoom;
        originY = under.y() - fixed.y / zoom;
        labelEditor.cancel();
        viewportChanged();
    }

    public void zoomIn(Point anchor) {
        for (double step : ZOOM_STEPS) {
            if (step > zoom + 1e-6) {
                setZoom(step, anchor);
                return;
            }
        }
    }

    public void zoomOut(Point anchor) {
        for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
            if (ZOOM_STEPS[i] < zoom - 1e-6) {
                setZoom(ZOOM_STEPS[i], anchor);
                return;
            }
        }
    }

    /** Zooms so that the whole diagram is visible (never above 100 %) and centres it. */
    public void zoomToFit() {
        fitWithin(MIN_ZOOM, 1.0);
    }

    /**
     * Zooms to show the whole diagram, but within {@code minZoom}..{@code maxZoom}: centred across and from its top
     * when it fits (a wide, flat diagram such as swimlanes starts at the top of the window, not in a band of white
     * space), else from its top-left corner (so a large diagram opens readable rather than tiny).
     */
    public void fitWithin(double minZoom, double maxZoom) {
        Box extent = content.extent();
        Rectangle client = canvas.getClientArea();
        if (extent == null || client.width <= 0 || client.height <= 0) {
            return;
        }
        Box padded = extent.expanded(20);
        double fit = Math.min(client.width / padded.width(), client.height / padded.height());
        zoom = Math.max(Math.max(MIN_ZOOM, minZoom), Math.min(Math.min(MAX_ZOOM, maxZoom), fit));
        double viewWidth = client.width / zoom;
        double viewHeight = client.height / zoom;
        originX = padded.width() <= viewWidth ? padded.center().x() - viewWidth / 2 : padded.x();
        originY = padded.y();
        labelEditor.cancel();
        viewportChanged();
    }

    /** The part of the diagram visible in the canvas, in diagram coordinates. */
    public Box visibleArea() {
        Rectangle client = canvas.getClientArea();
        return new Box(originX, originY, client.width / zoom, client.height / zoom);
    }

    /** Scrolls so that the visible area starts at this diagram point. */
    public void scrollTo(double x, double y) {
        originX = x;
        originY = y;
        viewportChanged();
    }

    /** Scrolls the least needed to show an element (a margin around it). */
    public void reveal(Object element) {
        Box bounds = boundsOf(element);
        if (bounds == null) {
            return;
        }
        Box visible = visibleArea();
        Box wanted = bounds.expanded(20);
        if (visible.contains(wanted)) {
            return;
        }
        double x = originX;
        double y = originY;
        if (wanted.width() > visible.width() || wanted.x() < visible.x()) {
            x = wanted.x();
        } else if (wanted.right() > visible.right()) {
            x = wanted.right() - visible.width();
        }
        if (wanted.height() > visible.height() || wanted.y() < visible.y()) {
            y = wanted.y();
        } else if (wanted.bottom() > visible.bottom()) {
            y = wanted.bottom() - visible.height();
        }
        scrollTo(x, y);
    }

    /** Told when the zoom or the visible area changes (an overview follows it). */
    public void addViewportListener(Runnable listener) {
        viewportListeners.add(listener);
    }

    public void removeViewportListener(Runnable listener) {
        viewportListeners.remove(listener);
    }

    void panBy(int dxPixels, int dyPixels) {
        originX -= dxPixels / zoom;
        originY -= dyPixels / zoom;
        viewportChanged();
    }

    private void viewportChanged() {
        updateScrollBars();
        canvas.redraw();
        fireViewportChanged();
    }

    private void fireViewportChanged() {
        List.copyOf(viewportListeners).forEach(Runnable::run);
    }

    private void scrolled() {
        originX = scrollRangeX + canvas.getHorizontalBar().getSelection() / zoom;
        originY = scrollRangeY + canvas.getVerticalBar().getSelection() / zoom;
        labelEditor.cancel();
        canvas.redraw();
        fireViewportChanged();
    }

    private void updateScrollBars() {
        if (canvas.isDisposed()) {
            return;
        }
        Rectangle client = canvas.getClientArea();
        Box visible = visibleArea();
        Box extent = content.extent();
        Box range = extent == null ? visible : extent.expanded(SCROLL_MARGIN).union(visible);
        scrollRangeX = range.x();
        scrollRangeY = range.y();
        configure(canvas.getHorizontalBar(), range.width() * zoom, client.width, (originX - range.x()) * zoom);
        configure(canvas.getVerticalBar(), range.height() * zoom, client.height, (originY - range.y()) * zoom);
    }

    private static void configure(ScrollBar bar, double total, int page, double position) {
        int maximum = (int) Math.ceil(total);
        int thumb = Math.max(1, Math.min(page, maximum));
        bar.setValues((int) Math.round(position), 0, Math.max(maximum, 1), thumb, 20, Math.max(1, page - 20));
    }

    // --- coordinates -----------------------------------------------------------------------------

    public Pt toDiagram(int x, int y) {
        return new Pt(originX + x / zoom, originY + y / zoom);
    }

    public Point toScreen(Pt p) {
        return new Point((int) Math.round((p.x() - originX) * zoom), (int) Math.round((p.y() - originY) * zoom));
    }

    public Rectangle toScreen(Box box) {
        Point topLeft = toScreen(new Pt(box.x(), box.y()));
        return new Rectangle(topLeft.x, topLeft.y, (int) Math.round(box.width() * zoom),
                (int) Math.round(box.height() * zoom));
    }

    /** The bounds of a node, or the box around an edge's route. */
    Box boundsOf(Object element) {
        if (content.isNode(element)) {
            return content.bounds(element);
        }
        Box box = null;
        for (Pt p : content.route(element)) {
            Box point = new Box(p.x(), p.y(), 0, 0);
            box = box == null ? point : box.union(point);
        }
        return box;
    }

    /** The element at a canvas pixel, or null. */
    public Object elementAt(int x, int y) {
        return HitTester.elementAt(content, toDiagram(x, y), 5 / zoom);
    }

    // --- painting --------------------------------------------------------------------------------

    private void paint(GC gc) {
        Rectangle client = canvas.getClientArea();
        gc.setBackground(canvas.getBackground());
        gc.fillRectangle(client);
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        paintGrid(gc, client);
        Transform transform = new Transform(canvas.getDisplay());
        try {
            transform.scale((float) zoom, (float) zoom);
            transform.translate((float) -originX, (float) -originY);
            gc.setTransform(transform);
            renderer.paint(gc, visibleArea(), zoom);
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
        mouse.paintFeedback(gc);
    }

    /** A light dot grid every 20 units (hidden when zoomed far out, where it would only be noise). */
    private void paintGrid(GC gc, Rectangle client) {
        double step = 20 * zoom;
        if (step < 8) {
            return;
        }
        Color dots = new Color(226, 230, 236);
        gc.setForeground(dots);
        double firstX = (Math.ceil(originX / 20) * 20 - originX) * zoom;
        double firstY = (Math.ceil(originY / 20) * 20 - originY) * zoom;
        for (double x = firstX; x < client.width; x += step) {
            for (double y = firstY; y < client.height; y += step) {
                gc.drawPoint((int) x, (int) y);
            }
        }
    }

    public void redraw() {
        canvas.redraw();
    }

    public boolean isDisposed() {
        return canvas.isDisposed();
    }
}
