package org.dovetail.server.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dovetail.server.api.ApiException;
import org.dovetail.server.store.DuplicateProjectException;
import org.dovetail.server.store.ProjectRecord;
import org.dovetail.server.store.RepositoryStore;

import jakarta.ws.rs.core.Response.Status;

/**
 * Projects: creation (called by the security layer's {@code POST /projects}, which also makes the caller the
 * project's admin) and look-ups. Access rights are checked by the callers, not here.
 */
public final class ProjectService {

    /** Project ids are path segments: letters, digits, '.', '_' and '-', starting with a letter or digit. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final RepositoryStore store;

    public ProjectService(RepositoryStore store) {
        this.store = store;
    }

    /** Creates an empty project; 400 for a bad id or name, 409 when the id is taken. */
    public ProjectRecord create(String id, String name, String createdBy) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ApiException.badRequest("a project id is 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit; got "
                    + (id == null ? "none" : "'" + id + "'"));
        }
        String displayName = name == null || name.isBlank() ? id : name.strip();
        if (displayName.length() > 400) {
            throw ApiException.badRequest("a project name has at most 400 characters");
        }
        try {
            return store.createProject(id, displayName, createdBy);
        } catch (DuplicateProjectException e) {
            throw new ApiException(Status.CONFLICT, "project_exists", e.getMessage());
        }
    }

    public Optional<ProjectRecord> find(String id) {
        return store.project(id);
    }

    /** The project, or 404 (also what a caller who may not see it gets, so that its existence does not leak). */
    public ProjectRecord require(String id) {
        return store.project(id).orElseThrow(() -> ApiException.notFound("no project '" + id + "'"));
    }

    /** The projects among {@code ids}, by id (for {@code GET /projects}: the caller's memberships). */
    public List<ProjectRecord> list(Collection<String> ids) {
        return store.projects(ids);
    }

    /** The most characters a project description has. */
    public static final int DESCRIPTION_LIMIT = 2000;

    /** 400 unless {@code description} is empty or at most {@link #DESCRIPTION_LIMIT} characters. */
    public static String checkDescription(String description) {
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > DESCRIPTION_LIMIT) {
            throw ApiException.badRequest("a project description has at most " + DESCRIPTION_LIMIT + " characters; got " + text.length());
        }
        return text;
    }

    /** Sets the description of an existing project (blank: none); 400 when it is too long, 404 for an unknown project. */
    public void describe(String id, String description) {
        String text = checkDescription(description);
        if (!store.describeProject(id, text)) {
            throw ApiException.notFound("no project '" + id + "'");
        }
    }

    /** The descriptions of those of {@code ids} that have one, by id. */
    public java.util.Map<String, String> descriptions(Collection<String> ids) {
        return store.projectDescriptions(ids);
    }
}
