package org.dovetail.edit.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses the cell editor for a property: a filtered picker for references (one element, or check boxes for a list),
 * a combo for enumerations and booleans, a calendar for dates, a multi-line dialog for prose, a text field for any
 * other data type; none for read-only properties and lists of contained elements.
 */
final class CellEditorFactory {

    private CellEditorFactory() {
    }

    static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor descriptor) {
        if (!descriptor.canSetProperty(object)) {
            return null;
        }
        ILabelProvider labels = new PropertyValueLabelProvider(descriptor.getLabelProvider(object));
        Object feature = descriptor.getFeature(object);
        String title = descriptor.getDisplayName(object);
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (descriptor.isMany(object)) {
            // Many-valued cross references get the picker with check boxes; other lists are edited in the tree.
            return feature instanceof EReference reference && !reference.isContainment() && choices != null
                    ? new ReferenceCellEditor(parent, title, sorted(choices, labels, descriptor, object), labels, true)
                    : null;
        }
        if (choices != null) {
            List<Object> values = sorted(choices, labels, descriptor, object);
            return feature instanceof EReference
                    ? new ReferenceCellEditor(parent, title, values, labels, false)
                    : new ObjectComboBoxCellEditor(parent, values, labels);
        }
        if (!(feature instanceof EAttribute attribute)) {
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
        if (instanceClass == Date.class) {
            return new DateCellEditor(parent, title);
        }
        if (instanceClass == String.class && descriptor.isMultiLine(object)) {
            return new MultiLineTextCellEditor(parent, title);
        }
        return new DataTypeCellEditor(parent, type, false);
    }

    private static List<Object> sorted(Collection<?> choices, ILabelProvider labels, IItemPropertyDescriptor descriptor, Object object) {
        List<Object> values = new ArrayList<>();
        for (Object choice : choices) {
            if (choice != null) {
                values.add(choice);
            }
        }
        if (descriptor.isSortChoices(object)) {
            values.sort(Comparator.comparing(labels::getText, String.CASE_INSENSITIVE_ORDER));
        }
        return values;
    }
}
