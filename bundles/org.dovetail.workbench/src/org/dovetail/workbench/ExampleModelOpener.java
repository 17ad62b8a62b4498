package org.dovetail.workbench;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * On startup: give an empty workspace the example project; reopen the last session's editors, or else show the
 * example's supplier invoice model.
 */
final class ExampleModelOpener {

    private ExampleModelOpener() {
    }

    static void openOnStartup(IWorkbench workbench) {
        try {
            ExampleProject.createIfWorkspaceEmpty(null);
        } catch (CoreException e) {
            ILog.of(ExampleModelOpener.class).log(e.getStatus());
        }
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IFile model = ExampleProject.supplierInvoiceModel();
        // A restored session keeps the editors the user had open.
        if (page == null || ReopenedEditors.reopen(page) || !model.exists() || page.getEditorReferences().length > 0) {
            return;
        }
        try {
            IDE.openEditor(page, model, true);
        } catch (CoreException e) {
            ILog.of(ExampleModelOpener.class).log(e.getStatus());
        }
        IViewPart explorer = page.findView(DovetailPerspective.PROJECT_EXPLORER);
        if (explorer instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(model));
        }
    }
}
