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
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A large model file is read by a job (progress in the status bar, no dialog) while the event loop keeps turning; the
 * editor then shows it as if it had been read at once. The size from which files are read so is lowered to 0 here,
 * so the example model takes that path.
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

    @BeforeEach
    void readEveryFileInTheBackground() {
        System.setProperty(ModelSession.LARGE_FILE_PROPERTY, "0");
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
