package org.dovetail.diagram.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A small diagram of boxes and arrows that really changes when edited: the canvas tests' content and edit
 * handler in one, so that what a gesture did can be read back from the boxes.
 */
final class BoxesAndArrows implements CanvasContent, CanvasEditHandler {

    static final class Node {
        String name;
        Box bounds;
        Node container;

        Node(String name, Box bounds, Node container) {
            this.name = name;
            this.bounds = bounds;
            this.container = container;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Arrow(Node from, Node to) {
    }

    final List<Node> nodes = new ArrayList<>();
    final List<Arrow> arrows = new ArrayList<>();
    private DiagramCanvas canvas;

    Node add(String name, double x, double y, double width, double height, Node container) {
        Node node = new Node(name, new Box(x, y, width, height), container);
        nodes.add(node);
        return node;
    }

    void attach(DiagramCanvas newCanvas) {
        canvas = newCanvas;
        canvas.setContent(this);
        canvas.setEditHandler(this);
    }

    Node named(String name) {
        return nodes.stream().filter(n -> n.name.equals(name)).findFirst().orElseThrow();
    }

    @Override public List<?> nodes() { return nodes; }
    @Override public List<?> edges() { return arrows; }
    @Override public Box bounds(Object node) { return ((Node) node).bounds; }
    @Override public Object containerOf(Object node) { return ((Node) node).container; }
    @Override public Object source(Object edge) { return ((Arrow) edge).from(); }
    @Override public Object target(Object edge) { return ((Arrow) edge).to(); }
    @Override public String tooltip(Object element) { return "tip: " + label(element); }

    @Override
    public List<Pt> route(Object edge) {
        Arrow arrow = (Arrow) edge;
        Pt from = arrow.from().bounds.center();
        Pt to = arrow.to().bounds.center();
        return List.of(border(arrow.from().bounds, to), border(arrow.to().bounds, from));
    }

    /** Where the line from the box's centre towards {@code toward} leaves the box. */
    private static Pt border(Box box, Pt toward) {
        Pt c = box.center();
        double dx = toward.x() - c.x();
        double dy = toward.y() - c.y();
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(dy));
        return new Pt(c.x() + dx * Math.min(1, scale), c.y() + dy * Math.min(1, scale));
    }

    @Override
    public String label(Object element) {
        return element instanceof Node node ? node.name : "";
    }

    @Override
    public Set<Capability> capabilities(Object element) {
        return element instanceof Node ? EnumSet.allOf(Capability.class) : EnumSet.of(Capability.DELETE);
    }

    @Override
    public void move(Collection<?> moved, double dx, double dy, Object newContainer) {
        for (Object each : moved) {
            Node node = (Node) each;
            moveWithContents(node, dx, dy);
            node.container = (Node) newContainer;
        }
        canvas.refresh();
    }

    private void moveWithContents(Node node, double dx, double dy) {
        node.bounds = node.bounds.translated(dx, dy);
        for (Node child : List.copyOf(nodes)) {
            if (child.container == node) {
                moveWithContents(child, dx, dy);
            }
        }
    }

    @Override
    public void resize(Object node, Box newBounds) {
        ((Node) node).bounds = newBounds;
        canvas.refresh();
    }

    @Override
    public void rename(Object element, String newLabel) {
        ((Node) element).name = newLabel;
        canvas.refresh();
    }

    @Override
    public void delete(Collection<?> elements) {
        nodes.removeAll(elements);
        arrows.removeIf(a -> elements.contains(a) || !nodes.contains(a.from()) || !nodes.contains(a.to()));
        canvas.refresh();
    }

    @Override
    public void create(PaletteTool tool, Pt location, Object container) {
        add(tool.label() + " " + nodes.size(), location.x(), location.y(), 100, 50, (Node) container);
        canvas.refresh();
    }

    @Override
    public boolean canConnect(PaletteTool tool, Object source, Object target) {
        return source != target;
    }

    @Override
    public void connect(PaletteTool tool, Object source, Object target) {
        arrows.add(new Arrow((Node) source, (Node) target));
        canvas.refresh();
    }
}
