package org.dovetail.sync.ui.internal;

import java.io.IOException;

import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncException;
import org.dovetail.sync.client.SyncOutcome;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.emf.SyncModelException;
import org.dovetail.sync.ui.SyncUi;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/** Shares a project: creates the server project if asked, connects the folder to it and commits its models. */
public final class ShareJob extends Job {

    private final IProject project;
    private final String server;
    private final String serverProject;
    private final boolean create;
    private final String description;

    public ShareJob(IProject project, String server, String serverProject, boolean create) {
        this(project, server, serverProject, create, "");
    }

    /** With the description of the project to create ({@code ""}: none). */
    public ShareJob(IProject project, String server, String serverProject, boolean create, String description) {
        super("Sharing " + project.getName() + " as " + serverProject);
        this.project = project;
        this.server = server;
        this.serverProject = serverProject;
        this.create = create;
        this.description = description;
        setRule(project);
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == SyncUi.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 4);
        try {
            SyncClient client = ServerAccounts.client(server);
            if (create) {
                progress.subTask("Creating project " + serverProject + " on " + server);
                SyncResult<?> created = client.createProject(serverProject, project.getName(), description);
                if (created instanceof SyncResult.Failed<?> failed) {
                    return Status.error("Could not create project " + serverProject + " on the server: " + failed.message());
                }
                if (created instanceof SyncResult.Conflicts<?> exists) {
                    return Status.error("The server already has a project " + serverProject + " (" + exists.message()
                            + "). Share into a new project, or clear \"Create the project\" to use the existing, empty one.");
                }
            }
            progress.worked(1);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            SyncOutcome outcome;
            try (Synchronizer synchronizer = Synchronizer.share(SharedProjects.folder(project), server, serverProject, client)) {
                progress.subTask("Committing the models of " + project.getName());
                outcome = synchronizer.push("Shared " + project.getName() + " from the workbench");
                SyncStatuses.update(project, synchronizer.state(), outcome);
            }
            progress.worked(2);
            project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
            IResource syncFolder = project.findMember(org.dovetail.sync.client.ProjectFolder.SYNC_FOLDER);
            if (syncFolder != null) {
                syncFolder.setHidden(true);
            }
            return switch (outcome.status()) {
            case DONE -> Status.OK_STATUS;
            case OFFLINE -> Status.warning("Shared, but the server could not be reached to commit the models: " + outcome.message());
            default -> Status.error("Shared, but the first commit did not go through: " + outcome.message());
            };
        } catch (SyncException | SyncModelException | IOException | CoreException e) {
            return Status.error("Could not share " + project.getName() + ": " + e.getMessage(), e);
        }
    }
}
