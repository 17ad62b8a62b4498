package org.dovetail.edit.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * A multi-line message field of a dialog (commit message, waiver reason, project description) that keys through as
 * a single-line one does: Tab and Shift+Tab move to the next or previous control instead of typing a tab (which a
 * message never wants: it was typed by someone reaching for the Commit button), and Ctrl+Enter presses the dialog's
 * default button. Enter still starts a new line. SWT leaves both keys to the text in a multi-line field; a traverse
 * listener that lets the traversal happen is SWT's own way to change that.
 */
public final class MessageFields {

    private MessageFields() {
    }

    /** Makes {@code field} key through as described above; returns it. */
    public static Text keyThrough(Text field) {
        field.addTraverseListener(event -> {
            boolean tab = event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS;
            boolean ctrlEnter = event.detail == SWT.TRAVERSE_RETURN && (event.stateMask & SWT.MOD1) != 0;
            if (tab || ctrlEnter) {
                event.doit = true;
            }
        });
        return field;
    }
}
