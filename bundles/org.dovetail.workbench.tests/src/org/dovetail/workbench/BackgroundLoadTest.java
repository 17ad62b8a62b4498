package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.editor.session.ModelSession;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.UiWait;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A large model file is read by a job (progress in the status bar, no dialog) while the event loop keeps turning; the
 * editor then shows it as if it had been read at once; a large model is also written by a worker. The size from which
 * files are read so is lowered to 200 bytes here, so the example model takes that path (and its workspace file's length
 * is read: EMF's platform:/resource handler gave none, so every workspace model was read in the UI thread).
 */
@ExtendWith(ScreenshotOnFailure.class)
class BackgroundLoadTest {

    private final List<String> jobs = new ArrayList<>();
    private final JobChangeAdapter jobListener = new JobChangeAdapter() {
        @Override
        public void scheduled(IJobChangeEvent event) {
            synchronized (jobs) {
                jobs.add(event.getJob().getName());
            }
        }
    };
    private IFile broken;
    private IFile copy;

    @BeforeEach
    void readEveryFileInTheBackground() {
        System.setProperty(ModelSession.LARGE_FILE_PROPERTY, "200");
        Job.getJobManager().addJobChangeListener(jobListener);
    }

    @AfterEach
    void restore() throws Exception {
        Job.getJobManager().removeJobChangeListener(jobListener);
        System.clearProperty(ModelSession.LARGE_FILE_PROPERTY);
        page().closeAllEditors(false);
        if (broken != null && broken.exists()) {
            broken.delete(true, null);
        }
        if (copy != null && copy.exists()) {
            copy.delete(true, null);
        }
    }

    @Test
    void theEditorShowsTheModelReadByTheJobAndEditsIt() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        IFile file = ExampleProject.supplierInvoiceModel();
        DovetailEditor editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), file, true));
        UiWait.processEvents();

        synchronized (jobs) {
            assertTrue(jobs.contains("Opening " + file.getName()), "read by a job: " + jobs);
        }
        assertNull(editor.getLoadProblem());
        DovetailModel model = assertInstanceOf(DovetailModel.class, editor.getResource().getContents().get(0));
        assertSame(model, ((IStructuredSelection) editor.getViewer().getSelection()).getFirstElement(), "the tree shows the model");
        assertNotNull(editor.getViewer().testFindItem(model.getProcessDomain()), "its domains are rows of the tree");

        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), model,
                DovetailPackage.Literals.ELEMENT__NAME, "Renamed after a background load"));
        assertEquals("Renamed after a background load", model.getName());
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        assertFalse(editor.isDirty());
    }

    @Test
    void aLargeModelIsWrittenByAWorkerAndAnEditMadeMeanwhileWaitsAndIsKept() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        copy = ExampleProject.project().getFile("saved-in-background.dovetail");
        try (var example = ExampleProject.supplierInvoiceModel().getContents()) {
            copy.create(example, true, null);
        }
        DovetailEditor editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), copy, true));
        UiWait.processEvents();
        DovetailModel model = assertInstanceOf(DovetailModel.class, editor.getResource().getContents().get(0));
        var stack = editor.getEditingDomain().getCommandStack();
        stack.execute(SetCommand.create(editor.getEditingDomain(), model, DovetailPackage.Literals.ELEMENT__NAME, "Saved by a worker"));

        // Run by the event loop the save keeps turning while the worker writes: the edit waits for the file.
        Display.getCurrent().asyncExec(() -> stack.execute(SetCommand.create(editor.getEditingDomain(), model,
                DovetailPackage.Literals.ELEMENT__NAME, "Renamed while saving")));
        editor.doSave(null);
        UiWait.processEvents();

        assertEquals("Renamed while saving", model.getName(), "the edit made meanwhile is done");
        assertTrue(editor.isDirty(), "after the save: it is not in the file");
        String written;
        try (var content = copy.getContents()) {
            written = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(written.contains("Saved by a worker"), "the file has what was there when Save was pressed");
        assertFalse(written.contains("Renamed while saving"));
        stack.undo();
        assertEquals("Saved by a worker", model.getName());
        assertFalse(editor.isDirty(), "undoing the later edit is back at what the file holds");
    }

    @Test
    void aFileThatCannotBeReadCompletelyIsStillOpenedReadOnlyWithTheReason() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        broken = ExampleProject.project().getFile("broken-in-background.dovetail");
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dovetail:DovetailModel xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:dovetail=\"http://www.dovetail.org/model/1.0\" name=\"Half\">\n"
                + "  <people name=\"Ann\" shoeSize=\"42\"/>\n</dovetail:DovetailModel>\n";
        broken.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);

        DovetailEditor editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), broken, true));
        UiWait.processEvents();

        assertNotNull(editor.getLoadProblem(), "the editor says why the model is incomplete");
        assertTrue(editor.getLoadProblem().contains("shoeSize"), editor.getLoadProblem());
        assertTrue(editor.getSession().isReadOnly());
    }
}
