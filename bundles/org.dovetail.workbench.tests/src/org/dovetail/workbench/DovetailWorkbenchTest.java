package org.dovetail.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.dovetail.ui.testing.UiWait;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The application as a user first sees it: window, perspective, example project. */
class DovetailWorkbenchTest {

    @Test
    void windowIsTitledDovetail() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertEquals("Dovetail", window.getShell().getText());
    }

    @Test
    void perspectiveShowsProjectExplorerAndProperties() {
        assertEquals(DovetailPerspective.ID, UiWait.page().getPerspective().getId());
        assertNotNull(UiWait.page().findView(DovetailPerspective.PROJECT_EXPLORER), "Project Explorer is open");
        assertNotNull(UiWait.page().findView(IPageLayout.ID_PROP_SHEET), "Properties view is open");
    }

    @Test
    void emptyWorkspaceGetsTheExampleProjectWithBothExampleModels() throws Exception {
        // The application did this on startup; calling it again must not fail or duplicate anything.
        ExampleProject.createIfWorkspaceEmpty(null);
        IProject project = ExampleProject.project();
        assertTrue(project.isOpen(), "example project is open");
        assertTrue(project.getFile("supplier-invoice-approval.dovetail").exists());
        assertTrue(project.getFile("it-change-enablement.dovetail").exists());
    }
}
