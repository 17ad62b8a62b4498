package org.dovetail.sync.ui.internal;

import java.io.IOException;
import java.util.function.Consumer;

import org.dovetail.sync.client.SyncException;
import org.dovetail.sync.client.SyncOutcome;
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
import org.eclipse.swt.widgets.Display;

/**
 * One sync operation on a shared project in the background: it holds the project (so saves and other sync jobs
 * wait), reports progress, can be cancelled before it talks to the server, refreshes the workspace afterwards and
 * hands the outcome to the UI thread. HTTP never runs in the UI thread.
 */
public final class SyncJob extends Job {

    /** The server-side step: receives an open synchroniser, answers the outcome. */
    @FunctionalInterface
    public interface Step {
        SyncOutcome run(Synchronizer synchronizer, IProgressMonitor monitor) throws IOException;
    }

    private final IProject project;
    private final Step step;
    private final Consumer<SyncOutcome> inUiThread;
    private volatile SyncOutcome outcome;
    private boolean retry;

    public SyncJob(String name, IProject project, Step step, Consumer<SyncOutcome> inUiThread) {
        super(name);
        this.project = project;
        this.step = step;
        this.inUiThread = inUiThread;
        setRule(project);
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == SyncUi.JOB_FAMILY;
    }

    /** An automatic retry runs in the background without a progress dialog and counts towards the retry backoff. */
    public void setRetry(boolean retry) {
        this.retry = retry;
        setUser(!retry);
    }

    public SyncOutcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        SyncStatus before = SyncStatuses.known(project);
        SyncStatuses.set(project, new SyncStatus(SyncStatus.Kind.WORKING, before.project(), before.baseRevision(),
                before.pending(), before.edited(), 0, getName()));
        try (Synchronizer synchronizer = SharedProjects.open(project)) {
            progress.worked(1);
            if (progress.isCanceled()) {
                SyncStatuses.forget(project);
                return Status.CANCEL_STATUS;
            }
            SyncOutcome result = step.run(synchronizer, progress.split(8));
            outcome = result;
            SyncStatuses.update(project, synchronizer.state(), result);
            OfflineRetry.after(project, result, retry);
            ServerWatch.forget(project); // the base moved: the next look counts again
            refresh(progress.split(1));
            Display.getDefault().asyncExec(() -> inUiThread.accept(result));
            return Status.OK_STATUS;
        } catch (SyncException | SyncModelException | IOException e) {
            SyncStatuses.set(project, new SyncStatus(SyncStatus.Kind.FAILED, before.project(), before.baseRevision(),
                    before.pending(), before.edited(), 0, e.getMessage()));
            return Status.error(getName() + " failed: " + e.getMessage(), e);
        }
    }

    private void refresh(IProgressMonitor monitor) {
        try {
            project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
            IResource syncFolder = project.findMember(org.dovetail.sync.client.ProjectFolder.SYNC_FOLDER);
            if (syncFolder != null && !syncFolder.isHidden()) {
                syncFolder.setHidden(true);
            }
        } catch (CoreException e) {
            // The files are written; the workspace notices them on its next refresh.
        }
    }
}
