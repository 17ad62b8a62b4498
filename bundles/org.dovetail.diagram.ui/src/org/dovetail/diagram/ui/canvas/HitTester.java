package org.dovetail.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.List;

/** Finds canvas elements at a point or inside a rectangle, in diagram coordinates. */
final class HitTester {

    private HitTester() {
    }

    /** The element under {@code p}: an edge within {@code tolerance} first, else the topmost node; or null. */
    static Object elementAt(CanvasContent content, Pt p, double tolerance) {
        Object edge = edgeAt(content, p, tolerance);
        return edge != null ? edge : nodeAt(content, p, null);
    }

    static Object edgeAt(CanvasContent content, Pt p, double tolerance) {
        Object best = null;
        double bestDistance = tolerance;
        for (Object edge : content.edges()) {
            List<Pt> route = content.route(edge);
            for (int i = 0; i + 1 < route.size(); i++) {
                double distance = p.distanceToSegment(route.get(i), route.get(i + 1));
                if (distance <= bestDistance) {
                    best = edge;
                    bestDistance = distance;
                }
            }
            Box label = content.labelBounds(edge);
            if (label != null && label.contains(p) && best == null) {
                best = edge;
            }
        }
        return best;
    }

    /** The topmost node containing {@code p}, ignoring {@code excluded} nodes and their contents. */
    static Object nodeAt(CanvasContent content, Pt p, java.util.Collection<?> excluded) {
        List<?> nodes = content.nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Object node = nodes.get(i);
            if (content.bounds(node).contains(p) && (excluded == null || !isInside(content, node, excluded))) {
                return node;
            }
        }
        return null;
    }

    /** True if {@code node} is one of {@code ancestors} or lies inside one of them. */
    static boolean isInside(CanvasContent content, Object node, java.util.Collection<?> ancestors) {
        for (Object current = node; current != null; current = content.containerOf(current)) {
            if (ancestors.contains(current)) {
                return true;
            }
        }
        return false;
    }

    /** The nodes and edges lying wholly inside {@code area}. */
    static List<Object> elementsInside(CanvasContent content, Box area) {
        List<Object> inside = new ArrayList<>();
        for (Object node : content.nodes()) {
            if (area.contains(content.bounds(node))) {
                inside.add(node);
            }
        }
        for (Object edge : content.edges()) {
            List<Pt> route = content.route(edge);
            if (!route.isEmpty() && route.stream().allMatch(area::contains)) {
                inside.add(edge);
            }
        }
        return inside;
    }
}
