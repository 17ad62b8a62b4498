package org.dovetail.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.dovetail.edit.ui.properties.DateCellEditor;
import org.dovetail.edit.ui.properties.ItemPropertyDescriptorAdapter;
import org.dovetail.edit.ui.properties.MultiLineTextCellEditor;
import org.dovetail.edit.ui.properties.ReferenceCellEditor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every editable property of the supplier invoice example gets the cell editor that fits its
 * type, and each editor gives back exactly the value it was given.
 */
class PropertyCellEditorsTest {

    private static final URI EXAMPLE = URI.createPlatformPluginURI(
            ExampleProject.EXAMPLES_BUNDLE + "/models/" + ExampleProject.SUPPLIER_INVOICE_MODEL, true);

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private Shell shell;

    @BeforeEach
    void createShell() {
        shell = new Shell();
    }

    @AfterEach
    void dispose() {
        shell.dispose();
        adapterFactory.dispose();
    }

    @Test
    void eachPropertyKindGetsAFittingEditorThatRoundTripsValues() {
        Resource model = new ResourceSetImpl().getResource(EXAMPLE, true);
        Set<String> kindsSeen = new TreeSet<>();
        Set<EClass> classesSeen = new HashSet<>();
        TreeIterator<EObject> contents = model.getAllContents();
        while (contents.hasNext()) {
            EObject object = contents.next();
            if (!classesSeen.add(object.eClass())) {
                continue; // one element of each class covers its properties
            }
            IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
                CellEditor editor = new ItemPropertyDescriptorAdapter(object, descriptor).createPropertyEditor(shell);
                try {
                    kindsSeen.add(check(object, descriptor, editor));
                } finally {
                    if (editor != null) {
                        editor.dispose();
                    }
                }
            }
        }
        assertTrue(kindsSeen.containsAll(List.of("text", "prose", "date", "boolean", "enumeration", "reference", "reference list", "read-only or many")),
                "the example exercises every kind of editor: " + kindsSeen);
    }

    private static String check(EObject object, IItemPropertyDescriptor descriptor, CellEditor editor) {
        String property = object.eClass().getName() + "." + descriptor.getDisplayName(object);
        Object feature = descriptor.getFeature(object);
        if (!descriptor.canSetProperty(object)) {
            assertNull(editor, property + " is read-only");
            return "read-only or many";
        }
        if (descriptor.isMany(object)) {
            if (feature instanceof EReference reference && !reference.isContainment()) {
                ReferenceCellEditor picker = assertInstanceOf(ReferenceCellEditor.class, editor, property);
                assertTrue(picker.isMany(), property + " picks a list");
                List<?> some = picker.choices().subList(0, Math.min(2, picker.choices().size()));
                editor.setValue(some);
                assertEquals(some, editor.getValue(), property);
                return "reference list";
            }
            assertNull(editor, property + " (contained elements) is edited in the tree");
            return "read-only or many";
        }
        if (feature instanceof EReference) {
            ReferenceCellEditor picker = assertInstanceOf(ReferenceCellEditor.class, editor, property);
            List<Object> choices = new ArrayList<>(descriptor.getChoiceOfValues(object));
            choices.remove(null);
            assertEquals(choices.size(), picker.choices().size(), property + " offers every choice");
            for (Object choice : choices) {
                editor.setValue(choice);
                assertSame(choice, editor.getValue(), property);
            }
            return "reference";
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (type instanceof EEnum enumeration) {
            assertInstanceOf(ComboBoxCellEditor.class, editor, property);
            for (EEnumLiteral literal : enumeration.getELiterals()) {
                editor.setValue(literal.getInstance());
                assertSame(literal.getInstance(), editor.getValue(), property);
            }
            return "enumeration";
        }
        if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
            assertInstanceOf(ComboBoxCellEditor.class, editor, property);
            editor.setValue(Boolean.TRUE);
            assertEquals(Boolean.TRUE, editor.getValue(), property);
            editor.setValue(Boolean.FALSE);
            assertEquals(Boolean.FALSE, editor.getValue(), property);
            return "boolean";
        }
        if (type.getInstanceClass() == Date.class) {
            assertInstanceOf(DateCellEditor.class, editor, property);
            Date day = new Date(1_700_006_400_000L);
            editor.setValue(day);
            assertEquals(day, editor.getValue(), property);
            return "date";
        }
        if (descriptor.isMultiLine(object)) {
            assertInstanceOf(MultiLineTextCellEditor.class, editor, property);
            editor.setValue("First line\nsecond line");
            assertEquals("First line\nsecond line", editor.getValue(), property);
            return "prose";
        }
        assertInstanceOf(TextCellEditor.class, editor, property);
        Object sample = sample(type.getInstanceClass());
        editor.setValue(sample);
        assertEquals(sample, editor.getValue(), property + " converts through its data type");
        if (type.getInstanceClass() != String.class) {
            ((Text) editor.getControl()).setText("certainly not a " + type.getName());
            assertFalse(editor.isValueValid(), property + " rejects text it cannot convert");
        }
        return "text";
    }

    private static Object sample(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return 42;
        }
        if (type == double.class || type == Double.class) {
            return 0.25;
        }
        if (type == Date.class) {
            return new Date(1_700_000_000_000L);
        }
        return "Invoice over 10,000";
    }
}
