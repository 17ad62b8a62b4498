package org.dovetail.server.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * Where the repository lives: projects, revisions, the model as versioned element and value rows, findings, waivers
 * and baselines. The services hold the logic; an implementation only stores and finds
 * ({@link org.dovetail.server.store.jpa.JpaRepositoryStore} on EclipseLink, for H2 and PostgreSQL).
 */
public interface RepositoryStore {

    /** Creates an empty project (head revision 0); {@link DuplicateProjectException} when the id is taken. */
    ProjectRecord createProject(String id, String name, String createdBy);

    Optional<ProjectRecord> project(String id);

    /** The projects among {@code ids} that exist, by id. */
    List<ProjectRecord> projects(Collection<String> ids);

    /**
     * Sets the gate's policy of a project; false if there is no such project. {@code alsoInTransaction} runs in the same
     * transaction (the audit entry).
     */
    boolean setFailOn(String projectId, String failOn, Consumer<EntityManager> alsoInTransaction);

    /**
     * Runs {@code work} in one transaction holding the project's row lock; the transaction commits when {@code work}
     * returns and rolls back when it throws. Empty if there is no such project.
     */
    <T> Optional<T> withLockedProject(String projectId, Function<LockedProject, T> work);

    /** Revisions {@code since+1 …} with operations, oldest first, at most {@code limit}. */
    List<StoredRevision> revisionsAfter(String projectId, long since, int limit);

    /** One revision with its operations. */
    Optional<StoredRevision> revision(String projectId, long number);

    /** Revisions without operations, newest first. */
    List<StoredRevision> history(String projectId, long offset, int limit);

    /** Revisions that touched {@code elementId}, with operations, newest first. */
    List<StoredRevision> elementHistory(String projectId, String elementId, long offset, int limit);

    /** The model at {@code revision}: the element and value rows valid then. */
    ModelRows modelAt(String projectId, long revision);

    /** A page of the findings that held at {@code revision}, in (rule, element) order. */
    List<FindingRow> findingsAt(String projectId, long revision, FindingQuery query);

    WaiverRecord addWaiver(String projectId, WaiverRecord waiver, Consumer<EntityManager> alsoInTransaction);

    List<WaiverRecord> waivers(String projectId);

    /** Adds a baseline; false if one of that name exists. */
    boolean addBaseline(String projectId, BaselineRecord baseline, Consumer<EntityManager> alsoInTransaction);

    List<BaselineRecord> baselines(String projectId);

    /** Sets a project's description ({@code null}: none); false if there is no such project. */
    boolean describeProject(String projectId, String description);

    /** The descriptions of those of {@code ids} that have one, by id. */
    java.util.Map<String, String> projectDescriptions(Collection<String> ids);
}
