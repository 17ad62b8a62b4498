package org.dovetail.edit.ui.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A text field for any EMF data type: shows the value in its literal form and converts the
 * typed text back through the data type's factory, rejecting text it cannot convert.
 */
final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;

    DataTypeCellEditor(Composite parent, EDataType type, boolean multiLine) {
        super(parent, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        this.type = type;
        // Called with the typed value by setValue and with the field's text while the user types.
        setValidator(value -> {
            if (!(value instanceof String text)) {
                return null;
            }
            try {
                fromText(text);
                return null;
            } catch (RuntimeException e) {
                return "'" + text + "' is not a valid " + type.getName() + ": " + e.getMessage();
            }
        });
    }

    @Override
    protected Object doGetValue() {
        try {
            return fromText((String) super.doGetValue());
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
    }

    private Object fromText(String text) {
        // An empty field means "no value" for everything but text.
        if (text.isEmpty() && type.getInstanceClass() != String.class) {
            return null;
        }
        return EcoreUtil.createFromString(type, text);
    }
}
