package org.dovetail.importer.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.importer.api.ImportCommand;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.ImportResult;
import org.dovetail.importer.api.ModelImporter;
import org.dovetail.importer.api.ProcessGraph;
import org.dovetail.importer.csv.CsvImporter;
import org.dovetail.importer.registry.ImportFormatRegistry;
import org.dovetail.importer.xes.XesImporter;
import org.dovetail.model.process.Process;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * The import wizards' common part: pick file, model and process (for CSV also the columns); Next reads the file in a
 * background job and shows the preview; Finish applies the plan as one command on the editor's command stack and
 * selects what was imported. While the file is read, the stop button beside the progress bar stops the read and keeps
 * the wizard open; the wizard's Cancel stops the read and closes the wizard. Either way the model is as it was.
 */
abstract class ModelImportWizard extends Wizard implements IImportWizard {

    private final String formatId;
    private final boolean xes;
    private ModelImporter importer;
    private SourcePage source;
    private CsvColumnsPage columns;
    private PreviewPage preview;
    private ImportPlan plan;
    private ImportTarget planTarget;
    private boolean listening;
    private ImportResult result;

    ModelImportWizard(String formatId, boolean xes) {
        this.formatId = formatId;
        this.xes = xes;
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        setWindowTitle(formatId.equals(CsvImporter.ID) ? "Import CSV Event Log" : xes ? "Import XES Event Log" : "Import BPMN Process");
        // A model chosen in the Project Explorer: open it, so that the import has an editor (and an undo) to go into.
        if (selection != null && selection.getFirstElement() instanceof IFile file && "dovetail".equals(file.getFileExtension())
                && workbench.getActiveWorkbenchWindow() != null) {
            try {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, DovetailEditor.ID, false);
            } catch (PartInitException e) {
                // the source page says what is missing
            }
        }
    }

    @Override
    public void addPages() {
        importer = ImportFormatRegistry.getDefault().get(formatId);
        source = new SourcePage(importer, xes, ImportTarget.openModels());
        preview = new PreviewPage();
        addPage(source);
        if (formatId.equals(CsvImporter.ID)) {
            columns = new CsvColumnsPage();
            addPage(columns);
        }
        addPage(preview);
    }

    @Override
    public void setContainer(IWizardContainer container) {
        super.setContainer(container);
        if (container instanceof WizardDialog dialog && !listening) {
            listening = true;
            dialog.addPageChangingListener(this::pageChanging);
        }
    }

    private void pageChanging(PageChangingEvent event) {
        if (event.getCurrentPage() == source && columns != null && event.getTargetPage() == columns) {
            columns.load(source.file(), false);
        } else if (event.getCurrentPage() != preview && event.getTargetPage() == preview) {
            event.doit = readFile();
        }
    }

    /** Works out the plan in a job, waiting for it with the wizard's progress bar, its stop button and Cancel. */
    private boolean readFile() {
        ImportTarget target = source.target();
        Process process = source.selectedProcess();
        long limit = formatId.equals(XesImporter.ID) ? ImportRequest.DEFAULT_XES_LIMIT
                : formatId.equals(CsvImporter.ID) ? ImportRequest.DEFAULT_CSV_LIMIT : ImportRequest.DEFAULT_BPMN_LIMIT;
        ImportRequest request = new ImportRequest(source.file(), process == null ? null : process.getId(), xes ? ProcessGraph.of(process) : null, limit,
                columns == null ? Map.of() : columns.options());
        AtomicReference<PlanJob> job = new AtomicReference<>();
        plan = null;
        // Cancel while the read runs: JFace only disables the button; stopping the job and closing the wizard are ours.
        AtomicBoolean cancelPressed = new AtomicBoolean();
        Button cancel = cancelButton();
        Listener onCancel = e -> {
            cancelPressed.set(true);
            PlanJob running = job.get();
            if (running != null) {
                running.cancel();
            }
        };
        if (cancel != null) {
            cancel.addListener(SWT.Selection, onCancel);
        }
        try {
            getContainer().run(true, true, monitor -> {
                PlanJob planJob = new PlanJob(importer, request, monitor);
                job.set(planJob);
                if (cancelPressed.get()) {
                    return; // Cancel came before the job existed: do not start it
                }
                planJob.schedule();
                if (cancelPressed.get()) {
                    planJob.cancel(); // Cancel came while the job was being scheduled
                }
                try {
                    planJob.join(0, monitor);
                } catch (OperationCanceledException e) {
                    planJob.cancel();
                    planJob.join();
                    throw new InterruptedException("canceled");
                }
                if (monitor.isCanceled()) {
                    throw new InterruptedException("canceled");
                }
            });
        } catch (InterruptedException e) {
            return canceled(cancelPressed.get(), cancel);
        } catch (InvocationTargetException e) {
            source.setErrorMessage("The import failed: " + e.getCause());
            return false;
        } finally {
            if (cancel != null && !cancel.isDisposed()) {
                cancel.removeListener(SWT.Selection, onCancel);
            }
        }
        PlanJob done = job.get();
        if (done == null || done.plan() == null && done.problem() == null) {
            return canceled(cancelPressed.get(), cancel);
        }
        if (done.problem() != null) {
            currentPage().setErrorMessage(done.problem().getMessage());
            return false;
        }
        plan = done.plan();
        planTarget = target;
        currentPage().setErrorMessage(null);
        preview.show(plan, plan.preview(target.model()));
        return true;
    }

    /** After a canceled read: Cancel closes the wizard (once the read has stopped), the stop button keeps it open. */
    private boolean canceled(boolean cancelPressed, Button cancel) {
        if (cancelPressed && cancel != null && !cancel.isDisposed()) {
            // Now that no operation runs, Cancel closes the dialog as it always does; after this page change is refused.
            cancel.getDisplay().asyncExec(() -> {
                if (!cancel.isDisposed()) {
                    cancel.notifyListeners(SWT.Selection, new Event());
                }
            });
        } else {
            currentPage().setErrorMessage("Import canceled: nothing was changed.");
        }
        return false;
    }

    private WizardPage currentPage() {
        return (WizardPage) getContainer().getCurrentPage();
    }

    /** The dialog's Cancel button (JFace marks each dialog button with its id). */
    private Button cancelButton() {
        return getContainer().getShell() == null ? null : find(getContainer().getShell());
    }

    private static Button find(Control control) {
        if (control instanceof Button button && Integer.valueOf(IDialogConstants.CANCEL_ID).equals(button.getData())) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    public boolean canFinish() {
        return plan != null && getContainer().getCurrentPage() == preview;
    }

    @Override
    public boolean performFinish() {
        DovetailEditor editor = planTarget.editor();
        ImportCommand command = new ImportCommand((xes ? "Import Event Log " : "Import BPMN ") + source.file().getFileName(), plan, planTarget.model());
        editor.getEditingDomain().getCommandStack().execute(command);
        result = command.result();
        if (result != null) {
            editor.getSite().getPage().activate(editor);
            List<Object> selected = new ArrayList<>();
            selected.add(result.focus());
            // The new steps and their like, up to a screenful: selecting thousands would only slow the tree down.
            result.added().stream().filter(e -> e.eContainer() == result.focus()).limit(200).forEach(selected::add);
            // After the editor's own refresh of the command's changes, which runs once the command stack has notified.
            editor.getSite().getShell().getDisplay().asyncExec(() -> {
                if (editor.getViewer() != null && !editor.getViewer().getControl().isDisposed() && result.focus() != null) {
                    editor.reveal(result.focus());
                    editor.getViewer().setSelection(new StructuredSelection(selected), true);
                }
            });
        }
        return true;
    }

    /** What the last Finish did (tests). */
    ImportResult result() {
        return result;
    }

    SourcePage sourcePage() {
        return source;
    }

    PreviewPage previewPage() {
        return preview;
    }

    CsvColumnsPage columnsPage() {
        return columns;
    }

    /** The family of the background jobs (tests). */
    static Object jobFamily() {
        return PlanJob.FAMILY;
    }

    static boolean running() {
        return Job.getJobManager().find(PlanJob.FAMILY).length > 0;
    }
}
