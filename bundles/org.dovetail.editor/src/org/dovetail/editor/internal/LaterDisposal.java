package org.dovetail.editor.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Disposes a closing part's large controls after the close instead of inside it. The workbench disposes a closed
 * editor's widgets in the same turn of the event loop as the rest of the close (the next part's activation, the
 * Properties view's page for it, the action bars); a model tree with its rows and the form pages add tens of
 * milliseconds of GTK work to that turn on a large model (sampled). When the part's own composite is disposed (its
 * dispose event comes before its children are released), the controls are hidden, moved to a hidden shell and
 * disposed one per later turn, so input and paint events run in between. Their dispose listeners run then, as they
 * would have run in the close.
 * <p>
 * Each step is an {@code asyncExec}, not a timer: SWT runs one asynchronous runnable per {@code readAndDispatch} and
 * only when no GTK event is pending, so input, paint and other waiting work go first and the steps queue behind what
 * was posted meanwhile. A timer is a GTK event itself: a chain of timers ran back to back with the destroy
 * notifications between them and kept all asynchronous work waiting for the whole chain (sampled on a 100 K-element
 * model: a 168 ms freeze made of the close and three disposals).
 */
public final class LaterDisposal {

    private static final String HOLDER_KEY = LaterDisposal.class.getName();

    private LaterDisposal() {
    }

    /** When {@code owner} is disposed, moves {@code controls} (its descendants) out and disposes them later. */
    public static void install(Control owner, List<? extends Control> controls) {
        owner.addListener(SWT.Dispose, event -> moveOut(owner.getDisplay(), controls));
    }

    private static void moveOut(Display display, List<? extends Control> controls) {
        if (display.isDisposed()) {
            return;
        }
        Shell holder = holder(display);
        Deque<Control> moved = new ArrayDeque<>();
        for (Control control : controls) {
            if (control != null && !control.isDisposed()) {
                control.setVisible(false);
                if (control.setParent(holder)) {
                    moved.add(control);
                }
                // A control that cannot move is disposed with its parent, as before.
            }
        }
        if (!moved.isEmpty()) {
            display.asyncExec(new Runnable() {
                @Override
                public void run() {
                    Control next = moved.poll();
                    if (next != null && !next.isDisposed()) {
                        next.dispose();
                    }
                    if (!moved.isEmpty() && !display.isDisposed()) {
                        display.asyncExec(this); // behind whatever was posted meanwhile
                    }
                }
            });
        }
    }

    /** One hidden shell per display that holds controls waiting to be disposed; it is never shown. */
    private static Shell holder(Display display) {
        Object holder = display.getData(HOLDER_KEY);
        if (holder instanceof Shell shell && !shell.isDisposed()) {
            return shell;
        }
        Shell shell = new Shell(display, SWT.NO_TRIM);
        display.setData(HOLDER_KEY, shell);
        return shell;
    }

    /** Whether controls of {@code display} still wait to be disposed (for tests: the closed editor's widgets). */
    public static boolean isPending(Display display) {
        return display.getData(HOLDER_KEY) instanceof Shell shell && !shell.isDisposed() && shell.getChildren().length > 0;
    }
}
