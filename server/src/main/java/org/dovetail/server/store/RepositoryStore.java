package org.dovetail.server.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the repository lives: projects, revisions and the versioned model rows. The services hold the logic; an
 * implementation only stores and finds ({@link org.dovetail.server.store.jpa.JpaRepositoryStore} on EclipseLink).
 */
public interface RepositoryStore {

    /** Creates an empty project (head revision 0); {@link DuplicateProjectException} when the id is taken. */
    ProjectRecord createProject(String id, String name, String createdBy);

    Optional<ProjectRecord> project(String id);

    /** The projects among {@code ids} that exist, by id. */
    List<ProjectRecord> projects(Collection<String> ids);

    /** Sets the gate's policy of a project; false if there is no such project. */
    boolean setFailOn(String projectId, String failOn);
}
