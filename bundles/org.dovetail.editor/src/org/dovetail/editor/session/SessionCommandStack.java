package org.dovetail.editor.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The session's command stack. While a worker writes the model's files ({@link ModelSession#save}), what is executed,
 * undone or redone is held and done, in order, when the write ends: the model stays still under the writer, and
 * nothing typed meanwhile is lost (it makes the model dirty again once done). UI thread only.
 */
final class SessionCommandStack extends BasicCommandStack {

    private boolean holding;
    private final List<Runnable> held = new ArrayList<>();

    /** From now on, changes wait. */
    void hold() {
        holding = true;
    }

    /** Does what waited, in order; from now on, changes are done at once. */
    void release() {
        holding = false;
        List<Runnable> waiting = List.copyOf(held);
        held.clear();
        waiting.forEach(Runnable::run);
    }

    /** Forgets what waited too: the session closed. */
    @Override
    public void flush() {
        held.clear();
        super.flush();
    }

    boolean isHolding() {
        return holding;
    }

    @Override
    public void execute(Command command) {
        doOrHold(() -> SessionCommandStack.super.execute(command));
    }

    @Override
    public void undo() {
        doOrHold(SessionCommandStack.super::undo);
    }

    @Override
    public void redo() {
        doOrHold(SessionCommandStack.super::redo);
    }

    private void doOrHold(Runnable change) {
        if (holding) {
            held.add(change);
        } else {
            change.run();
        }
    }
}
