package org.dovetail.sync.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.client.SyncState;
import org.dovetail.sync.protocol.RevisionSummary;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;

/**
 * Tells the user, without an Update, that the server has revisions they do not have yet: a background job asks each
 * shared project's server for its newest revision once a minute (one short request per project, never in the UI
 * thread) and the status bar says "2 new on server". Unreachable servers and missing credentials are skipped quietly;
 * the sync operations say what is wrong with them.
 */
public final class ServerWatch {

    static final long PERIOD_MS = 60_000;

    private static final Map<String, Long> NEWER = new ConcurrentHashMap<>();
    /** A look was asked for while one ran: the next starts right after it, not a minute later. */
    private static final AtomicBoolean AGAIN = new AtomicBoolean();
    private static final Job CHECK = new Job("Looking for new revisions on the Dovetail servers") {
        @Override
        protected IStatus run(IProgressMonitor monitor) {
            AGAIN.set(false);
            for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (SharedProjects.isShared(project)) {
                    check(project);
                }
            }
            schedule(AGAIN.getAndSet(false) ? 0 : PERIOD_MS);
            return Status.OK_STATUS;
        }

        @Override
        public boolean shouldSchedule() {
            return PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().isClosing(); // no looks while closing
        }
    };

    static {
        CHECK.setSystem(true);
        CHECK.setPriority(Job.DECORATE);
    }

    private ServerWatch() {
    }

    /** Starts watching (at start-up); the first look is right away. */
    static void start() {
        CHECK.schedule();
    }

    /** Looks now instead of at the next minute (after a teammate's change in tests; after the user's own sync). */
    public static void checkNow() {
        AGAIN.set(true);
        CHECK.schedule(); // a sleeping look starts now; a running one runs again when it ends
    }

    /** Whether the last look is over (the next one waits for its minute). */
    public static boolean isWaiting() {
        return CHECK.getState() == Job.SLEEPING;
    }

    /** How many revisions the server has beyond the project's base, as last seen (0 when unknown). */
    public static long newer(IProject project) {
        return project == null ? 0 : NEWER.getOrDefault(project.getName(), 0L);
    }

    /** After a sync step: the base moved, the count is stale until the next look. */
    static void forget(IProject project) {
        if (NEWER.remove(project.getName()) != null) {
            SyncStatuses.changed(project);
        }
    }

    private static void check(IProject project) {
        SyncState state;
        List<RevisionSummary> newest;
        try {
            state = SharedProjects.state(project);
            if (ServerAccounts.credentials(state.server()).isEmpty()
                    || !(ServerAccounts.client(state.server()).history(state.project(), 0, 1) instanceof SyncResult.Ok<List<RevisionSummary>> ok)) {
                return;
            }
            newest = ok.value();
        } catch (IOException | RuntimeException e) {
            return; // a sync state being written or a server not configured: the next look sees it
        }
        long count = newest.isEmpty() ? 0 : Math.max(0, newest.get(0).number() - state.baseRevision());
        Long before = count == 0 ? NEWER.remove(project.getName()) : NEWER.put(project.getName(), count);
        if (before == null ? count != 0 : before != count) {
            SyncStatuses.changed(project); // the status bar shows the count
        }
    }
}
