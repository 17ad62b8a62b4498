package org.dovetail.editor.actions;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;

/** Lists what a delete will remove (elements, their contents, references to them) and asks to go ahead. */
final class DeleteConfirmationDialog extends TitleAreaDialog {

    static final String TITLE = "Delete";

    private final DeletePreview preview;

    DeleteConfirmationDialog(Shell parent, DeletePreview preview) {
        super(parent);
        this.preview = preview;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Delete " + (preview.selected().size() == 1 ? preview.selected().get(0) : preview.selected().size() + " elements") + "?");
        setMessage("Deleting removes " + count(preview.contents().size(), "contained element") + " and "
                + count(preview.references().size(), "reference") + " from other elements as well. Undo brings everything back.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite lists = new Composite(area, SWT.NONE);
        lists.setLayout(new GridLayout(1, false));
        lists.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        section(lists, "Elements to delete:", preview.selected());
        if (!preview.contents().isEmpty()) {
            section(lists, "Contained elements deleted with them:", preview.contents());
        }
        if (!preview.references().isEmpty()) {
            section(lists, "References removed (element · reference → deleted element):", preview.references());
        }
        return area;
    }

    private static void section(Composite parent, String heading, java.util.List<String> lines) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(heading);
        List list = new List(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = Math.min(8, Math.max(2, lines.size())) * 18;
        data.widthHint = 560;
        list.setLayoutData(data);
        list.setItems(lines.toArray(String[]::new));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Delete", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
