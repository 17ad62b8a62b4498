package org.dovetail.diagram.ui.canvas;

import java.util.Collection;

/**
 * Carries out what the user does on a canvas. The canvas only shows feedback; the handler changes the model (as
 * undoable commands) and then refreshes the canvas.
 */
public interface CanvasEditHandler {

    /**
     * Moves nodes by a delta; {@code newContainer} is the container they were dropped into (see
     * {@link #dropContainer}), or null for the diagram. Into another container this is a semantic move, refused (the
     * nodes stay) where the diagram does not allow it.
     */
    void move(Collection<?> nodes, double dx, double dy, Object newContainer);

    /** The container that nodes dropped on {@code target} (the node under the pointer, or null) would go into. */
    default Object dropContainer(Collection<?> nodes, Object target) {
        return target;
    }

    /** Why the nodes cannot be dropped into {@code newContainer}, or null if they can (shown while dragging). */
    default String dropRefusal(Collection<?> nodes, Object newContainer) {
        return null;
    }

    void resize(Object node, Box newBounds);

    void rename(Object element, String newLabel);

    void delete(Collection<?> elements);

    /** Creates an element with a node tool at {@code location}, inside {@code container} (null: the diagram). */
    void create(PaletteTool tool, Pt location, Object container);

    boolean canConnect(PaletteTool tool, Object source, Object target);

    void connect(PaletteTool tool, Object source, Object target);

    /** Gives an edge a new route (the user dragged a bend point or made a new one), both ends included. */
    default void reroute(Object edge, java.util.List<Pt> route) {
    }

    /** Does nothing: a read-only canvas. */
    CanvasEditHandler NONE = new CanvasEditHandler() {
        @Override public void move(Collection<?> nodes, double dx, double dy, Object newContainer) { }
        @Override public void resize(Object node, Box newBounds) { }
        @Override public void rename(Object element, String newLabel) { }
        @Override public void delete(Collection<?> elements) { }
        @Override public void create(PaletteTool tool, Pt location, Object container) { }
        @Override public boolean canConnect(PaletteTool tool, Object source, Object target) { return false; }
        @Override public void connect(PaletteTool tool, Object source, Object target) { }
    };
}
