package org.dovetail.edit.ui.properties;

import java.util.function.BiConsumer;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Display;

/**
 * Passes a Properties page the latest of a burst of selections at the next turn of the event loop instead of at once.
 * The Properties view hands its page the selection inside the turn that activates or closes a part (when the workbench
 * also disposes the closed part's widgets, its pages in the other views and their action bars); filling the page
 * there made that turn long (sampled: a quarter of an editor's close on a large model). A selection handed over after
 * {@link #cancel()} (the page was disposed, or its part closed, before the turn came) is dropped.
 *
 * @param <P> the workbench part type (this bundle does not depend on the workbench)
 */
public final class LaterSelection<P> {

    private final Display display;
    private final BiConsumer<P, ISelection> show;
    /** The latest selection not yet shown, null when none waits. UI thread only. */
    private ISelection pending;
    private P pendingPart;
    private boolean cancelled;

    /** {@code show} passes a selection to the page itself (the page's {@code super.selectionChanged}). */
    public LaterSelection(Display display, BiConsumer<P, ISelection> show) {
        this.display = display;
        this.show = show;
    }

    /** Shows {@code selection} of {@code part} at the next turn, unless a later one comes first. UI thread. */
    public void selectionChanged(P part, ISelection selection) {
        if (cancelled) {
            return;
        }
        boolean posted = pending != null;
        pending = selection;
        pendingPart = part;
        if (selection == null) {
            show.accept(part, null); // nothing to fill; the page says so itself
            return;
        }
        if (!posted) {
            display.asyncExec(this::showPending);
        }
    }

    private void showPending() {
        ISelection selection = pending;
        P part = pendingPart;
        pending = null;
        pendingPart = null;
        if (!cancelled && selection != null) {
            show.accept(part, selection);
        }
    }

    /** Whether a selection waits for its turn (for tests). */
    public boolean isPending() {
        return pending != null;
    }

    /** Drops the waiting selection and every later one: the page is being disposed. */
    public void cancel() {
        cancelled = true;
        pending = null;
        pendingPart = null;
    }
}
