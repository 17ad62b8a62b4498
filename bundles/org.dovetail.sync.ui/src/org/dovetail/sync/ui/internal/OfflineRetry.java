package org.dovetail.sync.ui.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dovetail.sync.client.SyncOutcome;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Pushes the change sets kept in the journal while the server was unreachable, without the user asking: after an
 * offline outcome a timer tries again with growing pauses (2 s, 4 s, … up to a minute) until the server answers. The
 * retry commits only what is already in the journal, never saved edits the user has not committed yet.
 */
public final class OfflineRetry {

    static final long FIRST_DELAY_MS = 2_000;
    static final long MAX_DELAY_MS = 60_000;

    private record Pending(Job timer, int attempt) {
    }

    private static final Map<String, Pending> PENDING = new ConcurrentHashMap<>();

    private OfflineRetry() {
    }

    /** Job thread, after every sync step: schedules the next try while offline with change sets kept, else stops. */
    static void after(IProject project, SyncOutcome outcome, boolean wasRetry) {
        if (outcome.status() != SyncOutcome.Status.OFFLINE || outcome.pending() == 0) {
            cancel(project);
            return;
        }
        Pending before = PENDING.get(project.getName());
        int attempt = wasRetry && before != null ? before.attempt() + 1 : 0;
        schedule(project, attempt);
    }

    /** Whether a retry is waiting for {@code project} (the status bar says so). */
    public static boolean isWaiting(IProject project) {
        return project != null && PENDING.containsKey(project.getName());
    }

    static long delay(int attempt) {
        return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS << Math.min(attempt, 10));
    }

    private static void schedule(IProject project, int attempt) {
        Job timer = Job.create("Waiting to retry the commit of " + project.getName(), monitor -> {
            Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
            if (display != null && !display.isDisposed()) {
                // The sync itself starts from the UI thread, like a user's commit (open editors take what it pulls).
                display.asyncExec(() -> {
                    if (isWaiting(project) && project.isAccessible()) {
                        SyncActions.retry(project);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        timer.setSystem(true);
        Pending previous = PENDING.put(project.getName(), new Pending(timer, attempt));
        if (previous != null && previous.timer() != timer) {
            previous.timer().cancel();
        }
        timer.schedule(delay(attempt));
        SyncStatuses.set(project, SyncStatuses.known(project)); // the status bar says it is retrying
    }

    /** Stops retrying (the server answered, or the user synchronised). */
    static void cancel(IProject project) {
        Pending pending = PENDING.remove(project.getName());
        if (pending != null) {
            pending.timer().cancel();
        }
    }
}
