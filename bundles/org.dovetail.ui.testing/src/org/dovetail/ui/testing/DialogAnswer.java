package org.dovetail.ui.testing;

import java.time.Duration;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal dialog that an action is about to open: the dialog runs its own event loop, so the answer is
 * scheduled before the action with {@link #when(String, Consumer)} and polls from inside that loop until a shell with
 * the title shows, then hands it to the answer (which presses a button, say). {@link #assertAnswered()} afterwards
 * fails if the dialog never came or the answer threw.
 */
public final class DialogAnswer {

    private static final int POLL_MS = 50;

    private final String title;
    private final Consumer<Shell> answer;
    private final long deadline;
    private boolean answered;
    private String seenText;
    private Throwable failure;

    private DialogAnswer(String title, Consumer<Shell> answer, Duration timeout) {
        this.title = title;
        this.answer = answer;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** Answers the next shell titled {@code title} within {@link UiWait#DEFAULT_TIMEOUT}. */
    public static DialogAnswer when(String title, Consumer<Shell> answer) {
        DialogAnswer pending = new DialogAnswer(title, answer, UiWait.DEFAULT_TIMEOUT);
        pending.poll(UiWait.display());
        return pending;
    }

    private void poll(Display display) {
        display.timerExec(POLL_MS, () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    answered = true;
                    seenText = describe(shell);
                    try {
                        answer.accept(shell);
                    } catch (Throwable e) {
                        failure = e;
                        shell.close();
                    }
                    return;
                }
            }
            if (System.nanoTime() < deadline) {
                poll(display);
            }
        });
    }

    /** Fails unless the dialog came and the answer ran without failing. */
    public void assertAnswered() {
        if (failure != null) {
            throw new AssertionError("Answering the dialog '" + title + "' failed", failure);
        }
        if (!answered) {
            throw new AssertionError("The dialog '" + title + "' never opened");
        }
    }

    public boolean answered() {
        return answered;
    }

    /** The texts of the dialog's labels, lists and tables when it was answered (for assertions on what it said). */
    public String seenText() {
        return seenText;
    }

    private static String describe(Shell shell) {
        StringBuilder text = new StringBuilder(shell.getText()).append('\n');
        for (var label : Widgets.all(shell, org.eclipse.swt.widgets.Label.class, l -> true)) {
            text.append(label.getText()).append('\n');
        }
        for (var list : Widgets.all(shell, org.eclipse.swt.widgets.List.class, l -> true)) {
            text.append(String.join("\n", list.getItems())).append('\n');
        }
        for (var field : Widgets.all(shell, org.eclipse.swt.widgets.Text.class, l -> true)) {
            text.append(field.getText()).append('\n');
        }
        for (var table : Widgets.all(shell, org.eclipse.swt.widgets.Table.class, l -> true)) {
            for (var item : table.getItems()) {
                text.append(item.getText()).append('\n');
            }
        }
        return text.toString();
    }
}
