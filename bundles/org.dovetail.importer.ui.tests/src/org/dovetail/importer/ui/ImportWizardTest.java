package org.dovetail.importer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Process;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.LogFormat;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.Screenshots;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.dovetail.workbench.ExampleProject;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizards end to end on the supplier invoice example: a BPMN process through preview to Finish (one undo
 * step, the new process selected), and an XES log whose reading is canceled (nothing changes) and then done.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ImportWizardTest {

    private static final Path MIWG = Path.of("../org.dovetail.importer.tests/data/bpmn-miwg").toAbsolutePath().normalize();

    private DovetailEditor editor;
    private DovetailModel model;

    @BeforeEach
    void openExample() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        editor = (DovetailEditor) IDE.openEditor(UiWait.page(), ExampleProject.supplierInvoiceModel(), true);
        UiWait.processEvents();
        model = (DovetailModel) editor.getResource().getContents().get(0);
    }

    @AfterEach
    void closeWithoutSaving() {
        UiWait.page().closeAllEditors(false);
        UiWait.processEvents();
    }

    @Test
    void bpmnProcessThroughPreviewToOneUndoStep() throws Exception {
        int processesBefore = model.getProcessDomain().getProcesses().size();
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        WizardDialog dialog = open("org.dovetail.importer.ui.bpmn");
        Shell shell = dialog.getShell();
        ModelImportWizard wizard = (ModelImportWizard) dialog.getCurrentPage().getWizard();
        assertFalse(Widgets.button(shell, "Next >").isEnabled(), "no file chosen yet");
        UiActions.setText(Widgets.labelled(shell, Text.class, "File"), MIWG.resolve("C.2.0.bpmn").toString());
        assertTrue(Widgets.button(shell, "Next >").isEnabled(), dialog.getCurrentPage().getErrorMessage());
        Screenshots.capture("import-bpmn-source");

        UiActions.click(Widgets.button(shell, "Next >"));
        UiWait.until("the preview page", () -> dialog.getCurrentPage() == wizard.previewPage());
        Table table = wizard.previewPage().table();
        List<String[]> rows = rows(table);
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("Add") && r[1].equals("Process")), "the process is added");
        assertTrue(rows.stream().filter(r -> r[0].equals("Add") && (r[1].equals("Task") || r[1].equals("Decision") || r[1].equals("Handoff"))).count() == 19,
                "C.2.0 has 11 tasks, 3 decisions and 5 handoffs");
        assertEquals(processesBefore, model.getProcessDomain().getProcesses().size(), "the preview changes nothing");
        shell.setSize(900, 700);
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("import-bpmn-preview");

        UiActions.click(Widgets.button(shell, "Finish"));
        UiWait.until("the wizard closed", shell::isDisposed);
        assertEquals(processesBefore + 1, model.getProcessDomain().getProcesses().size());
        Process imported = (Process) wizard.result().focus();
        assertEquals(19, imported.getSteps().size());
        UiWait.until("the new process is selected", () -> ((IStructuredSelection) editor.getViewer().getSelection()).getFirstElement() == imported);
        IStructuredSelection selection = (IStructuredSelection) editor.getViewer().getSelection();
        assertTrue(selection.size() > 10, "and its new elements with it");
        assertTrue(stack.getUndoCommand().getLabel().startsWith("Import BPMN C.2.0.bpmn"));
        org.eclipse.swt.widgets.Tree tree = editor.getViewer().getTree();
        tree.setTopItem(tree.getSelection()[0]); // the imported process at the top, its steps below it
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("import-bpmn-editor");

        stack.undo();
        assertEquals(processesBefore, model.getProcessDomain().getProcesses().size(), "one undo removes the whole import");
        assertNull(imported.eResource(), "the process is out of the model");
        stack.redo();
        assertSame(model.getProcessDomain(), imported.eContainer());
        assertEquals(19, imported.getSteps().size());
        editor.getViewer().setSelection(new StructuredSelection(imported), true);
    }

    @Test
    void xesLogCanceledChangesNothingThenImports(@TempDir Path dir) throws Exception {
        Path big = bigLog(dir.resolve("big.xes"), 400_000);
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        boolean couldUndo = stack.canUndo();
        WizardDialog dialog = open("org.dovetail.importer.ui.xes");
        Shell shell = dialog.getShell();
        ModelImportWizard wizard = (ModelImportWizard) dialog.getCurrentPage().getWizard();
        wizard.sourcePage().selectProcess("Supplier invoice approval");
        UiActions.setText(Widgets.labelled(shell, Text.class, "File"), big.toString());
        boolean[] canceled = { false };
        // Cancel as soon as the background job reads: the wizard's Cancel button stops it.
        Runnable cancelWhenRunning = new Runnable() {
            @Override
            public void run() {
                if (shell.isDisposed() || canceled[0]) {
                    return;
                }
                if (ModelImportWizard.running()) {
                    try {
                        Screenshots.capture("import-xes-progress");
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    canceled[0] = true;
                    // The progress bar's stop button, as a user presses it (JFace's wizard cancels through it).
                    ToolBar stop = Widgets.find(shell, ToolBar.class, bar -> bar.getParent() instanceof ProgressMonitorPart, "the progress part's stop button");
                    stop.getItem(0).notifyListeners(SWT.Selection, new Event());
                } else {
                    shell.getDisplay().timerExec(20, this);
                }
            }
        };
        shell.getDisplay().timerExec(20, cancelWhenRunning);
        UiActions.click(Widgets.button(shell, "Next >"));
        UiWait.until("the read stopped", () -> !ModelImportWizard.running() && canceled[0]);
        UiWait.processEvents();
        assertFalse(shell.isDisposed(), "Cancel during the read stops the read, not the wizard");
        assertSame(wizard.sourcePage(), dialog.getCurrentPage());
        assertEquals("Import canceled: nothing was changed.", dialog.getCurrentPage().getErrorMessage());
        assertTrue(model.getWorkAsDone() == null || model.getWorkAsDone().getEventLogs().stream().noneMatch(l -> l.getSource().equals("big.xes")));
        assertEquals(couldUndo, stack.canUndo(), "no command was run");

        Path small = smallLog(dir.resolve("invoices.xes"));
        UiActions.setText(Widgets.labelled(shell, Text.class, "File"), small.toString());
        UiActions.click(Widgets.button(shell, "Next >"));
        UiWait.until("the preview page", () -> dialog.getCurrentPage() == wizard.previewPage());
        assertTrue(rows(wizard.previewPage().table()).stream().anyMatch(r -> r[1].equals("Deviation") && r[2].equals("unmodelled")),
                "the phone call is not in the model");
        assertTrue(wizard.previewPage().notesText().contains("Warning: " + small + ":3:"), "the undeclared concept: prefix is a warning, listed: "
                + wizard.previewPage().notesText());
        shell.setSize(900, 700);
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("import-xes-preview");
        UiActions.click(Widgets.button(shell, "Finish"));
        UiWait.until("the wizard closed", shell::isDisposed);
        EventLog log = (EventLog) wizard.result().focus();
        assertNotNull(log);
        assertEquals(3, log.getCaseCount());
        assertEquals("Supplier invoice approval", log.getProcess().getName());
        assertTrue(log.getDeviations().size() >= 2, "unmodelled call and skipped approval");
        UiWait.until("the event log is selected", () -> ((IStructuredSelection) editor.getViewer().getSelection()).getFirstElement() == log);
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("import-xes-editor");
        stack.undo();
        assertNull(log.eResource(), "one undo removes the log");
        assertFalse(model.getWorkAsDone().getEventLogs().contains(log));
    }

    @Test
    void cancelWhileReadingStopsTheReadClosesTheWizardAndChangesNothing(@TempDir Path dir) throws Exception {
        Path big = bigLog(dir.resolve("big.xes"), 400_000);
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        boolean couldUndo = stack.canUndo();
        int logsBefore = model.getWorkAsDone() == null ? 0 : model.getWorkAsDone().getEventLogs().size();
        WizardDialog dialog = open("org.dovetail.importer.ui.xes");
        Shell shell = dialog.getShell();
        ModelImportWizard wizard = (ModelImportWizard) dialog.getCurrentPage().getWizard();
        wizard.sourcePage().selectProcess("Supplier invoice approval");
        UiActions.setText(Widgets.labelled(shell, Text.class, "File"), big.toString());
        boolean[] pressed = { false };
        Runnable cancelWhenRunning = new Runnable() {
            @Override
            public void run() {
                if (shell.isDisposed() || pressed[0]) {
                    return;
                }
                if (ModelImportWizard.running()) {
                    pressed[0] = true;
                    UiActions.click(Widgets.button(shell, "Cancel"));
                } else {
                    shell.getDisplay().timerExec(20, this);
                }
            }
        };
        shell.getDisplay().timerExec(20, cancelWhenRunning);
        UiActions.click(Widgets.button(shell, "Next >"));
        UiWait.until("the wizard closed", shell::isDisposed);
        assertTrue(pressed[0], "Cancel was pressed while the file was read");
        UiWait.until("the read stopped", () -> !ModelImportWizard.running());
        assertEquals(WizardDialog.CANCEL, dialog.getReturnCode());
        assertEquals(logsBefore, model.getWorkAsDone() == null ? 0 : model.getWorkAsDone().getEventLogs().size(), "no event log was added");
        assertEquals(couldUndo, stack.canUndo(), "no command was run");
        assertNull(wizard.result());
    }

    @Test
    void csvLogThroughItsColumnsPage(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("erp-export.csv"), "Invoice;Step;Posted at;Clerk\n"
                + "INV-2;Register invoice;2026-11-02 09:00:00;ana\nINV-1;Post invoice;2026-11-01 12:00:00;ben\n"
                + "INV-1;Register invoice;2026-11-01 09:00:00;ben\nINV-1;Three-way match;2026-11-01 10:00:00;ben\n"
                + "INV-2;Three-way match;2026-11-02 09:10:00;ana\nINV-2;First approval;2026-11-02 11:00:00;carl\nINV-2;Post invoice;2026-11-02 12:00:00;ana\n");
        WizardDialog dialog = open("org.dovetail.importer.ui.csv");
        Shell shell = dialog.getShell();
        ModelImportWizard wizard = (ModelImportWizard) dialog.getCurrentPage().getWizard();
        wizard.sourcePage().selectProcess("Supplier invoice approval");
        UiActions.setText(Widgets.labelled(shell, Text.class, "File"), csv.toString());
        UiActions.click(Widgets.button(shell, "Next >"));
        UiWait.until("the columns page", () -> dialog.getCurrentPage() == wizard.columnsPage());
        Combo caseColumn = Widgets.labelled(shell, Combo.class, "Case id");
        assertEquals(List.of("Invoice", "Step", "Posted at", "Clerk"), List.of(caseColumn.getItems()), "the header, split at the detected semicolon");
        assertFalse(Widgets.button(shell, "Next >").isEnabled(), "no usual case or activity column: the user chooses");
        Table sample = Widgets.find(dialog.getCurrentPage().getControl(), Table.class);
        assertEquals(7, sample.getItemCount(), "the first rows, as the user checks the columns");
        assertEquals("INV-2", sample.getItem(0).getText(0));
        wizard.columnsPage().select("case", "Invoice");
        wizard.columnsPage().select("activity", "Step");
        wizard.columnsPage().select("timestamp", "Posted at");
        assertTrue(Widgets.button(shell, "Next >").isEnabled(), dialog.getCurrentPage().getErrorMessage());
        shell.setSize(900, 700);
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("import-csv-columns");

        UiActions.click(Widgets.button(shell, "Next >"));
        UiWait.until("the preview page", () -> dialog.getCurrentPage() == wizard.previewPage());
        List<String[]> rows = rows(wizard.previewPage().table());
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("Add") && r[1].equals("EventLog")), "the log is added");
        assertTrue(rows.stream().anyMatch(r -> r[1].equals("Deviation") && r[2].equals("approvalBypassed")),
                "INV-1 was posted without the first approval: " + rows.stream().map(r -> String.join(" | ", r)).toList());
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("import-csv-preview");
        UiActions.click(Widgets.button(shell, "Finish"));
        UiWait.until("the wizard closed", shell::isDisposed);
        EventLog log = (EventLog) wizard.result().focus();
        assertEquals(LogFormat.CSV, log.getFormat());
        assertEquals(2, log.getCaseCount());
        assertEquals(7, log.getEventCount());
    }

    private static WizardDialog open(String id) {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(id);
        assertNotNull(descriptor, id + " is an import wizard");
        try {
            IImportWizard wizard = (IImportWizard) descriptor.createWizard();
            wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            UiWait.processEvents();
            return dialog;
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String[]> rows(Table table) {
        return java.util.Arrays.stream(table.getItems()).map(i -> new String[] { i.getText(0), i.getText(1), i.getText(2), i.getText(3) }).toList();
    }

    private static Path smallLog(Path file) throws Exception {
        String[][] cases = { { "Register invoice", "Three-way match", "Code cost centre", "First approval", "Post invoice" },
                { "Register invoice", "Three-way match", "Phone supplier", "Code cost centre", "Post invoice" },
                { "register invoice", "Three-way match", "Code cost centre", "First approval", "Post invoice" } };
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849.2016\">\n");
        for (String[] events : cases) {
            xml.append("<trace>");
            for (String event : events) {
                xml.append("<event><string key=\"concept:name\" value=\"").append(event).append("\"/></event>");
            }
            xml.append("</trace>\n");
        }
        return Files.writeString(file, xml.append("</log>\n"));
    }

    private static Path bigLog(Path file, int cases) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849.2016\">\n");
            for (int c = 0; c < cases; c++) {
                out.write("<trace><event><string key=\"concept:name\" value=\"Register invoice\"/></event>"
                        + "<event><string key=\"concept:name\" value=\"Post invoice\"/></event></trace>\n");
            }
            out.write("</log>\n");
        }
        return file;
    }
}
