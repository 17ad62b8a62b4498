package org.dovetail.edit.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses the cell editor for a property: a combo for a choice of values (single references,
 * enumerations, booleans), a text field for any other data type; none for read-only and
 * multi-valued properties.
 */
final class CellEditorFactory {

    private CellEditorFactory() {
    }

    static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor descriptor) {
        if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
            return null;
        }
        ILabelProvider labels = new PropertyValueLabelProvider(descriptor.getLabelProvider(object));
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            List<Object> values = new ArrayList<>(choices);
            if (descriptor.isSortChoices(object)) {
                values.sort(Comparator.comparing(labels::getText, String.CASE_INSENSITIVE_ORDER));
            }
            return new ObjectComboBoxCellEditor(parent, values, labels);
        }
        if (!(descriptor.getFeature(object) instanceof EAttribute attribute)) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum enumeration) {
            List<Object> literals = new ArrayList<>();
            for (EEnumLiteral literal : enumeration.getELiterals()) {
                literals.add(literal.getInstance());
            }
            return new ObjectComboBoxCellEditor(parent, literals, labels);
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == Boolean.class || instanceClass == boolean.class) {
            return new ObjectComboBoxCellEditor(parent, List.of(Boolean.FALSE, Boolean.TRUE), labels);
        }
        return new DataTypeCellEditor(parent, type, descriptor.isMultiLine(object));
    }
}
