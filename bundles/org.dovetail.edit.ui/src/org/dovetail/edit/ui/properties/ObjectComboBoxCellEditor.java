package org.dovetail.edit.ui.properties;

import java.util.List;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only combo whose value is one of a list of objects rather than an item index. */
final class ObjectComboBoxCellEditor extends ComboBoxCellEditor {

    private final List<?> values;

    ObjectComboBoxCellEditor(Composite parent, List<?> values, ILabelProvider labels) {
        super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
        this.values = values;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        return index >= 0 && index < values.size() ? values.get(index) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(values.indexOf(value));
    }
}
