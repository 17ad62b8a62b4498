package org.dovetail.sync.ui.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.dovetail.sync.client.SyncState;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.client.SyncOutcome;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * The last known sync status of each project, as the sync jobs leave it; listeners (the status bar, the history
 * view) are told in the UI thread.
 */
public final class SyncStatuses {

    private static final Map<String, SyncStatus> STATUSES = new ConcurrentHashMap<>();
    private static final ListenerList<Consumer<IProject>> LISTENERS = new ListenerList<>();

    private SyncStatuses() {
    }

    /** The status of {@code project}; read from its sync folder the first time (cheap: state and journal only). */
    public static SyncStatus of(IProject project) {
        if (project == null || !SharedProjects.isShared(project)) {
            return SyncStatus.notShared();
        }
        SyncStatus known = STATUSES.get(project.getName());
        if (known != null) {
            return known;
        }
        // The journal is read in a job that holds the project (a sync job may be writing it); until then: working.
        SyncStatus reading = new SyncStatus(SyncStatus.Kind.WORKING, project.getName(), 0, 0, false, 0, "reading the sync state");
        if (STATUSES.putIfAbsent(project.getName(), reading) == null) {
            Job job = Job.create("Reading the sync state of " + project.getName(), monitor -> {
                SyncStatus fresh = read(project);
                // A sync job may have said something newer meanwhile: keep it; keep an edit mark made meanwhile.
                STATUSES.computeIfPresent(project.getName(), (name, current) -> current == reading ? fresh
                        : current.kind() == SyncStatus.Kind.WORKING && reading.detail().equals(current.detail())
                                ? fresh.edited(current.edited()) : current);
                fire(project);
            });
            job.setRule(project);
            job.setSystem(true);
            job.schedule();
        }
        return STATUSES.getOrDefault(project.getName(), reading);
    }

    /** The status as the sync folder says it (job thread, holding the project). */
    static SyncStatus read(IProject project) {
        try (Synchronizer synchronizer = SharedProjects.open(project)) {
            SyncState state = synchronizer.state();
            int pending = synchronizer.pending().size();
            return new SyncStatus(pending > 0 ? SyncStatus.Kind.LOCAL_CHANGES : SyncStatus.Kind.IN_SYNC, state.project(),
                    state.baseRevision(), pending, false, 0, "server " + state.server());
        } catch (IOException | RuntimeException e) {
            return new SyncStatus(SyncStatus.Kind.FAILED, project.getName(), 0, 0, false, 0, e.getMessage());
        }
    }

    /** The status known now, without reading anything (a sync job calls this while it holds the project). */
    public static SyncStatus known(IProject project) {
        SyncStatus known = STATUSES.get(project.getName());
        return known != null ? known : new SyncStatus(SyncStatus.Kind.WORKING, project.getName(), 0, 0, false, 0, "");
    }

    /** The status after an operation's outcome. */
    public static void update(IProject project, SyncState state, SyncOutcome outcome) {
        SyncStatus.Kind kind = switch (outcome.status()) {
        case DONE -> outcome.pending() > 0 ? SyncStatus.Kind.LOCAL_CHANGES : SyncStatus.Kind.IN_SYNC;
        case CONFLICTS -> SyncStatus.Kind.CONFLICTS;
        case OFFLINE -> SyncStatus.Kind.OFFLINE;
        case REFUSED, FAILED -> outcome.pending() > 0 ? SyncStatus.Kind.LOCAL_CHANGES : SyncStatus.Kind.FAILED;
        };
        set(project, new SyncStatus(kind, state.project(), outcome.baseRevision(), outcome.pending(), false,
                outcome.conflicts().size(), outcome.message()));
    }

    public static void set(IProject project, SyncStatus status) {
        STATUSES.put(project.getName(), status);
        fire(project);
    }

    /** Marks saved, not yet committed edits (from the resource listener). */
    public static void markEdited(IProject project) {
        SyncStatus status = of(project);
        if (status.kind() != SyncStatus.Kind.NOT_SHARED && !status.edited()) {
            set(project, status.edited(true));
        }
    }

    /** Forgets the cached status so that it is read again. */
    public static void forget(IProject project) {
        STATUSES.remove(project.getName());
        fire(project);
    }

    /** Tells the listeners that something they show beside the status changed (the status itself did not). */
    static void changed(IProject project) {
        fire(project);
    }

    public static void addListener(Consumer<IProject> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<IProject> listener) {
        LISTENERS.remove(listener);
    }

    private static void fire(IProject project) {
        Display display = Display.getDefault();
        display.asyncExec(() -> LISTENERS.forEach(listener -> listener.accept(project)));
    }
}
