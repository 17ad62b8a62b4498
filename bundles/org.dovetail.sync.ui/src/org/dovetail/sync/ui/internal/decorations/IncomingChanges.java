package org.dovetail.sync.ui.internal.decorations;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncOutcome;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.client.SyncState;
import org.dovetail.sync.emf.ElementIndex;
import org.dovetail.sync.emf.ModelTypes;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SharedProjects;
import org.dovetail.sync.ui.internal.SyncStatuses;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Which elements of each shared project the last sync touched from the server: <em>incoming</em> (changed by others'
 * revisions that the last update merged, or that wait behind unresolved conflicts) and <em>in conflict</em> (waiting
 * in the conflict dialog). The tree and navigator decorate them; the status bar counts them. Conflict marks clear when
 * the conflicts are settled; incoming marks when the user next commits.
 */
public final class IncomingChanges {

    /**
     * The marks of one project, computed once per sync step (never per label): the marked element ids, the ids of
     * their ancestors (so a collapsed tree still shows where the changes are, as EGit marks folders), and the
     * project-relative paths of the model files and folders holding them.
     *
     * @param files         model files holding marked elements
     * @param conflictFiles those of {@code files} holding an element in conflict
     * @param folders       folders holding marked files (paths without a trailing slash)
     */
    public record Marks(Set<String> incoming, Set<String> conflicts, Set<String> files, Set<String> conflictFiles,
            Set<String> incomingInside, Set<String> conflictsInside, Set<String> folders) {
        public static final Marks NONE = new Marks(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

        public Marks {
            incoming = Set.copyOf(incoming);
            conflicts = Set.copyOf(conflicts);
            files = Set.copyOf(files);
            conflictFiles = Set.copyOf(conflictFiles);
            incomingInside = Set.copyOf(incomingInside);
            conflictsInside = Set.copyOf(conflictsInside);
            folders = Set.copyOf(folders);
        }

        public boolean isEmpty() {
            return incoming.isEmpty() && conflicts.isEmpty();
        }
    }

    private static final Map<String, Marks> MARKS = new ConcurrentHashMap<>();
    private static final int PAGE = 500;

    private IncomingChanges() {
    }

    public static Marks of(IProject project) {
        return project == null ? Marks.NONE : MARKS.getOrDefault(project.getName(), Marks.NONE);
    }

    /**
     * The status bar's words for the marks ("2 incoming, 1 in conflict"), or empty; without the conflicts when the
     * status already counts them.
     */
    public static String summary(IProject project, boolean conflictsCounted) {
        Marks marks = of(project);
        if (marks.isEmpty()) {
            return "";
        }
        String incoming = marks.incoming().isEmpty() ? "" : marks.incoming().size() + " incoming";
        String conflicts = marks.conflicts().isEmpty() || conflictsCounted ? "" : marks.conflicts().size() + " in conflict";
        return incoming.isEmpty() ? conflicts : conflicts.isEmpty() ? incoming : incoming + ", " + conflicts;
    }

    /**
     * Job thread, after a sync step: marks what the server's revisions between {@code baseBefore} and now touched, or
     * what waits behind the outcome's conflicts. Offline and failed steps leave the marks as they were.
     */
    public static void after(IProject project, SyncState before, SyncState after, SyncOutcome outcome) {
        Marks current = of(project);
        Marks next = switch (outcome.status()) {
        case DONE -> {
            if (after.baseRevision() > before.baseRevision()) {
                Set<String> touched = touchedByOthers(before, after.baseRevision());
                yield marks(project, touched, Set.of());
            }
            // A commit shows the user has seen what came in; a no-op update keeps the marks (but no conflicts remain).
            yield !outcome.committed().isEmpty() ? Marks.NONE
                    : current.conflicts().isEmpty() ? current : marks(project, current.incoming(), Set.of());
        }
        case CONFLICTS -> {
            Set<String> conflicts = new LinkedHashSet<>();
            outcome.conflicts().stream().map(Conflict::elementId).forEach(conflicts::add);
            Set<String> incoming = touchedByOthers(after, Long.MAX_VALUE);
            incoming.removeAll(conflicts);
            yield marks(project, incoming, conflicts);
        }
        default -> current;
        };
        set(project, next);
    }

    public static void set(IProject project, Marks marks) {
        Marks before = MARKS.put(project.getName(), marks);
        if (!Objects.equals(before == null ? Marks.NONE : before, marks)) {
            Display.getDefault().asyncExec(() -> {
                if (PlatformUI.isWorkbenchRunning()) {
                    PlatformUI.getWorkbench().getDecoratorManager().update(SyncDecorator.ID);
                }
            });
            SyncStatuses.set(project, SyncStatuses.known(project)); // the status bar shows the count
        }
    }

    /** Ids of the elements that others' revisions after {@code state}'s base (up to {@code until}) touched. */
    private static Set<String> touchedByOthers(SyncState state, long until) {
        Set<String> ids = new LinkedHashSet<>();
        SyncClient client;
        try {
            client = ServerAccounts.client(state.server());
        } catch (RuntimeException e) {
            return ids;
        }
        long since = state.baseRevision();
        while (since < until) {
            if (!(client.changes(state.project(), since, PAGE) instanceof SyncResult.Ok<ChangesPage> ok)) {
                break; // the marks are a help, not the record: without an answer there are fewer of them
            }
            for (Revision revision : ok.value().revisions()) {
                if (revision.number() <= until && !Objects.equals(revision.clientId(), state.clientId())) {
                    revision.operations().stream().map(Operation::id).forEach(ids::add);
                }
            }
            if (ok.value().revisions().isEmpty() || ok.value().to() <= since || ok.value().to() >= ok.value().head()) {
                break;
            }
            since = ok.value().to();
        }
        return ids;
    }

    /** The marks with their ancestors and the model files and folders holding them (read from the project folder). */
    private static Marks marks(IProject project, Set<String> incoming, Set<String> conflicts) {
        if (incoming.isEmpty() && conflicts.isEmpty()) {
            return Marks.NONE;
        }
        Set<String> files = new LinkedHashSet<>();
        Set<String> conflictFiles = new LinkedHashSet<>();
        Set<String> incomingInside = new LinkedHashSet<>();
        Set<String> conflictsInside = new LinkedHashSet<>();
        try {
            ProjectResources resources = ProjectFolder.load(SharedProjects.folder(project));
            ElementIndex index = ElementIndex.of(resources.resourceSet());
            for (String id : concat(incoming, conflicts)) {
                boolean inConflict = conflicts.contains(id);
                EObject element = index.find(id);
                if (element == null) {
                    continue; // deleted by the update: its container was touched too and carries the mark
                }
                for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
                    String containerId = ModelTypes.idOf(container);
                    if (containerId != null) {
                        (inConflict ? conflictsInside : incomingInside).add(containerId);
                    }
                }
                if (element.eResource() != null) {
                    String path = resources.pathOf(element.eResource());
                    files.add(path);
                    if (inConflict) {
                        conflictFiles.add(path);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Without the files the navigator shows the project mark only.
        }
        return new Marks(incoming, conflicts, files, conflictFiles, incomingInside, conflictsInside, folders(files));
    }

    /** Every folder above the marked files, e.g. {@code models} and {@code models/processes}. */
    private static Set<String> folders(Set<String> files) {
        Set<String> folders = new LinkedHashSet<>();
        for (String file : files) {
            for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        return folders;
    }

    private static Set<String> concat(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
