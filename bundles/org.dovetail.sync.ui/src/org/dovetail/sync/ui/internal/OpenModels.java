package org.dovetail.sync.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.editor.session.ModelSession;
import org.dovetail.editor.session.ModelSessions;
import org.dovetail.model.resource.DovetailResourceFactory;
import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.emf.ModelDiff;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.emf.SyncModelException;
import org.dovetail.sync.protocol.Operation;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Brings models open in editors up to date after an update, without losing what the user has not saved.
 *
 * <p>Before a sync the user saves (the saved edits become a local change set, so they are merged, never dropped).
 * The job reads the open files before and after the server's revisions are merged and works out the difference
 * ({@link #changes}); then, in the UI thread, it is applied to each open model as one command on its command stack (so the editors
 * refresh through notifications, and Undo takes the update back). Edits made in the editor while the job ran stay in
 * place and unsaved. If the difference cannot be applied (an unsaved edit deleted what the update changes), the model
 * is left as it is and the user is told to reopen it; the merged files are on disk.</p>
 */
public final class OpenModels {

    /**
     * The open models of one project at the start of a sync: session → project-relative paths of its model files, and
     * the files' bytes (parsed only when the sync brings changes: a commit usually does not).
     */
    public record Snapshot(Map<ModelSession, List<String>> sessions, Map<String, byte[]> files) {
        public Set<String> paths() {
            Set<String> all = new LinkedHashSet<>();
            sessions.values().forEach(all::addAll);
            return all;
        }
    }

    private OpenModels() {
    }

    static URI root(IProject project) {
        return URI.createPlatformResourceURI("/" + project.getName() + "/", true);
    }

    /** UI thread: the open sessions on files of {@code project} and the model files each has loaded. */
    public static Map<ModelSession, List<String>> openPaths(IProject project) {
        Map<ModelSession, List<String>> open = new LinkedHashMap<>();
        ProjectResources root = new ProjectResources(null, root(project));
        for (ModelSession session : ModelSessions.all()) {
            if (!session.uri().isPlatformResource() || !session.uri().segment(1).equals(URI.encodeSegment(project.getName(), false))) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            for (Resource resource : session.resourceSet().getResources()) {
                URI uri = resource.getURI();
                if (uri != null && DovetailResourceFactory.FILE_EXTENSION.equals(uri.fileExtension())) {
                    try {
                        paths.add(root.pathOf(resource));
                    } catch (SyncModelException e) {
                        // A file of another project: the update of this one does not touch it.
                    }
                }
            }
            open.put(session, paths);
        }
        return open;
    }

    /** Job thread: reads the given model files of the project folder (missing files are skipped). */
    private static ProjectResources read(Path folder, Collection<String> paths) throws IOException {
        return parse(folder, contents(folder, paths));
    }

    /** Job thread: the bytes of the given model files of the project folder (missing files are skipped). */
    public static Map<String, byte[]> contents(Path folder, Collection<String> paths) throws IOException {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String path : paths) {
            Path file = folder.resolve(path);
            if (Files.isRegularFile(file)) {
                contents.put(path, Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static ProjectResources parse(Path folder, Map<String, byte[]> contents) throws IOException {
        ProjectResources project = ProjectFolder.empty(folder);
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            project.resource(file.getKey()).load(new ByteArrayInputStream(file.getValue()), null);
        }
        return project;
    }

    /**
     * What an update changes in each open session, or why it cannot be said: {@code after − before} per session.
     * Job thread: both sides are read from the folder, not the open models, so the comparison (seconds on a
     * 100 K-element model: two copies and a diff) keeps off the UI thread.
     */
    public record Changes(Map<ModelSession, List<Operation>> operations, List<String> problems) {
    }

    /** Job thread: the operations that bring each session of {@code before} to the files in {@code folder} now. */
    public static Changes changes(Snapshot before, Path folder) throws IOException {
        ProjectResources beforeFiles = parse(folder, before.files());
        ProjectResources after = read(folder, before.paths());
        Map<ModelSession, List<Operation>> operations = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<ModelSession, List<String>> entry : before.sessions().entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            try {
                // One session with every file read (the usual case) needs no copies of its own: ~2 × 100 MB at 100 K elements.
                boolean whole = Set.copyOf(entry.getValue()).equals(before.paths());
                List<Operation> diff = whole ? ModelDiff.diff(beforeFiles, after)
                        : ModelDiff.diff(subset(beforeFiles, entry.getValue()), subset(after, entry.getValue()));
                if (!diff.isEmpty()) {
                    operations.put(entry.getKey(), diff);
                }
            } catch (RuntimeException e) {
                problems.add(entry.getKey().uri().lastSegment() + ": could not compare with the update (" + e.getMessage() + ")");
            }
        }
        return new Changes(operations, problems);
    }

    /**
     * UI thread: applies the {@link #changes} to every session still open, each as one command. Returns a sentence for
     * each session that could not be brought up to date (empty when all were).
     */
    public static List<String> apply(IProject project, Changes changes) {
        List<String> problems = new ArrayList<>(changes.problems());
        for (Map.Entry<ModelSession, List<Operation>> entry : changes.operations().entrySet()) {
            ModelSession session = entry.getKey();
            if (session.isClosed()) {
                continue;
            }
            List<Operation> operations = entry.getValue();
            boolean wasDirty = session.isDirty();
            ProjectResources target = new ProjectResources(session.resourceSet(), root(project));
            try {
                session.commandStack().execute(new OperationsCommand("Update from Server", target, operations));
                if (!wasDirty) {
                    // The model now equals the merged file on disk (the editors' titles drop their dirty mark).
                    session.markSaved();
                }
            } catch (SyncModelException e) {
                problems.add(URI.decode(session.uri().lastSegment()) + " was not brought up to date in its editor ("
                        + e.getMessage() + "). The merged model is saved on disk: close the editor without saving and open it again.");
            }
        }
        return problems;
    }

    /** Copies of the resources of {@code paths} only, in a resource set of their own (so a diff sees nothing else). */
    private static ProjectResources subset(ProjectResources project, List<String> paths) {
        ProjectResources subset = new ProjectResources(DovetailResources.newResourceSet(), project.root());
        for (String path : paths) {
            Resource resource = project.existingResource(path);
            if (resource != null) {
                subset.resource(path).getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
            }
        }
        return subset;
    }
}
