package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.editor.TreeSearch;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Step;
import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Copy and paste, delete with references, search, the overview page: as a user does them, through Edit commands. */
@ExtendWith(ScreenshotOnFailure.class)
class EditorFlowsTest {

    private DovetailEditor editor;

    @BeforeEach
    void openSupplierInvoiceModel() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), ExampleProject.supplierInvoiceModel(), true));
        page().activate(editor);
        UiWait.processEvents();
    }

    @AfterEach
    void closeWithoutSaving() {
        page().closeAllEditors(false);
    }

    @Test
    void copyAndPasteGivesACopyWithItsOwnIdentityAndUndoTakesItAway() throws Exception {
        Step step = first(Step.class);
        Process process = (Process) step.eContainer();
        int before = process.getSteps().size();

        select(step);
        run("org.eclipse.ui.edit.copy");
        assertFalse(editor.isDirty(), "copying changes nothing");
        select(process);
        run("org.eclipse.ui.edit.paste");

        assertEquals(before + 1, process.getSteps().size(), "the process has one step more");
        Step copy = process.getSteps().get(before);
        assertEquals(step.getName(), copy.getName());
        assertNotNull(copy.getId());
        assertNotEquals(step.getId(), copy.getId(), "a pasted copy is a new element with its own UUID");
        UiWait.until("the tree shows the copy", () -> editor.getViewer().testFindItem(copy) != null);
        assertTrue(editor.isDirty());

        run("org.eclipse.ui.edit.undo");
        assertEquals(before, process.getSteps().size(), "Undo takes the copy away");
        assertFalse(editor.isDirty());
    }

    @Test
    void dragAndDropMovesEvidenceToAnotherStepAndCopiesAStepUndoRevertsBoth() throws Exception {
        EvidenceRequirement evidence = first(EvidenceRequirement.class);
        Step owner = (Step) evidence.eContainer();
        Process process = (Process) owner.eContainer();
        Step other = process.getSteps().stream().filter(step -> step != owner).findFirst().orElseThrow();

        assertTrue(editor.getTreePage().drop(List.of(evidence), other, DND.DROP_MOVE), "evidence can be dropped on a step");
        assertSame(other, evidence.eContainer(), "the drop moved the evidence");
        assertFalse(owner.getEvidence().contains(evidence));
        assertFalse(editor.getTreePage().drop(List.of(process), other, DND.DROP_MOVE), "a process does not go into a step");

        int steps = process.getSteps().size();
        assertTrue(editor.getTreePage().drop(List.of(other), process, DND.DROP_COPY));
        assertEquals(steps + 1, process.getSteps().size(), "a copy of the step is added to the process");
        assertNotEquals(other.getId(), process.getSteps().get(steps).getId(), "with its own identity");

        run("org.eclipse.ui.edit.undo");
        run("org.eclipse.ui.edit.undo");
        assertEquals(steps, process.getSteps().size());
        assertSame(owner, evidence.eContainer(), "Undo puts the evidence back");
        assertFalse(editor.isDirty());
    }

    @Test
    void deleteListsTheReferencesItRemovesCancelKeepsThemConfirmRemovesThemUndoRestores() throws Exception {
        StepStateMapping mapping = first(StepStateMapping.class);
        Step step = mapping.getStep();
        Process process = (Process) step.eContainer();
        select(step);

        DialogAnswer cancel = DialogAnswer.when("Delete", shell -> UiActions.click(Widgets.button(shell, "Cancel")));
        run("org.eclipse.ui.edit.delete");
        cancel.assertAnswered();
        assertTrue(cancel.seenText().contains("step → "), "the dialog lists the mapping's reference: " + cancel.seenText());
        assertSame(process, step.eContainer(), "Cancel deletes nothing");
        assertSame(step, mapping.getStep());
        assertFalse(editor.isDirty());

        select(step);
        DialogAnswer confirm = DialogAnswer.when("Delete", shell -> UiActions.click(Widgets.button(shell, "Delete")));
        run("org.eclipse.ui.edit.delete");
        confirm.assertAnswered();
        assertNull(step.eContainer(), "the step is deleted");
        assertNull(mapping.getStep(), "the mapping no longer refers to it");

        run("org.eclipse.ui.edit.undo");
        assertSame(process, step.eContainer());
        assertSame(step, mapping.getStep(), "Undo restores the reference too");
    }

    @Test
    void searchNarrowsTheTreeToMatchesAndTheirAncestorsEnterSelectsTheNext() {
        TreeSearch search = editor.getTreePage().search();
        UiActions.setText(search.field(), "approval");
        UiWait.until("the search ran", () -> !search.matches().isEmpty());
        for (EObject match : search.matches()) {
            assertTrue(editor.getTreePage().search().matches().contains(match));
        }
        List<String> shown = Widgets.treeTexts(editor.getViewer().getTree(), 0);
        assertTrue(shown.contains("Approval First approval"), shown.toString());
        assertFalse(shown.contains("Task Register invoice"), "a step that does not match is hidden: " + shown);
        assertTrue(shown.stream().allMatch(text -> text.toLowerCase(Locale.ROOT).contains("approval") || !text.startsWith("Task ")));

        UiActions.press(search.field(), SWT.CR, 0);
        Object selected = ((IStructuredSelection) editor.getViewer().getSelection()).getFirstElement();
        assertSame(search.matches().get(0), selected, "Enter selects the first match");

        UiActions.setText(search.field(), "");
        UiWait.until("the filter is gone", () -> editor.getViewer().getFilters().length == 0);
    }

    @Test
    void overviewSummarisesTheModelAndItsMappingCoverage() {
        editor.showPage(DovetailEditor.OVERVIEW_PAGE);
        UiWait.until("the overview has counted the model", () -> !editor.getOverviewPage().isRefreshing());
        List<String> texts = Widgets.all(editor.getOverviewPage().form(), Label.class, label -> true).stream().map(Label::getText).toList();
        int steps = (int) count(Step.class);
        int index = texts.indexOf("Steps");
        assertTrue(index >= 0, "the overview counts steps: " + texts);
        assertEquals(String.valueOf(steps), texts.get(index + 1));
        Label stepCount = Widgets.all(editor.getOverviewPage().form(), Label.class, label -> true).get(index + 1);
        org.eclipse.swt.graphics.Rectangle shown = stepCount.getDisplay().map(stepCount, editor.getOverviewPage().form(), 0, 0,
                stepCount.getSize().x, stepCount.getSize().y);
        assertTrue(stepCount.isVisible() && shown.width > 0 && shown.height > 0
                && editor.getOverviewPage().form().getClientArea().intersects(shown), "laid out where it shows: " + shown);
        assertTrue(texts.stream().anyMatch(text -> text.matches("\\d+/\\d+ mapped \\(\\d+ %\\)")), "coverage per process: " + texts);
    }

    @Test
    void overviewFollowsAnEditByRelabellingItsRows() {
        editor.showPage(DovetailEditor.OVERVIEW_PAGE);
        UiWait.until("the overview has counted the model", () -> !editor.getOverviewPage().isRefreshing());
        List<Label> before = Widgets.all(editor.getOverviewPage().form(), Label.class, label -> true);
        Label steps = before.get(before.stream().map(Label::getText).toList().indexOf("Steps") + 1);
        int count = (int) count(Step.class);
        Step step = first(Step.class);

        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.DeleteCommand.create(editor.getEditingDomain(),
                step));
        UiWait.until("the overview has counted the edit", () -> !editor.getOverviewPage().isRefreshing()
                && steps.getText().equals(String.valueOf(count - 1)));
        assertEquals(before, Widgets.all(editor.getOverviewPage().form(), Label.class, label -> true),
                "the same rows, relabelled: rebuilding the form on every edit paused a large model's window");
        assertFalse(steps.isDisposed());

        editor.getEditingDomain().getCommandStack().undo();
        UiWait.until("the overview has counted the undo", () -> !editor.getOverviewPage().isRefreshing()
                && steps.getText().equals(String.valueOf(count)));
    }

    @Test
    void f2RenamesInPlaceEnterKeepsEscapeLeavesUndoRestores() throws Exception {
        Step step = first(Step.class);
        String before = step.getName();
        select(step);
        Tree tree = editor.getViewer().getTree();

        UiActions.press(tree, SWT.F2, 0);
        Text field = nameField(tree);
        assertEquals(before, field.getText(), "the field holds the name, not the label");
        UiActions.press(field, SWT.ESC, 0);
        UiWait.until("Escape closes the field", () -> !editor.getRenameAction().isEditing());
        assertEquals(before, step.getName(), "Escape leaves the name");
        assertFalse(editor.isDirty());

        UiActions.press(tree, SWT.F2, 0);
        field = nameField(tree);
        UiActions.setText(field, "Register and scan invoice");
        UiActions.press(field, SWT.CR, 0);
        UiWait.until("Enter closes the field", () -> !editor.getRenameAction().isEditing());
        assertEquals("Register and scan invoice", step.getName());
        assertTrue(editor.isDirty());
        assertSame(tree, tree.getDisplay().getFocusControl(), "the tree has the focus back");

        run("org.eclipse.ui.edit.undo");
        assertEquals(before, step.getName(), "one undo restores the name");
    }

    /** The name field F2 opened over the selected row. */
    private Text nameField(Tree tree) {
        UiWait.until("F2 opens a name field in the tree", () -> editor.getRenameAction().isEditing());
        for (Control child : tree.getChildren()) {
            if (child instanceof Text text && !text.isDisposed()) {
                return text;
            }
        }
        throw new AssertionError("no name field among the tree's children");
    }

    private void select(Object element) {
        editor.getViewer().setSelection(new StructuredSelection(element), true);
        UiWait.processEvents();
    }

    private static void run(String commandId) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        UiWait.processEvents();
    }

    private <T> T first(Class<T> type) {
        for (TreeIterator<EObject> all = editor.getResource().getAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        throw new AssertionError("The example has no " + type.getSimpleName());
    }

    private long count(Class<?> type) {
        long n = 0;
        for (TreeIterator<EObject> all = editor.getResource().getAllContents(); all.hasNext();) {
            if (type.isInstance(all.next())) {
                n++;
            }
        }
        return n;
    }
}
