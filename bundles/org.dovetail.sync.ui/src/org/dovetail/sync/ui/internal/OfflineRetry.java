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
    /** Projects whose journal held change sets from an earlier session, with how many: the status bar says so. */
    private static final Map<String, Integer> FROM_EARLIER_SESSION = new ConcurrentHashMap<>();
    private static final Map<String, Integer> PUSHED_FROM_EARLIER_SESSION = new ConcurrentHashMap<>();

    private OfflineRetry() {
    }

    /**
     * At start-up: change sets left in a shared project's journal by an earlier session (the workbench was closed
     * while the server was unreachable) are pushed now, in the background; while the server stays unreachable the
     * usual backoff continues. Only what is already in the journal goes out, never saved edits not committed.
     */
    public static void resumeKeptChangeSets(IProject project) {
        Job look = Job.create("Looking for change sets kept from an earlier session in " + project.getName(), monitor -> {
            int kept = SyncStatuses.read(project).pending();
            if (kept == 0 || isWaiting(project)) {
                return;
            }
            FROM_EARLIER_SESSION.put(project.getName(), kept);
            SyncStatuses.set(project, SyncStatuses.read(project)); // the status bar says what it is about to push
            Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
            if (display != null && !display.isDisposed()) {
                display.asyncExec(() -> {
                    if (project.isAccessible()) {
                        SyncActions.retry(project);
                    }
                });
            }
        });
        look.setRule(project); // a sync job may hold the journal
        look.setSystem(true);
        look.schedule();
    }

    /**
     * What the status bar adds about change sets from an earlier session: being sent, or sent (until the user's next
     * operation); empty otherwise. Short, for the status bar; {@link #longNote} is for its tooltip.
     */
    public static String note(IProject project) {
        Integer sending = project == null ? null : FROM_EARLIER_SESSION.get(project.getName());
        Integer sent = project == null ? null : PUSHED_FROM_EARLIER_SESSION.get(project.getName());
        return sending != null ? "sending " + SyncStatus.plural(sending, "kept change set")
                : sent != null ? SyncStatus.plural(sent, "kept change set") + " sent" : "";
    }

    /** The tooltip's words for {@link #note}. */
    public static String longNote(IProject project) {
        Integer sending = project == null ? null : FROM_EARLIER_SESSION.get(project.getName());
        Integer sent = project == null ? null : PUSHED_FROM_EARLIER_SESSION.get(project.getName());
        return sending != null ? "Sending " + SyncStatus.plural(sending, "change set") + " kept in the journal by an earlier session"
                : sent != null ? SyncStatus.plural(sent, "change set") + " kept in the journal by an earlier session went to the server" : "";
    }

    /** Job thread, after every sync step: schedules the next try while offline with change sets kept, else stops. */
    static void after(IProject project, SyncOutcome outcome, boolean wasRetry) {
        PUSHED_FROM_EARLIER_SESSION.remove(project.getName());
        Integer earlier = FROM_EARLIER_SESSION.get(project.getName());
        if (earlier != null && outcome.status() == SyncOutcome.Status.DONE && outcome.pending() == 0) {
            FROM_EARLIER_SESSION.remove(project.getName());
            PUSHED_FROM_EARLIER_SESSION.put(project.getName(), earlier);
        } else if (earlier != null && outcome.status() != SyncOutcome.Status.OFFLINE) {
            FROM_EARLIER_SESSION.remove(project.getName()); // refused, conflicts, failed: the status and dialogs say why
        }
        if (earlier != null) {
            SyncStatuses.set(project, SyncStatuses.known(project)); // the status bar's note changed
        }
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
