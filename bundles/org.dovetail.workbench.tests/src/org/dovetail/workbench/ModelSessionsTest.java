package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.editor.session.ModelSession;
import org.dovetail.editor.session.ModelSessions;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two holders of one model file share its editing domain, undo, dirty state and saveable. */
@ExtendWith(ScreenshotOnFailure.class)
class ModelSessionsTest {

    private URI modelUri;
    private DovetailEditor editor;

    @BeforeEach
    void openEditor() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        modelUri = URI.createPlatformResourceURI(ExampleProject.supplierInvoiceModel().getFullPath().toString(), true);
        editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), ExampleProject.supplierInvoiceModel(), true));
    }

    @AfterEach
    void closeWithoutSaving() {
        page().closeAllEditors(false);
    }

    @Test
    void aSecondHolderSharesTheEditorsDomainUndoAndDirtyState() {
        ModelSession second = ModelSessions.acquire(modelUri);
        try {
            assertSame(editor.getSession(), second, "one session per file");
            assertEquals(2, second.references());
            assertSame(editor.getEditingDomain(), second.editingDomain());

            List<String> told = new ArrayList<>();
            second.addListener((session, event) -> told.add(event == null ? "saved" : "changed"));
            EObject model = second.resource().getContents().get(0);
            EStructuralFeature name = model.eClass().getEStructuralFeature("name");
            String original = (String) model.eGet(name);
            // What the diagram editor would do: a command on the shared stack.
            second.commandStack().execute(SetCommand.create(second.editingDomain(), model, name, "Renamed elsewhere"));
            assertTrue(editor.isDirty(), "the tree editor is dirty after a change made by another holder");
            assertEquals(List.of("changed"), told);

            editor.getSession().commandStack().undo();
            assertEquals(original, model.eGet(name), "undo is shared");
            assertFalse(second.isDirty());
            assertArrayEquals(new Object[] { second.saveable() }, editor.getSaveables(),
                    "the workbench sees one saveable for every editor on the file");
        } finally {
            second.release();
        }
        assertEquals(1, editor.getSession().references());
        assertFalse(editor.getSession().isClosed());
    }

    @Test
    void theLastReleaseUnloadsTheModelAndTheNextAcquireLoadsItAfresh() {
        ModelSession held = ModelSessions.acquire(modelUri);
        EObject model = held.resource().getContents().get(0);
        page().closeAllEditors(false);
        assertFalse(held.isClosed(), "closing the editor leaves the session to its other holder");
        assertSame(model, held.resource().getContents().get(0));

        held.release();
        assertTrue(held.isClosed());
        assertTrue(ModelSessions.find(modelUri).isEmpty());
        assertThrows(IllegalStateException.class, held::release, "a double release is a programming error");

        ModelSession fresh = ModelSessions.acquire(modelUri);
        try {
            assertNotSame(held, fresh);
            assertNotSame(model, fresh.resource().getContents().get(0));
        } finally {
            fresh.release();
        }
    }
}
