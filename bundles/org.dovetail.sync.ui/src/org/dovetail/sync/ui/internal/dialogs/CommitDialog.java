package org.dovetail.sync.ui.internal.dialogs;

import org.dovetail.edit.ui.widgets.MessageFields;
import org.dovetail.sync.ui.internal.SyncStatus;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the commit message; says what will be sent. */
public final class CommitDialog extends TitleAreaDialog {

    private final IProject project;
    private final SyncStatus status;
    private Text messageText;
    private String message;

    public CommitDialog(Shell parent, IProject project, SyncStatus status) {
        super(parent);
        this.project = project;
        this.status = status;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Commit");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Commit " + project.getName() + " to " + (status.project() == null ? "the server" : status.project()));
        // Change sets wait in the journal after an update that merged local edits, or while the server was unreachable.
        // Those an update recorded go out under the message typed here; one kept while offline keeps its own.
        String waiting = status.pending() == 0 ? ""
                : status.pending() == 1 ? "1 change set recorded earlier (before an update, or while offline) goes with it. "
                        : status.pending() + " change sets recorded earlier (before an update, or while offline) go with it. ";
        setMessage(waiting + "Your saved edits become one revision on the server; others get it with Update.");
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(form);
        new Label(form, SWT.NONE).setText("&Message (what changed and why):");
        messageText = MessageFields.keyThrough(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL));
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 110).applyTo(messageText);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Commit", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (messageText.getText().isBlank()) {
            setMessage("Say what changed: the message is what your team reads in the history.", IMessageProvider.ERROR);
            return;
        }
        message = messageText.getText().strip();
        super.okPressed();
    }

    public String message() {
        return message;
    }
}
