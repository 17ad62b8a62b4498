package org.dovetail.sync.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SyncStatuses;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * File &gt; New (or Import) &gt; Dovetail Project from Server, in three pages: connect (the password is checked on
 * Next), pick one of your projects on the server, choose the workspace project and folder; the head revision is checked out there, the project is created and shared, and
 * its first model opens.
 */
public final class CloneFromServerWizard extends Wizard implements INewWizard, IImportWizard {

    private IWorkbench workbench;
    private ServerLoginPage login;
    private ServerProjectsPage projects;
    private CloneTargetPage target;
    private IProject created;

    public CloneFromServerWizard() {
        setWindowTitle("Dovetail Project from Server");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        login = new ServerLoginPage();
        projects = new ServerProjectsPage();
        target = new CloneTargetPage(projects);
        addPage(login);
        addPage(projects);
        addPage(target);
    }

    @Override
    public boolean performFinish() {
        String server = login.server();
        String user = login.user();
        String password = login.password();
        SyncClient.ProjectMembership chosen = projects.chosen();
        String name = target.projectName();
        Path folder = target.folder();
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, "Checking out " + chosen.id(), 3);
                try {
                    ServerAccounts.save(server, user, password);
                    try (Synchronizer clone = Synchronizer.cloneInto(folder, ServerAccounts.normalise(server), chosen.id(),
                            ServerAccounts.client(server))) {
                        progress.worked(2);
                    }
                    created = createProject(name, folder, progress.split(1));
                } catch (IOException | CoreException | RuntimeException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            target.setErrorMessage("Could not check out " + chosen.id() + ": " + cause.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        SyncStatuses.forget(created);
        openFirstModel(created, folder);
        return true;
    }

    /** The project created by the last finish (for tests). */
    public IProject createdProject() {
        return created;
    }

    private static IProject createProject(String name, Path folder, org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(name);
        IProjectDescription description = workspace.newProjectDescription(name);
        Path defaultLocation = workspace.getRoot().getLocation().toPath().resolve(name);
        description.setLocation(folder.toAbsolutePath().normalize().equals(defaultLocation.toAbsolutePath().normalize()) ? null
                : IPath.fromPath(folder));
        workspace.run(m -> {
            project.create(description, m);
            project.open(m);
            project.refreshLocal(IResource.DEPTH_INFINITE, m);
            IResource sync = project.findMember(ProjectFolder.SYNC_FOLDER);
            if (sync != null) {
                sync.setHidden(true);
            }
        }, monitor);
        return project;
    }

    private void openFirstModel(IProject project, Path folder) {
        try {
            List<Path> models = ProjectFolder.modelFiles(folder);
            if (!models.isEmpty() && workbench != null && workbench.getActiveWorkbenchWindow() != null) {
                IFile file = project.getFile(IPath.fromPath(folder.relativize(models.get(0))));
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
            }
        } catch (IOException | PartInitException e) {
            // The project is there; the user opens the model from the navigator.
        }
    }

    /** Whether {@code folder} can take a checkout: missing, or an empty directory. */
    static boolean isUsable(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (var entries = Files.list(folder)) {
            return Files.isDirectory(folder) && entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
