package org.dovetail.rules.ui.findings;

import static org.dovetail.rules.ui.RulesUiTestSupport.awaitValidation;
import static org.dovetail.rules.ui.RulesUiTestSupport.finding;
import static org.dovetail.rules.ui.RulesUiTestSupport.named;
import static org.dovetail.rules.ui.RulesUiTestSupport.page;
import static org.dovetail.rules.ui.RulesUiTestSupport.processEvents;
import static org.dovetail.rules.ui.RulesUiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.Element;
import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.dovetail.rules.ui.RulesUi;
import org.dovetail.rules.ui.RulesUiTestSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.dovetail.workbench.ExampleProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.junit.jupiter.api.extension.ExtendWith;

/** Validate, then work with the Findings view: filter, sort, show in the editor, waive. */
@ExtendWith(ScreenshotOnFailure.class)
class FindingsViewTest {

    private static final String APPROVAL_SKIP_PATH = "workflow.approval-skip-path";

    private DovetailEditor editor;
    private ModelValidation validation;
    private FindingsView view;

    @BeforeEach
    void validateTheSupplierInvoiceModel() throws Exception {
        editor = RulesUiTestSupport.openSupplierInvoiceModel();
        page().activate(editor);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(RulesUi.VALIDATE_COMMAND_ID, null);
        view = assertInstanceOf(FindingsView.class, page().findView(RulesUi.FINDINGS_VIEW_ID), "Validate shows the Findings view");
        validation = ModelValidations.of(editor);
        awaitValidation(validation);
        processEvents();
        assertSame(validation, view.shown(), "the view shows the active editor's findings");
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        page().hideView(view);
    }

    @Test
    void listsTheFindingsOfTheModelWithTheirColumns() {
        List<String[]> rows = rows();
        assertEquals(validation.result().findings().size(), rows.size(), "one row per finding");
        String[] skip = rows.stream().filter(r -> r[1].equals(APPROVAL_SKIP_PATH)).findFirst()
                .orElseThrow(() -> new AssertionError("workflow.approval-skip-path is listed"));
        assertEquals("Error", skip[0]);
        assertTrue(skip[3].contains("Post PO-matched invoice"), "the element column names the transition: " + skip[3]);
        assertEquals("Workflow mismatch", skip[4]);
        assertEquals("Open", skip[6]);
        assertTrue(rows.stream().anyMatch(r -> r[6].startsWith("Accepted until 2027-03-31")),
                "the board's waiver on the duplicate invoice check shows with its expiry");
        assertTrue(rows.stream().filter(r -> r[6].startsWith("Accepted")).allMatch(r -> r[0].endsWith(" (accepted)")),
                "an accepted finding says so in its first column");
    }

    @Test
    void severityTogglesAndTheFilterTextNarrowTheRows() {
        int all = rows().size();
        click(view.severityButton(Severity.ERROR), false);
        assertTrue(rows().stream().noneMatch(r -> r[0].equals("Error")), "no errors once Errors is unchecked");
        assertTrue(rows().size() < all && !rows().isEmpty());
        click(view.severityButton(Severity.ERROR), true);
        assertEquals(all, rows().size());

        view.filterText().setText("rule:" + APPROVAL_SKIP_PATH);
        assertFalse(rows().isEmpty());
        assertTrue(rows().stream().allMatch(r -> r[1].equals(APPROVAL_SKIP_PATH)), "only that rule's findings");
        view.filterText().setText("governance shortfall");
        assertTrue(rows().stream().allMatch(r -> r[4].equals("Governance shortfall")), "words match the category too");
        view.filterText().setText("");
        assertEquals(all, rows().size());
    }

    @Test
    void closingTheEditorEmptiesTheViewAtTheNextTurnNotInTheClose() {
        assertFalse(rows().isEmpty());
        page().closeEditor(editor, false);
        // Emptying the table waits for a turn of its own (the close's turn is long on a large model).
        assertSame(validation, view.shown(), "still the closed editor's findings right after the close");
        processEvents();
        assertNull(view.shown(), "no editor left: nothing shown");
        assertTrue(rows().isEmpty(), "the closed model's findings are gone");
        assertEquals("Open a Dovetail model to see its findings.", view.getContentDescription());
    }

    @Test
    void clickingAColumnHeaderSortsByIt() {
        Table table = view.viewer().getTable();
        table.getColumn(1).notifyListeners(SWT.Selection, new Event());
        List<String> rules = rows().stream().map(r -> r[1]).toList();
        List<String> sorted = new ArrayList<>(rules);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, rules, "sorted by rule");
        table.getColumn(1).notifyListeners(SWT.Selection, new Event());
        assertEquals(SWT.DOWN, table.getSortDirection(), "a second click reverses");
        assertEquals(sorted.get(sorted.size() - 1), rows().get(0)[1]);
    }

    @Test
    void doubleClickSelectsTheElementInTheEditorAndTheDetailsExplain() {
        Element transition = named(editor, Element.class, "Post PO-matched invoice");
        RuleFinding skip = finding(validation, APPROVAL_SKIP_PATH, transition);
        page().activate(view);
        view.viewer().setSelection(new StructuredSelection(skip), true);
        assertTrue(view.details().getText().contains("Why it matters: " + skip.explanation()), view.details().getText());
        assertTrue(view.details().getText().contains("What to do: " + skip.remediation()));

        Table table = view.viewer().getTable();
        Event doubleClick = new Event();
        doubleClick.item = table.getSelection()[0];
        table.notifyListeners(SWT.DefaultSelection, doubleClick);

        assertSame(editor, page().getActivePart(), "the editor is activated");
        IStructuredSelection selection = editor.getViewer().getStructuredSelection();
        assertEquals(List.of(transition), selection.toList(), "the transition is selected in the tree");
        assertNotNull(editor.getViewer().testFindItem(transition), "and shown");
    }

    @Test
    void theWaiveDialogAsksForReasonExpiryAndWhoThenTheFindingShowsAsWaived() throws Exception {
        Element transition = named(editor, Element.class, "Post PO-matched invoice");
        RuleFinding skip = finding(validation, APPROVAL_SKIP_PATH, transition);
        LocalDate today = LocalDate.of(2026, 11, 23);
        WaiveDialog dialog = new WaiveDialog(view.getSite().getShell(), skip, "Transition Post PO-matched invoice", today);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Button waive = dialog.waiveButton();
            assertFalse(waive.isEnabled(), "no waiver without a reason");
            dialog.reasonField().setText("The ERP change request to remove the direct posting path is planned for Q1.");
            dialog.expiresField().setDate(2026, 10, 23);
            dialog.expiresField().notifyListeners(SWT.Selection, new Event());
            assertFalse(waive.isEnabled(), "the expiry must lie in the future");
            dialog.expiresField().setDate(2027, 2, 31);
            dialog.expiresField().notifyListeners(SWT.Selection, new Event());
            assertFalse(waive.isEnabled(), "someone must grant it");
            dialog.grantedByField().select(0);
            dialog.grantedByField().notifyListeners(SWT.Selection, new Event());
            assertTrue(waive.isEnabled());
            // The filled-in dialog, for looking at (target/screenshots).
            org.dovetail.ui.testing.UiWait.idle(java.time.Duration.ofMillis(400)); // the title area paints late
            org.dovetail.ui.testing.Screenshots.capture("waive-dialog");
            waive.notifyListeners(SWT.Selection, new Event());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertEquals(Window.OK, dialog.getReturnCode());
        view.executeWaiver(skip, dialog.values());
        assertTrue(editor.isDirty(), "the waiver is a change of the model");

        awaitValidation(validation);
        RuleFinding waived = finding(validation, APPROVAL_SKIP_PATH, transition);
        assertEquals(FindingStatus.WAIVED, waived.status());
        assertEquals(dialog.values().grantedBy(), waived.waiver().getGrantedBy());
        waitUntil("the row shows the waiver", () -> rows().stream()
                .anyMatch(r -> r[1].equals(APPROVAL_SKIP_PATH) && r[6].equals("Waived until 2027-03-31")));
        assertRowLooksWaived(APPROVAL_SKIP_PATH);

        editor.getEditingDomain().getCommandStack().undo();
        awaitValidation(validation);
        assertEquals(FindingStatus.OPEN, finding(validation, APPROVAL_SKIP_PATH, transition).status(), "undo removes the waiver");
    }

    /**
     * A waived row must not look like an open problem: "(waived)" beside the severity, a greyed severity icon, grey
     * text; and an open row keeps the full-colour icon and the default colour.
     */
    private void assertRowLooksWaived(String ruleId) {
        Table table = view.viewer().getTable();
        Image errorIcon = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
        TableItem waived = Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals(ruleId)).findFirst().orElseThrow();
        assertEquals("Error (waived)", waived.getText(0));
        assertNotNull(waived.getImage(0), "the waived row keeps a severity icon");
        assertNotSame(errorIcon, waived.getImage(0), "the waived row's icon is greyed, not the open error's");
        assertEquals(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY).getRGB(), waived.getForeground(1).getRGB(), "grey text");
        TableItem open = Arrays.stream(table.getItems()).filter(i -> i.getText(6).equals("Open"))
                .findFirst().orElseThrow(() -> new AssertionError("an open finding remains"));
        List<Image> severityIcons = List.of(ISharedImages.IMG_OBJS_ERROR_TSK, ISharedImages.IMG_OBJS_WARN_TSK, ISharedImages.IMG_OBJS_INFO_TSK)
                .stream().map(PlatformUI.getWorkbench().getSharedImages()::getImage).toList();
        assertTrue(severityIcons.contains(open.getImage(0)), "an open finding keeps its full-colour severity icon");
        assertEquals(table.getForeground().getRGB(), open.getForeground(1).getRGB(), "an open row keeps the default colour");
    }

    /**
     * The view looks at an activated editor a turn later; an editor closed before that turn must not get a validation
     * (nothing would end it: it kept the whole model and ran every full validation again, until the heap was full).
     */
    @Test
    void anEditorClosedBeforeTheViewLooksAtItGetsNoValidation() throws Exception {
        page().closeAllEditors(false);
        processEvents();
        DovetailEditor closed = (DovetailEditor) IDE.openEditor(page(), ExampleProject.supplierInvoiceModel(), true);
        assertTrue(page().closeEditor(closed, false));
        processEvents();
        assertTrue(ModelValidations.all().stream().noneMatch(v -> v.editor() == closed), "no validation of a closed editor");
        assertNull(view.shown(), "the view shows nothing once its editor is closed");
        assertNull(ModelValidations.ofPart(closed));
        assertThrows(IllegalArgumentException.class, () -> ModelValidations.of(closed));
    }

    private static void click(ToolItem button, boolean selected) {
        button.setSelection(selected);
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The texts of the table's rows, column by column. */
    private List<String[]> rows() {
        Table table = view.viewer().getTable();
        List<String[]> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            String[] row = new String[table.getColumnCount()];
            Arrays.setAll(row, item::getText);
            rows.add(row);
        }
        return rows;
    }
}
