package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.editor.DovetailEditor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opens the supplier invoice example in the tree editor and checks what the user sees. */
@ExtendWith(ScreenshotOnFailure.class)
class DovetailEditorTest {

    private DovetailEditor editor;

    @BeforeEach
    void openSupplierInvoiceModel() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        editor = assertInstanceOf(DovetailEditor.class,
                IDE.openEditor(page(), ExampleProject.supplierInvoiceModel(), true),
                "*.dovetail files open in the Dovetail editor");
        UiWait.processEvents();
    }

    @AfterEach
    void closeWithoutSaving() {
        page().closeAllEditors(false);
    }

    @Test
    void treeShowsTheModelRootWithItsProcessAndSteps() {
        Tree tree = editor.getViewer().getTree();
        assertEquals(1, tree.getItemCount(), "one root: the model");
        // The label comes from the model's item provider (type and name), not from toString().
        assertEquals("Model Supplier invoice approval", tree.getItem(0).getText());
        assertNotNull(tree.getItem(0).getImage(), "the root has its icon");

        editor.getViewer().expandAll();
        List<String> labels = Widgets.treeTexts(tree, 0);
        // Type and name, as the model's item providers put them (domain.md's supplier invoice scenario).
        for (String expected : List.of("Process Supplier invoice approval", "Task Register invoice", "Approval First approval",
                "Approval Second approval")) {
            assertTrue(labels.contains(expected), expected + " is shown; the tree shows " + labels.size() + " items");
        }
    }

    @Test
    void propertiesViewShowsThePropertiesOfTheSelectedElement() throws Exception {
        PropertySheet sheet = assertInstanceOf(PropertySheet.class, page().showView(IPageLayout.ID_PROP_SHEET));
        page().activate(editor);
        EObject step = first("Step");
        editor.getViewer().setSelection(new StructuredSelection(step), true);

        PropertySheetPage propertiesPage = assertInstanceOf(PropertySheetPage.class, sheet.getCurrentPage());
        Tree properties = (Tree) propertiesPage.getControl();
        UiWait.until("the Properties view shows the step's name", () -> Widgets.rows(properties).stream()
                .anyMatch(row -> row[0].equals("Name") && row[1].equals(name(step))));
        assertTrue(Widgets.rows(properties).stream().anyMatch(row -> row[0].equals("Id") && !row[1].isEmpty()),
                "the step's UUID is shown");
    }

    @Test
    void renamingThroughThePropertySourceIsAnUndoableCommand() throws Exception {
        EObject process = first("Process");
        String original = name(process);
        IPropertySource source = propertySource(process);
        Object nameId = Arrays.stream(source.getPropertyDescriptors())
                .filter(descriptor -> descriptor.getDisplayName().equals("Name"))
                .map(IPropertyDescriptor::getId).findFirst().orElseThrow();

        source.setPropertyValue(nameId, "Renamed process");
        assertEquals("Renamed process", name(process));
        assertTrue(editor.isDirty(), "a change makes the editor dirty");
        editor.getViewer().expandAll();
        UiWait.until("the tree shows the new name",
                () -> Widgets.treeTexts(editor.getViewer().getTree(), 0).contains("Process Renamed process"));

        page().activate(editor);
        handlers().executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(original, name(process), "Edit > Undo restores the name");
        assertFalse(editor.isDirty(), "undoing the only change leaves the editor clean");
    }

    @Test
    void editDeleteRemovesTheSelectedStepAndUndoBringsItBack() throws Exception {
        EObject step = first("Step");
        EObject process = step.eContainer();
        page().activate(editor);
        editor.getViewer().setSelection(new StructuredSelection(step), true);

        // The step is referenced (flows, mappings): the delete says so first, and goes ahead when confirmed.
        DialogAnswer confirm = DialogAnswer.when("Delete", shell -> UiActions.click(Widgets.button(shell, "Delete")));
        handlers().executeCommand("org.eclipse.ui.edit.delete", null);
        confirm.assertAnswered();
        assertTrue(confirm.seenText().contains("References removed"), confirm.seenText());
        assertNull(step.eContainer(), "the step is gone from its process");
        UiWait.until("the tree no longer shows the step", () -> editor.getViewer().testFindItem(step) == null);

        handlers().executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(process, step.eContainer(), "Undo puts the step back");
        assertFalse(editor.isDirty());
    }

    @Test
    void newChildMenuOffersTheChildrenTheModelAllows() {
        EObject process = first("Process");
        editor.getViewer().setSelection(new StructuredSelection(process), true);
        Menu menu = editor.getViewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> newChildren = Arrays.stream(menu.getItems())
                .filter(item -> item.getText().replace("&", "").equals("New Child"))
                .flatMap(item -> Arrays.stream(item.getMenu().getItems()))
                .map(MenuItem::getText).toList();
        assertTrue(newChildren.stream().anyMatch(text -> text.contains("Approval")), "a process can get an approval step: " + newChildren);
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static IHandlerService handlers() {
        return PlatformUI.getWorkbench().getService(IHandlerService.class);
    }

    private IPropertySource propertySource(EObject object) {
        AdapterFactoryEditingDomain domain = (AdapterFactoryEditingDomain) editor.getEditingDomain();
        return new AdapterFactoryContentProvider(domain.getAdapterFactory()).getPropertySource(object);
    }

    /** The first element of the model whose class is, or extends, the named class. */
    private EObject first(String className) {
        TreeIterator<EObject> contents = editor.getResource().getAllContents();
        while (contents.hasNext()) {
            EObject object = contents.next();
            EClass eClass = object.eClass();
            if (eClass.getName().equals(className)
                    || eClass.getEAllSuperTypes().stream().anyMatch(type -> type.getName().equals(className))) {
                return object;
            }
        }
        throw new AssertionError("The example model has no " + className);
    }

    private static String name(EObject object) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        return (String) object.eGet(name);
    }
}
