package org.dovetail.sync.ui.internal;

import org.dovetail.sync.ui.SyncUi;
import org.dovetail.sync.ui.internal.dialogs.ServerDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The handler of the sync commands; which one comes from the plugin.xml ({@code class="…SyncCommandHandler:commit"}).
 * The project is the selected one, else the one of the active editor, else the only shared project.
 */
public final class SyncCommandHandler extends AbstractHandler implements IExecutableExtension {

    private String operation = "";

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        operation = data instanceof String text ? text : "";
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IProject project = projectOf(event, window);
        switch (operation) {
        case "connect" -> ServerDialog.forConnecting(shell).open();
        case "clone" -> {
            org.dovetail.sync.ui.internal.wizards.CloneFromServerWizard wizard = new org.dovetail.sync.ui.internal.wizards.CloneFromServerWizard();
            wizard.init(window.getWorkbench(), null);
            new org.eclipse.jface.wizard.WizardDialog(shell, wizard).open();
        }
        case "share" -> {
            if (project == null) {
                org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Share Project", "Select the project to share first.");
            } else {
                SyncActions.share(shell, project);
            }
        }
        case "commit" -> SyncActions.commit(shell, project);
        case "update" -> SyncActions.update(shell, project);
        case "compare" -> compare(shell, project, HandlerUtil.getCurrentSelection(event));
        case "history" -> {
            try {
                window.getActivePage().showView(SyncUi.HISTORY_VIEW);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        }
        default -> throw new IllegalStateException("unknown sync operation '" + operation + "'");
        }
        return null;
    }

    /** Compare with Revision: the selected element of a shared model, else the whole project. */
    private static void compare(Shell shell, IProject project, org.eclipse.jface.viewers.ISelection selection) {
        Object first = selection instanceof org.eclipse.jface.viewers.IStructuredSelection s ? s.getFirstElement() : null;
        if (first instanceof org.dovetail.model.Identified element && element.eResource() != null
                && element.eResource().getURI().isPlatformResource()) {
            project = ResourcesPlugin.getWorkspace().getRoot().getProject(
                    org.eclipse.emf.common.util.URI.decode(element.eResource().getURI().segment(1)));
            if (SharedProjects.isShared(project)) {
                new org.dovetail.sync.ui.internal.compare.CompareWithRevisionDialog(shell, project, element.getId(),
                        org.dovetail.sync.ui.internal.compare.RevisionComparison.label(element, element.getId()), null).open();
                return;
            }
        }
        if (project == null || !SharedProjects.isShared(project)) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Compare with Revision",
                    "Select an element of a shared model, or a shared project, first.");
            return;
        }
        new org.dovetail.sync.ui.internal.compare.CompareWithRevisionDialog(shell, project, null, project.getName(), null).open();
    }

    static IProject projectOf(ExecutionEvent event, IWorkbenchWindow window) {
        IProject project = SharedProjects.projectOf(HandlerUtil.getCurrentSelection(event));
        if (project == null && window != null && window.getActivePage() != null) {
            project = SharedProjects.projectOf(window.getActivePage().getActiveEditor());
        }
        return project != null ? project : onlySharedProject();
    }

    /** The one shared project of the workspace, or null when there are none or several. */
    public static IProject onlySharedProject() {
        IProject found = null;
        for (IProject candidate : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (SharedProjects.isShared(candidate)) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }
}
