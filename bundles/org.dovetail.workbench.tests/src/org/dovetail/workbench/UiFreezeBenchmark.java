package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.importer.api.ImportCommand;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.bpmn.BpmnImporter;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.dovetail.model.process.Step;
import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.freeze.FreezeMeter;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * How long the UI thread is unresponsive while a large model is opened, edited, validated and searched, phase by
 * phase ({@link FreezeMeter}: the worst event-loop delay, the UI thread's CPU in it, the longest turn and the longest
 * an input event waited). Not a test: without {@code DOVETAIL_FREEZE_MODEL} (a large .dovetail file) it does nothing.
 * One command writes the model (100 K elements, 22 K mappings, 10 MB: {@code WriteFreezeModel} of {@code
 * releng/org.dovetail.benchmarks}), runs this under Xvfb and prints the table of {@code target/freeze-report.txt} with
 * the load average: {@code releng/org.dovetail.benchmarks/ui-freeze.sh}. The same model shared, committed and
 * updated: {@code SyncFreezeBenchmark} of org.dovetail.sync.ui.tests.
 */
class UiFreezeBenchmark {

    /** A BPMN reference model (the MIWG's, licence beside it) imported into the large model. */
    private static final String BPMN = "../org.dovetail.importer.tests/data/bpmn-miwg/C.2.0.bpmn";

    @Test
    void measure() throws Exception {
        String file = System.getenv("DOVETAIL_FREEZE_MODEL");
        if (file == null) {
            System.out.println("UiFreezeBenchmark: set DOVETAIL_FREEZE_MODEL to a large .dovetail file");
            return;
        }
        FreezeMeter meter = new FreezeMeter(Display.getCurrent(), "UiFreezeBenchmark");
        try (meter) {
            DovetailEditor[] editor = new DovetailEditor[1];
            meter.phase("open the editor", () -> editor[0] = (DovetailEditor) IDE.openEditorOnFileStore(page(),
                    EFS.getLocalFileSystem().getStore(Path.of(file).toUri())));
            ModelValidation validation = ModelValidations.of(editor[0]);
            meter.phase("validation on open (background) until done", () -> UiWait.until("validation on open ends",
                    () -> !validation.isRunning() && validation.result() != null, Duration.ofMinutes(5)));
            List<Step> steps = steps(editor[0], 5);
            meter.phase("5 renames, each validated incrementally", () -> {
                for (Step step : steps) {
                    editor[0].getEditingDomain().getCommandStack().execute(SetCommand.create(editor[0].getEditingDomain(), step,
                            org.dovetail.model.DovetailPackage.Literals.ELEMENT__NAME, step.getName() + " (renamed)"));
                    UiWait.processEvents();
                }
            });
            meter.phase("5 undos", () -> {
                for (int i = 0; i < 5; i++) {
                    editor[0].getEditingDomain().getCommandStack().undo();
                    UiWait.processEvents();
                }
            });
            meter.phase("Validate (full run in the background) until done", () -> {
                validation.validateNow();
                UiWait.until("the full run ends", () -> !validation.isRunning(), Duration.ofMinutes(5));
            });
            meter.phase("search the tree for 'approval 1' (typed)", () -> {
                UiActions.setText(editor[0].getTreePage().search().field(), "approval 1");
                UiWait.until("the search ends", () -> editor[0].getTreePage().search().isDone(), Duration.ofMinutes(1));
            });
            meter.phase("overview page (counted in slices) until shown", () -> {
                editor[0].showPage(DovetailEditor.OVERVIEW_PAGE);
                UiWait.until("the overview has counted the model", () -> !editor[0].getOverviewPage().isRefreshing(),
                        Duration.ofMinutes(1));
            });
            meter.phase("mapping page (unmapped counted in slices) until done", () -> {
                editor[0].showPage(DovetailEditor.MAPPING_PAGE);
                UiWait.until("the mapping page has counted", () -> !editor[0].getMappingPage().isSummarizing(), Duration.ofMinutes(1));
            });
            // Planned in the background, as the import wizard does; the phase is what Finish does in the UI thread.
            ImportPlan plan = new BpmnImporter().plan(new ImportRequest(Path.of(BPMN), null, null, ImportRequest.DEFAULT_BPMN_LIMIT),
                    ImportMonitor.NONE);
            meter.phase("import a BPMN process (one command)", () -> {
                editor[0].getEditingDomain().getCommandStack().execute(new ImportCommand("Import BPMN", plan,
                        (DovetailModel) editor[0].getResource().getContents().get(0)));
                UiWait.processEvents();
            });
            meter.phase("close", () -> page().closeAllEditors(false));
        }
        String report = meter.table("UI freezes on " + file);
        System.out.println(report);
        Files.writeString(Path.of("target/freeze-report.txt"), report);
        Files.writeString(Path.of("target/freeze-samples.txt"), meter.samples());
    }

    private static List<Step> steps(DovetailEditor editor, int count) {
        List<Step> steps = new ArrayList<>();
        for (TreeIterator<EObject> all = editor.getResource().getAllContents(); all.hasNext() && steps.size() < count;) {
            if (all.next() instanceof Step step && step instanceof Element) {
                steps.add(step);
            }
        }
        return steps;
    }
}
