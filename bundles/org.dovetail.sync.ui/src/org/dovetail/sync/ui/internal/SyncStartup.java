package org.dovetail.sync.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.dovetail.model.resource.DovetailResourceFactory;
import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.ui.SyncUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

/**
 * At start-up: takes the server and credentials that {@code ./dovetail workbench} passes as system properties into
 * secure storage, opens the shared project folders it prepared in the workspace, and starts watching saves in
 * shared projects (so the status bar says there are edits to commit).
 */
public final class SyncStartup implements IStartup {

    @Override
    public void earlyStartup() {
        try {
            takeLaunchCredentials();
            importSharedFolders();
            // The status bar may have read a project before its server's credentials were stored: read again.
            for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                if (SharedProjects.isShared(project)) {
                    SyncStatuses.forget(project);
                }
            }
        } catch (IOException | CoreException | RuntimeException e) {
            ILog.of(SyncStartup.class).error("Could not connect to the server given at start-up: " + e.getMessage(), e);
        }
        ResourcesPlugin.getWorkspace().addResourceChangeListener(SyncStartup::resourcesChanged, IResourceChangeEvent.POST_CHANGE);
        registerWaiveAuthority();
        resumeKeptChangeSets();
        ServerWatch.start();
    }

    /** Change sets an earlier session kept in a journal while offline go to the server now (see {@link OfflineRetry}). */
    public static void resumeKeptChangeSets() {
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (SharedProjects.isShared(project)) {
                OfflineRetry.resumeKeptChangeSets(project);
            }
        }
    }

    private static boolean waiveAuthorityRegistered;

    /** Only the governance role may waive in a shared project: the Findings view's Waive action asks this. */
    static synchronized void registerWaiveAuthority() {
        if (!waiveAuthorityRegistered) {
            org.osgi.framework.FrameworkUtil.getBundle(SyncStartup.class).getBundleContext().registerService(
                    org.dovetail.rules.ui.WaiveAuthority.class, new org.dovetail.sync.ui.internal.governance.GovernanceWaiveAuthority(), null);
            waiveAuthorityRegistered = true;
        }
    }

    static void takeLaunchCredentials() throws IOException {
        String server = System.getProperty(SyncUi.SERVER_PROPERTY);
        String user = System.getProperty(SyncUi.USER_PROPERTY);
        String passwordFile = System.getProperty(SyncUi.PASSWORD_FILE_PROPERTY);
        if (server == null || user == null || passwordFile == null) {
            return;
        }
        String password = Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        if (password.isEmpty()) {
            throw new IOException("the password file " + passwordFile + " is empty");
        }
        ServerAccounts.save(server, user, password);
    }

    /** Folders directly in the workspace with a {@code .project} and a sync state that are not projects yet. */
    static void importSharedFolders() throws IOException, CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        Path root = workspace.getRoot().getLocation().toPath();
        Set<String> known = new HashSet<>();
        for (IProject project : workspace.getRoot().getProjects()) {
            known.add(project.getName());
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path folder : folders) {
                Path description = folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
                if (!Files.isRegularFile(description) || !Files.isRegularFile(folder.resolve(ProjectFolder.SYNC_FOLDER).resolve("state.json"))) {
                    continue;
                }
                IProjectDescription loaded = workspace.loadProjectDescription(IPath.fromPath(description));
                if (known.contains(loaded.getName())) {
                    hideSyncFolder(workspace.getRoot().getProject(loaded.getName()));
                    continue;
                }
                IProject project = workspace.getRoot().getProject(loaded.getName());
                if (folder.getFileName().toString().equals(loaded.getName())) {
                    loaded.setLocation(null); // in the workspace's default place
                } else {
                    loaded.setLocation(IPath.fromPath(folder));
                }
                workspace.run(monitor -> {
                    project.create(loaded, monitor);
                    project.open(monitor);
                    hideSyncFolder(project);
                }, null);
            }
        }
    }

    /** The sync state is not the user's to edit: keep it out of the navigator. */
    private static void hideSyncFolder(IProject project) throws CoreException {
        IResource sync = project.isAccessible() ? project.findMember(ProjectFolder.SYNC_FOLDER) : null;
        if (sync != null && !sync.isHidden()) {
            sync.setHidden(true);
        }
    }

    /** Saved model files of shared projects, outside sync jobs: edits to commit. */
    private static void resourcesChanged(IResourceChangeEvent event) {
        Job current = Job.getJobManager().currentJob();
        if (event.getDelta() == null || current != null && current.belongsTo(SyncUi.JOB_FAMILY)) {
            return;
        }
        Set<IProject> edited = new HashSet<>();
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (resource.getType() == IResource.FILE && DovetailResourceFactory.FILE_EXTENSION.equals(resource.getFileExtension())
                        && (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
                    edited.add(resource.getProject());
                }
                return resource.getType() != IResource.FILE && !ProjectFolder.SYNC_FOLDER.equals(resource.getName());
            });
        } catch (CoreException e) {
            return;
        }
        edited.stream().filter(SharedProjects::isShared).forEach(SyncStatuses::markEdited);
    }
}
