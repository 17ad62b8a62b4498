package org.dovetail.diagram.ui.canvas;

import java.util.List;
import java.util.Set;

/** Nothing to show. */
final class EmptyContent implements CanvasContent {

    static final EmptyContent INSTANCE = new EmptyContent();

    @Override public List<?> nodes() { return List.of(); }
    @Override public List<?> edges() { return List.of(); }
    @Override public Box bounds(Object node) { throw new IllegalArgumentException("no node " + node); }
    @Override public Object containerOf(Object node) { return null; }
    @Override public List<Pt> route(Object edge) { return List.of(); }
    @Override public Object source(Object edge) { return null; }
    @Override public Object target(Object edge) { return null; }
    @Override public String label(Object element) { return ""; }
    @Override public Set<Capability> capabilities(Object element) { return Set.of(); }
}
