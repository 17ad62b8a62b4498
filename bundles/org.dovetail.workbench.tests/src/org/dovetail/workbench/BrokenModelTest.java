package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.dovetail.editor.DovetailEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.junit.jupiter.api.extension.ExtendWith;

/** A model file that cannot be read completely is shown with the reason and never overwritten. */
@ExtendWith(ScreenshotOnFailure.class)
class BrokenModelTest {

    private static final String BROKEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<dovetail:DovetailModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:dovetail=\"http://www.dovetail.org/model/1.0\" id=\"6f0c9a52-1111-4a2b-9c3d-000000000001\" name=\"Half\">\n"
            + "  <people id=\"6f0c9a52-1111-4a2b-9c3d-000000000002\" name=\"Ann\" shoeSize=\"42\"/>\n"
            + "</dovetail:DovetailModel>\n";

    private IFile file;

    @AfterEach
    void cleanUp() throws Exception {
        page().closeAllEditors(false);
        if (file != null && file.exists()) {
            file.delete(true, null);
        }
    }

    @Test
    void partlyReadableModelIsReadOnlyAndTheFileStaysAsItWas() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        file = ExampleProject.project().getFile("broken.dovetail");
        file.create(new ByteArrayInputStream(BROKEN.getBytes(StandardCharsets.UTF_8)), true, null);

        DovetailEditor editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), file, true));
        UiWait.processEvents();
        assertNotNull(editor.getLoadProblem(), "the editor says why the model is incomplete");
        assertTrue(editor.getLoadProblem().contains("shoeSize"), editor.getLoadProblem());

        EObject root = editor.getResource().getContents().get(0);
        Command rename = SetCommand.create(editor.getEditingDomain(), root,
                root.eClass().getEStructuralFeature("name"), "Overwritten");
        assertFalse(rename.canExecute(), "edits to a model that was not read completely are refused");
        editor.doSave(null);
        assertFalse(editor.isDirty());
        try (var in = file.getContents(true)) {
            assertEquals(BROKEN, new String(in.readAllBytes(), StandardCharsets.UTF_8), "the file is untouched");
        }
    }
}
