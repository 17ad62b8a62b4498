package org.dovetail.diagram.ui.canvas;

import java.util.List;
import java.util.Set;

/**
 * What a {@link DiagramCanvas} shows, seen through accessors so that any diagram model can be shown without
 * wrapping its elements. Elements are compared by identity; coordinates are diagram coordinates.
 */
public interface CanvasContent {

    /** What the user may do with an element on the canvas. */
    enum Capability { MOVE, RESIZE, RENAME, DELETE }

    /** The nodes in paint order: a container comes before what it contains. */
    List<?> nodes();

    /** The edges, painted over the nodes. */
    List<?> edges();

    Box bounds(Object node);

    /** The container node of {@code node}, or null for a top-level node. */
    Object containerOf(Object node);

    /** The points of an edge from its source's border to its target's border, bends in between. */
    List<Pt> route(Object edge);

    Object source(Object edge);

    Object target(Object edge);

    /** The element's label, or an empty string. */
    String label(Object element);

    /** Where the element's label is drawn (direct editing opens there), or null to use the element's bounds. */
    default Box labelBounds(Object element) {
        return null;
    }

    /** A short text shown while the pointer rests on the element, or null. */
    default String tooltip(Object element) {
        return null;
    }

    Set<Capability> capabilities(Object element);

    /** The smallest box around every node and edge, or null when there is nothing. */
    default Box extent() {
        Box extent = null;
        for (Object node : nodes()) {
            extent = bounds(node).union(extent);
        }
        for (Object edge : edges()) {
            for (Pt p : route(edge)) {
                Box point = new Box(p.x(), p.y(), 0, 0);
                extent = extent == null ? point : extent.union(point);
            }
        }
        return extent;
    }
}
