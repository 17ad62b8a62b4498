package org.dovetail.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.dovetail.edit.ui.widgets.MessageFields;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dialog's multi-line message field, driven by real key events: Tab leaves it for the next control without typing a
 * tab, Ctrl+Enter presses the default button, Enter starts a new line. (Before: the commit dialog's Tab typed tabs
 * into the message.)
 */
class MessageFieldsTest {

    private Shell shell;
    private Text message;
    private Button commit;
    private final AtomicInteger commits = new AtomicInteger();

    @BeforeEach
    void openDialogLikeShell() {
        shell = new Shell(Display.getCurrent(), SWT.DIALOG_TRIM);
        shell.setText("Message fields");
        shell.setLayout(new GridLayout());
        message = MessageFields.keyThrough(new Text(shell, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        commit = new Button(shell, SWT.PUSH);
        commit.setText("Commit");
        commit.addListener(SWT.Selection, e -> commits.incrementAndGet());
        shell.setDefaultButton(commit);
        shell.setSize(400, 200);
        shell.open();
        shell.forceActive();
        UiWait.processEvents();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void tabMovesToTheNextControlAndTypesNothing() {
        UiActions.type(message, "Approval threshold");
        UiActions.press(message, SWT.TAB, 0);
        UiWait.until("Tab moves the focus to the button", () -> message.getDisplay().getFocusControl() == commit, Duration.ofSeconds(10));
        assertEquals("Approval threshold", message.getText());
        UiActions.press(commit, SWT.TAB, SWT.SHIFT);
        UiWait.until("Shift+Tab comes back", () -> message.getDisplay().getFocusControl() == message, Duration.ofSeconds(10));
        assertSame(message, message.getDisplay().getFocusControl());
    }

    @Test
    void enterStartsALineAndCtrlEnterPressesTheDefaultButton() {
        UiActions.type(message, "first");
        UiActions.press(message, SWT.CR, 0);
        UiActions.type(message, "second");
        UiWait.until("Enter starts a new line", () -> message.getText().equals("first" + Text.DELIMITER + "second"),
                Duration.ofSeconds(10));
        assertEquals(0, commits.get(), "Enter alone commits nothing");
        UiActions.press(message, SWT.CR, SWT.CTRL);
        UiWait.until("Ctrl+Enter presses Commit", () -> commits.get() == 1, Duration.ofSeconds(10));
        assertEquals("first" + Text.DELIMITER + "second", message.getText(), "Ctrl+Enter types no line");
    }
}
