package org.dovetail.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.dovetail.ui.testing.UiWait;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The last session's editors come back after the window is up, the one that was active still active. */
class ReopenedEditorsTest {

    private final IFile supplier = ExampleProject.project().getFile("supplier-invoice-approval.dovetail");
    private final IFile itChange = ExampleProject.project().getFile("it-change-enablement.dovetail");

    @AfterEach
    void closeEditors() {
        UiWait.page().closeAllEditors(false);
    }

    @Test
    void editorsCloseOnExitByDefaultSoTheWindowComesFirst() {
        assertTrue(PlatformUI.getPreferenceStore().getDefaultBoolean(IWorkbenchPreferenceConstants.CLOSE_EDITORS_ON_EXIT));
    }

    @Test
    void rememberedEditorsReopenInTurnsWithTheActiveOneLast() throws Exception {
        IWorkbenchPage page = UiWait.page();
        page.closeAllEditors(false);
        IDE.openEditor(page, itChange, true);
        IDE.openEditor(page, supplier, true);
        page.activate(page.findEditor(new FileEditorInput(itChange)));
        ReopenedEditors.remember(PlatformUI.getWorkbench());
        page.closeAllEditors(false);

        assertTrue(ReopenedEditors.reopen(page), "there were editors to reopen");
        UiWait.until("both editors reopened", () -> page.getEditorReferences().length == 2);
        assertEquals(List.of(supplier, itChange), files(page));
        assertEquals(itChange, ((IFileEditorInput) page.getActiveEditor().getEditorInput()).getFile(), "the active editor is active again");
    }

    @Test
    void nothingIsReopenedTwiceNorWhenNoEditorWasOpen() throws Exception {
        IWorkbenchPage page = UiWait.page();
        page.closeAllEditors(false);
        IDE.openEditor(page, supplier, true);
        ReopenedEditors.remember(PlatformUI.getWorkbench());
        assertFalse(ReopenedEditors.reopen(page), "an editor is open already: the workbench restored it itself");

        page.closeAllEditors(false);
        ReopenedEditors.remember(PlatformUI.getWorkbench());
        assertFalse(ReopenedEditors.reopen(page), "no editors were open at exit");
        UiWait.processEvents();
        assertEquals(0, page.getEditorReferences().length);
    }

    private static List<IFile> files(IWorkbenchPage page) {
        return Arrays.stream(page.getEditorReferences()).map(ReopenedEditorsTest::file).toList();
    }

    private static IFile file(IEditorReference reference) {
        try {
            return ((IFileEditorInput) reference.getEditorInput()).getFile();
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }
}
