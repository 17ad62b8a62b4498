package org.dovetail.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * The canvas's keyboard: Tab and Shift+Tab walk the elements in reading order, Ctrl+arrows select the nearest
 * element in that direction, arrows move the selection by 10 (Shift: by 1), Delete deletes, F2 renames, Escape
 * cancels a drag, disarms a tool or clears the selection, Ctrl+A selects all, Ctrl+= / Ctrl+- zoom, Ctrl+0 fits,
 * and Space held turns dragging into panning.
 */
final class CanvasKeyHandler {

    private static final double STEP = 10;

    private final DiagramCanvas viewer;

    CanvasKeyHandler(DiagramCanvas viewer) {
        this.viewer = viewer;
        Control control = viewer.getControl();
        control.addListener(SWT.KeyDown, this::keyDown);
        control.addListener(SWT.KeyUp, e -> {
            if (e.character == ' ') {
                mouse().spaceDown = false;
            }
        });
        control.addListener(SWT.Traverse, this::traverse);
    }

    private CanvasMouseHandler mouse() {
        return viewer.mouseHandler();
    }

    private void traverse(Event e) {
        if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
            e.doit = false; // Tab walks the diagram's elements instead of leaving the canvas
            step(e.detail == SWT.TRAVERSE_TAB_NEXT ? 1 : -1);
        } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
            e.doit = false;
            escape();
        }
    }

    private void keyDown(Event e) {
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> arrow(ctrl, shift, -1, 0);
            case SWT.ARROW_RIGHT -> arrow(ctrl, shift, 1, 0);
            case SWT.ARROW_UP -> arrow(ctrl, shift, 0, -1);
            case SWT.ARROW_DOWN -> arrow(ctrl, shift, 0, 1);
            case SWT.DEL, SWT.BS -> deleteSelection();
            case SWT.F2 -> viewer.editLabel(viewer.selection().primary());
            case SWT.ESC -> escape();
            default -> character(e, ctrl);
        }
    }

    private void character(Event e, boolean ctrl) {
        if (e.character == ' ' && !ctrl) {
            mouse().spaceDown = true;
        } else if (ctrl && (e.keyCode == '=' || e.keyCode == '+' || e.keyCode == SWT.KEYPAD_ADD)) {
            viewer.zoomIn(null);
        } else if (ctrl && (e.keyCode == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
            viewer.zoomOut(null);
        } else if (ctrl && e.keyCode == '0') {
            viewer.zoomToFit();
        } else if (ctrl && e.keyCode == '1') {
            viewer.setZoom(1, null);
        } else if (ctrl && e.keyCode == 'a') {
            selectAll();
        }
    }

    void selectAll() {
        List<Object> all = new ArrayList<>(viewer.content().nodes());
        all.addAll(viewer.content().edges());
        viewer.selection().set(all);
    }

    void deleteSelection() {
        List<Object> deletable = viewer.selection().elements().stream()
                .filter(element -> viewer.content().capabilities(element).contains(CanvasContent.Capability.DELETE))
                .toList();
        if (!deletable.isEmpty()) {
            viewer.editHandler().delete(deletable);
        }
    }

    private void escape() {
        if (mouse().mode != CanvasMouseHandler.Mode.IDLE) {
            mouse().cancel();
        } else if (viewer.activeTool() != null) {
            viewer.setActiveTool(null);
        } else {
            viewer.selection().set(List.of());
        }
    }

    private void arrow(boolean ctrl, boolean shift, int dx, int dy) {
        Object primary = viewer.selection().primary();
        if (ctrl || primary == null) {
            Object next = primary == null ? readingOrder().stream().findFirst().orElse(null) : nearest(primary, dx, dy);
            select(next);
            return;
        }
        double step = shift ? 1 : STEP;
        List<Object> movable = viewer.selection().elements().stream()
                .filter(e -> viewer.content().nodes().contains(e)
                        && viewer.content().capabilities(e).contains(CanvasContent.Capability.MOVE))
                .toList();
        if (!movable.isEmpty()) {
            viewer.editHandler().move(movable, dx * step, dy * step, viewer.content().containerOf(movable.get(0)));
        }
    }

    /** Selects the next (or previous) element in reading order: nodes top to bottom, left to right, then edges. */
    void step(int direction) {
        List<Object> order = readingOrder();
        if (order.isEmpty()) {
            return;
        }
        int index = order.indexOf(viewer.selection().primary());
        int next = index < 0 ? (direction > 0 ? 0 : order.size() - 1) : Math.floorMod(index + direction, order.size());
        select(order.get(next));
    }

    private void select(Object element) {
        if (element != null) {
            viewer.selection().set(List.of(element));
            viewer.reveal(element);
        }
    }

    private List<Object> readingOrder() {
        CanvasContent content = viewer.content();
        List<Object> nodes = new ArrayList<>(content.nodes());
        nodes.sort(Comparator.comparingDouble((Object n) -> content.bounds(n).y()).thenComparingDouble(n -> content.bounds(n).x()));
        List<Object> order = new ArrayList<>(nodes);
        order.addAll(content.edges());
        return order;
    }

    /** The node whose centre lies nearest in the direction (dx, dy) from {@code from}'s centre, or null. */
    private Object nearest(Object from, int dx, int dy) {
        CanvasContent content = viewer.content();
        Box fromBox = viewer.boundsOf(from);
        if (fromBox == null) {
            return null;
        }
        Pt origin = fromBox.center();
        Object best = null;
        double bestScore = Double.MAX_VALUE;
        for (Object node : content.nodes()) {
            if (node == from) {
                continue;
            }
            Pt c = content.bounds(node).center();
            double along = (c.x() - origin.x()) * dx + (c.y() - origin.y()) * dy;
            double across = Math.abs((c.x() - origin.x()) * dy) + Math.abs((c.y() - origin.y()) * dx);
            if (along > 1) {
                double score = along + 2 * across;
                if (score < bestScore) {
                    bestScore = score;
                    best = node;
                }
            }
        }
        return best;
    }
}
