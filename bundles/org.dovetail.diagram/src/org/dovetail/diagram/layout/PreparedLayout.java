package org.dovetail.diagram.layout;

/**
 * A layout split in three so that the expensive part can leave the UI thread: {@link DiagramLayout#prepare} reads the
 * diagram into a layout graph (on the thread that owns the diagram), {@link #compute()} runs ELK on that graph alone
 * (any thread; touches no diagram state), {@link #apply()} writes bounds and routes back (the owning thread again, as
 * one undoable command in the editor). Elements removed from the diagram meanwhile are skipped.
 *
 * @since 0.1
 */
public interface PreparedLayout {

    /** Runs the layout algorithm on the prepared graph; safe on a background thread. */
    void compute();

    /** Writes the computed bounds and edge routes into the diagram; call after {@link #compute()}. */
    void apply();
}
