package org.dovetail.sync.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dovetail.sync.client.Resolution;
import org.dovetail.sync.client.SyncOutcome;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.protocol.ConflictKey;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.ui.internal.decorations.IncomingChanges;
import org.dovetail.sync.ui.internal.dialogs.CommitDialog;
import org.dovetail.sync.ui.internal.dialogs.ConflictDialog;
import org.dovetail.sync.ui.internal.dialogs.ServerDialog;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ide.IDE;

/**
 * Share, Commit and Update as the user starts them (UI thread): save what is open, ask what is needed, run the
 * server side in a {@link SyncJob}, then apply the result to open editors and show what happened.
 */
public final class SyncActions {

    private SyncActions() {
    }

    public static void share(Shell shell, IProject project) {
        if (SharedProjects.isShared(project)) {
            MessageDialog.openInformation(shell, "Share Project", project.getName() + " is already shared ("
                    + SyncStatuses.of(project).tooltip() + ").");
            return;
        }
        if (!IDE.saveAllEditors(new IResource[] { project }, true)) {
            return;
        }
        ServerDialog dialog = ServerDialog.forSharing(shell, project);
        if (dialog.open() != Window.OK) {
            return;
        }
        ShareJob job = new ShareJob(project, dialog.server(), dialog.serverProject(), dialog.createProject(), dialog.description());
        job.schedule();
    }

    public static SyncJob commit(Shell shell, IProject project) {
        if (!checkShared(shell, project, "Commit") || !IDE.saveAllEditors(new IResource[] { project }, true)) {
            return null;
        }
        CommitDialog dialog = new CommitDialog(shell, project, SyncStatuses.of(project));
        if (dialog.open() != Window.OK) {
            return null;
        }
        return commit(shell, project, dialog.message());
    }

    /** Commits with {@code message} (no dialog); the caller has saved. */
    public static SyncJob commit(Shell shell, IProject project, String message) {
        return run(shell, project, "Committing " + project.getName(), (synchronizer, monitor) -> synchronizer.push(message), true, false);
    }

    public static SyncJob update(Shell shell, IProject project) {
        if (!checkShared(shell, project, "Update") || !IDE.saveAllEditors(new IResource[] { project }, true)) {
            return null;
        }
        return update(shell, project, Map.of());
    }

    /** Updates with the given resolutions (empty: a first try); the caller has saved. */
    public static SyncJob update(Shell shell, IProject project, Map<ConflictKey, Resolution> resolutions) {
        return run(shell, project, "Updating " + project.getName(), (synchronizer, monitor) -> synchronizer.pull(resolutions), false, false);
    }

    /**
     * The automatic retry after an outage ({@link OfflineRetry}): pushes the change sets kept in the journal, no
     * dialogs (the status bar says how it went), open editors take what it brings from the server.
     */
    public static SyncJob retry(IProject project) {
        return run(null, project, "Retrying the commit of " + project.getName(), (synchronizer, monitor) -> synchronizer.pushPending(),
                false, true);
    }

    private interface ServerStep {
        SyncOutcome run(Synchronizer synchronizer, IProgressMonitor monitor) throws IOException;
    }

    private static SyncJob run(Shell shell, IProject project, String name, ServerStep server, boolean commit, boolean quiet) {
        if (!quiet) {
            OfflineRetry.cancel(project); // the user's own operation takes over (and schedules again if still offline)
        }
        Map<org.dovetail.editor.session.ModelSession, List<String>> open = OpenModels.openPaths(project);
        OpenModels.Snapshot[] before = new OpenModels.Snapshot[1];
        OpenModels.Changes[] incoming = new OpenModels.Changes[1];
        List<Map<Long, RevisionSummary>> theirs = new java.util.concurrent.CopyOnWriteArrayList<>();
        SyncJob job = new SyncJob(name, project, (synchronizer, monitor) -> {
            before[0] = new OpenModels.Snapshot(open, OpenModels.contents(SharedProjects.folder(project),
                    open.values().stream().flatMap(List::stream).toList()));
            org.dovetail.sync.client.SyncState stateBefore = synchronizer.state();
            SyncOutcome outcome = server.run(synchronizer, monitor);
            IncomingChanges.after(project, stateBefore, synchronizer.state(), outcome);
            if (outcome.pulled() > 0) {
                incoming[0] = OpenModels.changes(before[0], SharedProjects.folder(project));
            }
            if (!quiet && outcome.status() == SyncOutcome.Status.CONFLICTS && !outcome.conflicts().isEmpty()) {
                // Who made "theirs", when and why: read here, in the background, for the conflict dialog.
                theirs.add(TheirRevisions.read(ServerAccounts.client(synchronizer.state().server()), synchronizer.state().project(),
                        outcome.conflicts()));
            }
            return outcome;
        }, outcome -> {
            if (incoming[0] != null) {
                List<String> problems = OpenModels.apply(project, incoming[0]);
                if (!problems.isEmpty()) {
                    MessageDialog.openWarning(shell(shell), "Update", String.join("\n\n", problems));
                }
            }
            if (quiet) {
                return;
            }
            if (commit && outcome.status() == SyncOutcome.Status.DONE && outcome.committed().isEmpty()) {
                MessageDialog.openInformation(shell(shell), "Commit", "Nothing to commit: there are no saved edits since the last"
                        + " commit, and no change sets waiting." + (outcome.pulled() > 0 ? " " + outcome.message() + "." : ""));
            }
            show(shell, project, outcome, theirs.isEmpty() ? Map.of() : theirs.get(0));
        });
        job.setRetry(quiet);
        job.schedule();
        return job;
    }

    /** Tells the user what a commit or update did when it needs their attention. */
    private static void show(Shell shell, IProject project, SyncOutcome outcome, Map<Long, RevisionSummary> theirRevisions) {
        Shell parent = shell(shell);
        switch (outcome.status()) {
        case DONE -> {
            // The status bar says it; no dialog for the everyday case.
        }
        case CONFLICTS -> {
            if (!outcome.conflicts().isEmpty() && outcome.committed().isEmpty() && isPullConflict(outcome)) {
                ConflictDialog dialog = new ConflictDialog(parent, project, outcome.conflicts(), theirRevisions);
                if (dialog.open() == Window.OK) {
                    update(parent, project, dialog.resolutions());
                }
            } else if (MessageDialog.openQuestion(parent, "Conflicts on the Server", "The server has newer revisions that touch what you changed:\n"
                    + outcome.message() + "\n\nUpdate now to see and resolve the conflicts?")) {
                update(parent, project, Map.of());
            }
        }
        case OFFLINE -> MessageDialog.openWarning(parent, "Server unreachable", "The server did not answer, so the commit waits ("
                + outcome.message() + ").\n\nYour change sets are kept in the project's journal. Dovetail sends them by itself as soon as"
                + " the server answers, also after a restart; the status bar shows how it goes.");
        case REFUSED -> MessageDialog.openError(parent, "Refused by the governance gate", outcome.message() + "\n\n"
                + outcome.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " on " + f.elementId() + ": " + f.message())
                        .collect(Collectors.joining("\n"))
                + "\n\nThe change set stays in the journal; fix the findings and commit again.");
        case FAILED -> {
            if (outcome.message().startsWith("not allowed")) {
                // 403: the user's role on the server project does not allow it (a waiver needs the governance role).
                MessageDialog.openError(parent, "Not Allowed by the Server", "The server refused this for your role on the project:\n"
                        + outcome.message().substring("not allowed: ".length()) + ".\n\nAsk a project admin for the role it needs"
                        + " (waivers need the governance role), or undo that change and commit again.");
            } else {
                MessageDialog.openError(parent, "Sync failed", outcome.message());
            }
        }
        }
    }

    /** A pull hands back conflicts with both sides; a refused commit only says there are some (pull to see them). */
    private static boolean isPullConflict(SyncOutcome outcome) {
        return !outcome.message().startsWith("the server refused");
    }

    private static boolean checkShared(Shell shell, IProject project, String what) {
        if (project == null) {
            MessageDialog.openInformation(shell, what, "Select a project (or open one of its models) first.");
            return false;
        }
        if (!SharedProjects.isShared(project)) {
            MessageDialog.openInformation(shell, what, project.getName() + " is not shared with a server yet. Use Sync > Share Project… first.");
            return false;
        }
        return true;
    }

    private static Shell shell(Shell shell) {
        return shell != null && !shell.isDisposed() ? shell : org.eclipse.ui.PlatformUI.getWorkbench().getDisplay().getActiveShell();
    }
}
