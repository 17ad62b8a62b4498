package org.dovetail.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * The canvas's pointer interaction: select (click, Ctrl-click toggles, Shift-click adds), marquee, move, resize,
 * pan (middle button or Space held), zoom (Ctrl+wheel), create and connect with an armed palette tool.
 */
final class CanvasMouseHandler {

    enum Mode { IDLE, PRESSED, MOVING, RESIZING, MARQUEE, PANNING, CONNECTING, BENDING }

    private static final int DRAG_THRESHOLD = 3;

    private final DiagramCanvas viewer;
    private final Canvas control;
    private final FeedbackPainter feedback;
    Mode mode = Mode.IDLE;
    Point pressAt;
    Point current;
    private Point lastPan;
    private int pressMask;
    boolean spaceDown;
    List<Object> moving = List.of();
    Object resizing;
    ResizeHandle handle;
    Object connectSource;
    /** While BENDING: the edge, the route index of the bend dragged, and whether it is a new bend (a segment's middle). */
    Object bendEdge;
    int bendIndex;
    boolean bendInserted;
    private Object hovered;

    CanvasMouseHandler(DiagramCanvas viewer) {
        this.viewer = viewer;
        this.control = (Canvas) viewer.getControl();
        this.feedback = new FeedbackPainter(viewer, this);
        control.addListener(SWT.MouseDown, this::mouseDown);
        control.addListener(SWT.MouseMove, this::mouseMove);
        control.addListener(SWT.MouseUp, this::mouseUp);
        control.addListener(SWT.MouseDoubleClick, this::doubleClick);
        control.addListener(SWT.MouseVerticalWheel, this::wheel);
        control.addListener(SWT.MouseHorizontalWheel, e -> {
            e.doit = false;
            viewer.panBy(e.count * 15, 0);
        });
    }

    /** Stops whatever drag is going on, changing nothing. */
    void cancel() {
        mode = Mode.IDLE;
        moving = List.of();
        connectSource = null;
        resizing = null;
        if (!control.isDisposed()) {
            control.redraw();
        }
    }

    private void mouseDown(Event e) {
        control.setFocus();
        viewer.labelEditor().commit();
        pressAt = new Point(e.x, e.y);
        current = pressAt;
        pressMask = e.stateMask;
        if (e.button == 2 || (e.button == 1 && spaceDown)) {
            mode = Mode.PANNING;
            lastPan = pressAt;
            control.setCursor(control.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
            return;
        }
        Object hit = viewer.elementAt(e.x, e.y);
        if (e.button == 3) {
            if (hit != null && !viewer.selection().contains(hit)) {
                viewer.selection().set(List.of(hit));
            }
            return;
        }
        if (e.button != 1) {
            return;
        }
        PaletteTool tool = viewer.activeTool();
        if (tool != null) {
            armedToolPress(tool, e);
            return;
        }
        for (Object element : viewer.selection().elements()) {
            int[] bend = bendHandleAt(element, pressAt);
            if (bend != null) {
                mode = Mode.BENDING;
                bendEdge = element;
                bendIndex = bend[0];
                bendInserted = bend[1] == 1;
                return;
            }
        }
        for (Object node : viewer.selection().elements()) {
            ResizeHandle at = handleAt(node, pressAt);
            if (at != null) {
                mode = Mode.RESIZING;
                resizing = node;
                handle = at;
                return;
            }
        }
        boolean toggle = (e.stateMask & SWT.MOD1) != 0;
        boolean add = (e.stateMask & SWT.SHIFT) != 0;
        if (hit == null) {
            if (!toggle && !add) {
                viewer.selection().set(List.of());
            }
            mode = Mode.MARQUEE;
        } else {
            if (toggle) {
                viewer.selection().toggle(hit);
            } else if (add) {
                viewer.selection().add(List.of(hit));
            } else if (!viewer.selection().contains(hit)) {
                viewer.selection().set(List.of(hit));
            } else {
                viewer.selection().add(List.of(hit)); // becomes the primary selection
            }
            mode = Mode.PRESSED;
        }
    }

    private void armedToolPress(PaletteTool tool, Event e) {
        Pt at = viewer.toDiagram(e.x, e.y);
        Object node = HitTester.nodeAt(viewer.content(), at, null);
        if (tool.kind() == PaletteTool.Kind.NODE) {
            viewer.editHandler().create(tool, at, node);
            if ((e.stateMask & SWT.SHIFT) == 0) {
                viewer.setActiveTool(null); // Shift keeps the tool for another one
            }
        } else if (node != null) {
            mode = Mode.CONNECTING;
            connectSource = node;
        }
    }

    private void mouseMove(Event e) {
        Point previous = current;
        current = new Point(e.x, e.y);
        switch (mode) {
            case PANNING -> {
                viewer.panBy(e.x - lastPan.x, e.y - lastPan.y);
                lastPan = current;
            }
            case PRESSED -> {
                if (Math.abs(e.x - pressAt.x) > DRAG_THRESHOLD || Math.abs(e.y - pressAt.y) > DRAG_THRESHOLD) {
                    refusalKnown = false;
                    moving = movableSelection();
                    mode = moving.isEmpty() ? Mode.IDLE : Mode.MOVING;
                }
            }
            case MOVING, RESIZING, MARQUEE, CONNECTING, BENDING -> {
                if (!Objects.equals(previous, current)) {
                    control.redraw();
                }
            }
            case IDLE -> hover(e);
        }
    }

    private void hover(Event e) {
        Point p = new Point(e.x, e.y);
        int cursor = viewer.activeTool() != null ? SWT.CURSOR_CROSS : SWT.NONE;
        if (viewer.activeTool() == null) {
            for (Object node : viewer.selection().elements()) {
                ResizeHandle at = handleAt(node, p);
                if (at != null) {
                    cursor = at.cursor;
                }
            }
        }
        control.setCursor(cursor == SWT.NONE ? null : control.getDisplay().getSystemCursor(cursor));
        Object element = viewer.elementAt(e.x, e.y);
        if (element != hovered) {
            hovered = element;
            String tip = element == null ? null : viewer.content().tooltip(element);
            control.setToolTipText(tip);
        }
    }

    private void mouseUp(Event e) {
        current = new Point(e.x, e.y);
        Mode finished = mode;
        mode = Mode.IDLE;
        CanvasContent content = viewer.content();
        switch (finished) {
            case PANNING -> control.setCursor(viewer.activeTool() == null ? null
                    : control.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
            case MOVING -> {
                Pt delta = dragDelta();
                Object dropTarget = dropTarget();
                if (delta.x() != 0 || delta.y() != 0 || dropTarget != commonContainer(moving)) {
                    viewer.editHandler().move(moving, delta.x(), delta.y(), dropTarget);
                }
            }
            case RESIZING -> {
                Pt delta = dragDelta();
                Box resized = handle.resize(content.bounds(resizing), delta.x(), delta.y());
                if (!resized.equals(content.bounds(resizing))) {
                    viewer.editHandler().resize(resizing, resized);
                }
            }
            case MARQUEE -> {
                List<Object> inside = HitTester.elementsInside(content, marqueeBox());
                if ((pressMask & (SWT.MOD1 | SWT.SHIFT)) != 0) {
                    viewer.selection().add(inside);
                } else {
                    viewer.selection().set(inside);
                }
            }
            case BENDING -> {
                Pt delta = dragDelta();
                if (delta.x() != 0 || delta.y() != 0) {
                    viewer.editHandler().reroute(bendEdge, bentRoute());
                }
            }
            case CONNECTING -> {
                Object target = connectTarget();
                if (target != null) {
                    viewer.editHandler().connect(viewer.activeTool(), connectSource, target);
                }
                if ((e.stateMask & SWT.SHIFT) == 0) {
                    viewer.setActiveTool(null);
                }
            }
            default -> { }
        }
        moving = List.of();
        resizing = null;
        connectSource = null;
        bendEdge = null;
        control.redraw();
    }

    private void doubleClick(Event e) {
        if (e.button == 1 && viewer.activeTool() == null) {
            viewer.editLabel(viewer.elementAt(e.x, e.y));
        }
    }

    private void wheel(Event e) {
        e.doit = false;
        if ((e.stateMask & SWT.MOD1) != 0) {
            if (e.count > 0) {
                viewer.zoomIn(new Point(e.x, e.y));
            } else if (e.count < 0) {
                viewer.zoomOut(new Point(e.x, e.y));
            }
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            viewer.panBy(e.count * 15, 0);
        } else {
            viewer.panBy(0, e.count * 15);
        }
    }

    /** The selected movable nodes, without those inside another selected node (they move with it). */
    private List<Object> movableSelection() {
        CanvasContent content = viewer.content();
        List<Object> selectedNodes = new ArrayList<>();
        for (Object element : viewer.selection().elements()) {
            if (content.isNode(element) && content.capabilities(element).contains(CanvasContent.Capability.MOVE)) {
                selectedNodes.add(element);
            }
        }
        List<Object> result = new ArrayList<>();
        for (Object node : selectedNodes) {
            Object container = content.containerOf(node);
            if (container == null || !HitTester.isInside(content, container, selectedNodes)) {
                result.add(node);
            }
        }
        return result;
    }

    Pt dragDelta() {
        return new Pt((current.x - pressAt.x) / viewer.zoom(), (current.y - pressAt.y) / viewer.zoom());
    }

    /** The container the moved nodes would be dropped into, or null for the diagram itself. */
    Object dropTarget() {
        return viewer.editHandler().dropContainer(moving, HitTester.nodeAt(viewer.content(), viewer.toDiagram(current.x, current.y), moving));
    }

    private boolean refusalKnown;
    private Object refusalTarget;
    private String refusal;

    /** Why the moved nodes cannot be dropped where the pointer is (null: they can), asked once per target. */
    String dropRefusal() {
        Object target = dropTarget();
        if (!refusalKnown || target != refusalTarget) {
            refusalKnown = true;
            refusalTarget = target;
            refusal = target == commonContainer(moving) ? null : viewer.editHandler().dropRefusal(moving, target);
        }
        return refusal;
    }

    private Object commonContainer(List<Object> nodes) {
        return nodes.isEmpty() ? null : viewer.content().containerOf(nodes.get(0));
    }

    /** The node under the pointer while connecting, if the edge tool may connect to it. */
    Object connectTarget() {
        Object target = HitTester.nodeAt(viewer.content(), viewer.toDiagram(current.x, current.y), null);
        return target != null && viewer.editHandler().canConnect(viewer.activeTool(), connectSource, target) ? target : null;
    }

    Box marqueeBox() {
        return Box.spanning(viewer.toDiagram(pressAt.x, pressAt.y), viewer.toDiagram(current.x, current.y));
    }

    ResizeHandle handleAt(Object element, Point p) {
        CanvasContent content = viewer.content();
        if (!content.isNode(element) || !content.capabilities(element).contains(CanvasContent.Capability.RESIZE)) {
            return null;
        }
        Rectangle screen = viewer.toScreen(content.bounds(element));
        for (ResizeHandle candidate : ResizeHandle.values()) {
            if (candidate.hits(screen, p)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The bend handle of a selected edge under a screen point: {index, 0} for an existing bend (not the ends), or
     * {index, 1} for the middle of a segment, where dragging makes a new bend at that index. Null if none.
     */
    int[] bendHandleAt(Object element, Point p) {
        CanvasContent content = viewer.content();
        if (content.isNode(element) || !content.edges().contains(element)) {
            return null;
        }
        List<Pt> route = content.route(element);
        for (int i = 1; i < route.size() - 1; i++) {
            if (near(viewer.toScreen(route.get(i)), p)) {
                return new int[] { i, 0 };
            }
        }
        for (int i = 0; i + 1 < route.size(); i++) {
            if (near(viewer.toScreen(midpoint(route.get(i), route.get(i + 1))), p)) {
                return new int[] { i + 1, 1 };
            }
        }
        return null;
    }

    static Pt midpoint(Pt a, Pt b) {
        return new Pt((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private static boolean near(Point a, Point b) {
        return Math.abs(a.x - b.x) <= 5 && Math.abs(a.y - b.y) <= 5;
    }

    /** The route of the edge being bent, with the dragged bend where the pointer is now. */
    List<Pt> bentRoute() {
        List<Pt> route = new ArrayList<>(viewer.content().route(bendEdge));
        Pt delta = dragDelta();
        if (bendInserted) {
            Pt middle = midpoint(route.get(bendIndex - 1), route.get(bendIndex));
            route.add(bendIndex, new Pt(middle.x() + delta.x(), middle.y() + delta.y()));
        } else {
            Pt bend = route.get(bendIndex);
            route.set(bendIndex, new Pt(bend.x() + delta.x(), bend.y() + delta.y()));
        }
        return route;
    }

    void paintFeedback(GC gc) {
        feedback.paint(gc);
    }
}
