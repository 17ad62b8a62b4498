package org.dovetail.edit.ui.properties;

import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Edits a reference with a {@link ChoiceDialog}: one element, or (for a many-valued reference) a list. The cell
 * shows the current value; the button opens the picker, which scales to thousands of candidates.
 */
public final class ReferenceCellEditor extends DialogCellEditor {

    private final String title;
    private final List<?> choices;
    private final ILabelProvider labels;
    private final boolean many;

    ReferenceCellEditor(Composite parent, String title, List<?> choices, ILabelProvider labels, boolean many) {
        super(parent);
        this.title = title;
        this.choices = choices;
        this.labels = labels;
        this.many = many;
    }

    /** The candidates the picker offers. */
    public List<?> choices() {
        return choices;
    }

    public boolean isMany() {
        return many;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        ChoiceDialog dialog = new ChoiceDialog(cellEditorWindow.getShell(), title, choices, labels, many, getValue());
        int code = dialog.open();
        if (code == ChoiceDialog.CLEAR_ID) {
            markDirty();
            doSetValue(null);
            fireApplyEditorValue();
            return null;
        }
        if (code != Window.OK) {
            return null;
        }
        List<Object> chosen = dialog.chosen();
        return many ? chosen : chosen.isEmpty() ? null : chosen.get(0);
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() == null) {
            return;
        }
        if (value instanceof Collection<?> values) {
            getDefaultLabel().setText(values.stream().map(labels::getText).reduce((a, b) -> a + ", " + b).orElse(""));
        } else {
            getDefaultLabel().setText(value == null ? "" : labels.getText(value));
        }
    }
}
