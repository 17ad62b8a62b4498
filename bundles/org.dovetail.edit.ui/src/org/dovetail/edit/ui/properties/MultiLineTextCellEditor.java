package org.dovetail.edit.ui.properties;

import org.dovetail.edit.ui.widgets.MessageFields;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Edits prose (descriptions, rationales, reasons) in a resizable multi-line dialog; the cell shows the first line. */
public final class MultiLineTextCellEditor extends DialogCellEditor {

    private final String title;

    MultiLineTextCellEditor(Composite parent, String title) {
        super(parent);
        this.title = title;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        TextDialog dialog = new TextDialog(cellEditorWindow.getShell(), title, (String) getValue());
        return dialog.open() == Dialog.OK ? dialog.text : null;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null) {
            String text = value == null ? "" : value.toString();
            int lineEnd = text.indexOf('\n');
            getDefaultLabel().setText(lineEnd < 0 ? text : text.substring(0, lineEnd) + " …");
        }
    }

    /** A dialog with one multi-line text field. */
    static final class TextDialog extends Dialog {

        private final String title;
        private String text;
        private Text field;

        TextDialog(Shell parent, String title, String initial) {
            super(parent);
            this.title = title;
            this.text = initial == null ? "" : initial;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            field = MessageFields.keyThrough(new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER));
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.widthHint = 480;
            data.heightHint = 200;
            field.setLayoutData(data);
            field.setText(text);
            return area;
        }

        @Override
        protected void okPressed() {
            text = field.getText();
            super.okPressed();
        }
    }
}
