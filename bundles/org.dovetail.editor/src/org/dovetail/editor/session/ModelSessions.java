package org.dovetail.editor.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dovetail.editor.internal.EditorInputs;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * The open {@link ModelSession}s, one per model file. An editor calls {@link #acquire(IEditorInput)} in its
 * {@code init} and {@link ModelSession#release()} in its {@code dispose}; while any editor holds the session, every
 * other editor that acquires the same file gets the same editing domain, so undo, redo, dirty state and saving are
 * shared. The last release drops the model (unsaved changes are dropped: the workbench has asked to save them
 * already, see {@link ModelSession#saveable()}).
 *
 * <p>UI thread only.</p>
 */
public final class ModelSessions {

    private static final Map<URI, ModelSession> OPEN = new HashMap<>();

    private ModelSessions() {
    }

    /**
     * The session of the model file {@code input} points at, loading the file if no editor holds it yet. The caller
     * owns one reference and must {@link ModelSession#release() release} it. A file that cannot be read completely
     * still gives a session: read-only, with {@link ModelSession#loadProblem()} saying why.
     *
     * @throws PartInitException if the input is not a file
     */
    public static ModelSession acquire(IEditorInput input) throws PartInitException {
        return acquire(EditorInputs.toUri(input));
    }

    /**
     * The session of the model at {@code uri} ({@code platform:/resource/…} for workspace files, so that references
     * between files resolve), loading it if no editor holds it yet; the caller must release it.
     */
    public static ModelSession acquire(URI uri) {
        ModelSession session = OPEN.get(uri);
        if (session == null) {
            session = new ModelSession(uri);
            OPEN.put(uri, session);
        }
        session.retain();
        return session;
    }

    /** The session of {@code uri} if some editor holds it, without taking a reference. */
    public static Optional<ModelSession> find(URI uri) {
        return Optional.ofNullable(OPEN.get(uri));
    }

    /** The sessions held now, in no particular order. */
    public static List<ModelSession> all() {
        return List.copyOf(OPEN.values());
    }

    /** Called by a session when its last reference is released. */
    static void closed(ModelSession session) {
        OPEN.remove(session.uri(), session);
    }
}
