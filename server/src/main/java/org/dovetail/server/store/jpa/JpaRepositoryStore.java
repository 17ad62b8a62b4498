package org.dovetail.server.store.jpa;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.dovetail.server.db.Database;
import org.dovetail.server.store.BaselineRecord;
import org.dovetail.server.store.DuplicateProjectException;
import org.dovetail.server.store.FindingQuery;
import org.dovetail.server.store.FindingRow;
import org.dovetail.server.store.LockedProject;
import org.dovetail.server.store.ModelRows;
import org.dovetail.server.store.ProjectRecord;
import org.dovetail.server.store.RepositoryStore;
import org.dovetail.server.store.StoredRevision;
import org.dovetail.server.store.WaiverRecord;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

/**
 * The {@link RepositoryStore} on the JPA persistence unit (EclipseLink), for H2 and PostgreSQL alike. A commit holds
 * the project row's pessimistic lock ({@code SELECT … FOR UPDATE}), which serialises the commits of a project across
 * threads and server instances, and appends its revision to the log; the versioned model rows are derived from the log
 * by the {@link Projector}, so reads at any revision are range queries once the projection has reached it.
 */
public final class JpaRepositoryStore implements RepositoryStore {

    private final Database database;
    private final Projector projector;
    /** Commit transactions open in this instance (the projector's background yields to them). */
    private final AtomicInteger committing = new AtomicInteger();
    /** When the last commit transaction of this instance ended ({@link System#nanoTime}); H2's projector waits for a pause. */
    private volatile long lastCommitEnded = System.nanoTime();

    /** Characters per stored chunk of a revision's row delta by default: 1 M (1–2 MB in the database). */
    public static final int DEFAULT_ROW_DELTA_CHUNK_CHARS = 1 << 20;

    /** Characters per stored chunk of a revision's row delta ({@link RowDeltaText}). */
    private final int rowDeltaChunkChars;

    public JpaRepositoryStore(Database database) {
        this(database, DEFAULT_ROW_DELTA_CHUNK_CHARS);
    }

    /**
     * {@code rowDeltaChunkChars}: characters per stored chunk of a revision's row delta (the default suits every size;
     * tests make it small so that ordinary revisions cross chunk boundaries).
     */
    public JpaRepositoryStore(Database database, int rowDeltaChunkChars) {
        if (rowDeltaChunkChars < 1) {
            throw new IllegalArgumentException("a row delta chunk holds at least one character: " + rowDeltaChunkChars);
        }
        this.database = database;
        this.rowDeltaChunkChars = rowDeltaChunkChars;
        this.projector = new Projector(database.dataSource(), database.projectionDataSource(), database.isPostgres(), committing::get,
                () -> lastCommitEnded);
        database.beforeClose(projector::close);
        projector.resumeAll();
    }

    @Override
    public ProjectRecord createProject(String id, String name, String createdBy) {
        ProjectRecord created;
        try {
            created = database.inTransaction(em -> {
                if (em.find(ProjectEntity.class, id) != null) {
                    throw new DuplicateProjectException(id);
                }
                ProjectEntity project = new ProjectEntity(id, name, "never", LocalDateTime.now(ZoneOffset.UTC), createdBy);
                em.persist(project);
                em.flush();
                if (!database.hasSeparateProjection()) {
                    // H2: the projection file gets its row after this transaction (Projector#track).
                    em.createNativeQuery("INSERT INTO dt_projection (project_id, revision) VALUES (?, 0)").setParameter(1, id).executeUpdate();
                }
                return project.toRecord();
            });
        } catch (PersistenceException e) {
            // Two creations of one id at once: the primary key refuses the second.
            if (project(id).isPresent()) {
                throw new DuplicateProjectException(id);
            }
            throw e;
        }
        if (database.hasSeparateProjection()) {
            projector.track(id);
        }
        return created;
    }

    @Override
    public Optional<ProjectRecord> project(String id) {
        return database.read(em -> Optional.ofNullable(em.find(ProjectEntity.class, id)).map(ProjectEntity::toRecord));
    }

    @Override
    public List<ProjectRecord> projects(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(em -> em.createQuery("SELECT p FROM ProjectEntity p WHERE p.id IN :ids ORDER BY p.id", ProjectEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream().map(ProjectEntity::toRecord).toList());
    }

    @Override
    public boolean setFailOn(String projectId, String failOn, Consumer<EntityManager> alsoInTransaction) {
        return database.inTransaction(em -> {
            ProjectEntity project = em.find(ProjectEntity.class, projectId, LockModeType.PESSIMISTIC_WRITE);
            if (project == null) {
                return false;
            }
            project.failOn(failOn);
            alsoInTransaction.accept(em);
            return true;
        });
    }

    @Override
    public <T> Optional<T> withLockedProject(String projectId, Function<LockedProject, T> work) {
        boolean[] wrote = { false };
        Optional<T> result;
        committing.incrementAndGet();
        try {
            result = database.inTransaction(em -> {
                ProjectEntity project = em.find(ProjectEntity.class, projectId, LockModeType.PESSIMISTIC_WRITE);
                if (project == null) {
                    return Optional.empty();
                }
                JpaLockedProject locked = new JpaLockedProject(em, project, projector, database, rowDeltaChunkChars);
                T answer = work.apply(locked);
                locked.flush();
                wrote[0] = locked.wrote();
                return Optional.of(answer);
            });
        } finally {
            lastCommitEnded = System.nanoTime();
            committing.decrementAndGet();
        }
        if (wrote[0]) {
            projector.schedule(projectId);
        }
        return result;
    }

    @Override
    public List<StoredRevision> revisionsAfter(String projectId, long since, int limit) {
        return database.read(em -> em.createQuery("SELECT r FROM RevisionEntity r WHERE r.projectId = :p AND r.number > :since"
                + " ORDER BY r.number", RevisionEntity.class).setParameter("p", projectId).setParameter("since", since)
                .setMaxResults(limit).getResultList().stream().map(Rows::revision).toList());
    }

    @Override
    public Optional<StoredRevision> revision(String projectId, long number) {
        return database.read(em -> em.createQuery("SELECT r FROM RevisionEntity r WHERE r.projectId = :p AND r.number = :n",
                RevisionEntity.class).setParameter("p", projectId).setParameter("n", number).getResultStream().findFirst()
                .map(Rows::revision));
    }

    @Override
    public List<StoredRevision> history(String projectId, long offset, int limit) {
        // Scalar columns only: the operations (the bulk of a revision) are not read for a history page.
        return database.read(em -> em.createQuery("SELECT r.number, r.baseRevision, r.author, r.committedAt, r.message, r.clientId,"
                + " r.clientSequence, r.rebased, r.operationCount FROM RevisionEntity r WHERE r.projectId = :p ORDER BY r.number DESC",
                Object[].class).setParameter("p", projectId).setFirstResult(Math.toIntExact(offset)).setMaxResults(limit)
                .getResultList().stream()
                .map(c -> new StoredRevision((Long) c[0], (Long) c[1], (String) c[2], Rows.instant((LocalDateTime) c[3]), (String) c[4],
                        (String) c[5], (Long) c[6], (Boolean) c[7], (Integer) c[8], null))
                .toList());
    }

    @Override
    public List<StoredRevision> elementHistory(String projectId, String elementId, long offset, int limit) {
        project(projectId).ifPresent(p -> projector.ensure(projectId, p.headRevision()));
        // The revisions that touched the element come from the projection, the revisions themselves from the log (on H2
        // another database): every touched revision is in the log, so paging the touches pages the history.
        List<Long> numbers = database.readProjection(em -> em.createQuery("SELECT DISTINCT t.revision FROM TouchEntity t"
                + " WHERE t.projectId = :p AND t.elementId = :e ORDER BY t.revision DESC", Long.class).setParameter("p", projectId)
                .setParameter("e", elementId).setFirstResult(Math.toIntExact(offset)).setMaxResults(limit).getResultList());
        if (numbers.isEmpty()) {
            return List.of();
        }
        return database.read(em -> em.createQuery("SELECT r FROM RevisionEntity r WHERE r.projectId = :p AND r.number IN :n"
                + " ORDER BY r.number DESC", RevisionEntity.class).setParameter("p", projectId).setParameter("n", numbers)
                .getResultList().stream().map(Rows::revision).toList());
    }

    @Override
    public ModelRows modelAt(String projectId, long revision) {
        projector.ensure(projectId, revision);
        return database.readProjection(em -> new ModelRows(
                em.createQuery("SELECT e FROM ElementRowEntity e WHERE e.projectId = :p AND e.validFrom <= :n AND e.validTo > :n",
                        ElementRowEntity.class).setParameter("p", projectId).setParameter("n", revision).getResultList().stream()
                        .map(Rows::element).toList(),
                em.createQuery("SELECT v FROM ValueRowEntity v WHERE v.projectId = :p AND v.validFrom <= :n AND v.validTo > :n",
                        ValueRowEntity.class).setParameter("p", projectId).setParameter("n", revision).getResultList().stream()
                        .map(Rows::value).toList()));
    }

    @Override
    public List<FindingRow> findingsAt(String projectId, long revision, FindingQuery query) {
        projector.ensure(projectId, revision);
        // Ordered as the primary key (project, rule, element, valid from) so the database walks that index and stops
        // after the page instead of sorting every finding of the revision (at 1 M elements, gigabytes of temporary rows).
        StringBuilder jpql = new StringBuilder("SELECT f FROM FindingRowEntity f WHERE f.projectId = :p AND f.validFrom <= :n AND f.validTo > :n");
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("p", projectId, "n", revision));
        if (!query.severities().isEmpty()) {
            jpql.append(" AND f.severity IN :severities");
            parameters.put("severities", query.severities());
        }
        if (query.ruleId() != null) {
            jpql.append(" AND f.ruleId = :rule");
            parameters.put("rule", query.ruleId());
        }
        if (query.elementId() != null) {
            jpql.append(" AND f.elementId = :element");
            parameters.put("element", query.elementId());
        }
        if (query.after() != null) {
            // The redundant lower bound lets the index cursor start at the previous page's rule.
            jpql.append(" AND f.ruleId >= :afterRule AND (f.ruleId > :afterRule OR (f.ruleId = :afterRule AND f.elementId > :afterElement))");
            parameters.put("afterRule", query.after().ruleId());
            parameters.put("afterElement", query.after().elementId());
        }
        jpql.append(" ORDER BY f.projectId, f.ruleId, f.elementId");
        return database.readProjection(em -> {
            TypedQuery<FindingRowEntity> q = em.createQuery(jpql.toString(), FindingRowEntity.class).setMaxResults(query.limit());
            parameters.forEach(q::setParameter);
            return q.getResultList().stream().map(Rows::finding).toList();
        });
    }

    @Override
    public WaiverRecord addWaiver(String projectId, WaiverRecord waiver, Consumer<EntityManager> alsoInTransaction) {
        return database.inTransaction(em -> {
            em.persist(Rows.entity(projectId, waiver));
            alsoInTransaction.accept(em);
            return waiver;
        });
    }

    @Override
    public List<WaiverRecord> waivers(String projectId) {
        return database.read(em -> em.createQuery("SELECT w FROM WaiverEntity w WHERE w.projectId = :p ORDER BY w.grantedAt, w.id",
                WaiverEntity.class).setParameter("p", projectId).getResultList().stream().map(Rows::waiver).toList());
    }

    @Override
    public boolean addBaseline(String projectId, BaselineRecord baseline, Consumer<EntityManager> alsoInTransaction) {
        return database.inTransaction(em -> {
            // The project row lock makes the check-then-insert safe against a concurrent baseline of the same name.
            em.find(ProjectEntity.class, projectId, LockModeType.PESSIMISTIC_WRITE);
            BaselineEntity.Key key = new BaselineEntity.Key();
            key.projectId = projectId;
            key.name = baseline.name();
            if (em.find(BaselineEntity.class, key) != null) {
                return false;
            }
            em.persist(Rows.entity(projectId, baseline));
            alsoInTransaction.accept(em);
            return true;
        });
    }

    @Override
    public List<BaselineRecord> baselines(String projectId) {
        return database.read(em -> em.createQuery("SELECT b FROM BaselineEntity b WHERE b.projectId = :p ORDER BY b.revision, b.name",
                BaselineEntity.class).setParameter("p", projectId).getResultList().stream().map(Rows::baseline).toList());
    }

    @Override
    public boolean describeProject(String projectId, String description) {
        // Native: the description is not part of the project entity (its cached row serialises commits).
        return database.inTransaction(em -> em.createNativeQuery("UPDATE dt_project SET description = ? WHERE id = ?")
                .setParameter(1, description).setParameter(2, projectId).executeUpdate()) > 0;
    }

    @Override
    public java.util.Map<String, String> projectDescriptions(Collection<String> ids) {
        java.util.Map<String, String> descriptions = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return descriptions;
        }
        List<String> list = List.copyOf(ids);
        String placeholders = String.join(", ", java.util.Collections.nCopies(list.size(), "?"));
        return database.read(em -> {
            jakarta.persistence.Query query = em.createNativeQuery("SELECT id, description FROM dt_project WHERE description IS NOT NULL"
                    + " AND id IN (" + placeholders + ")");
            for (int i = 0; i < list.size(); i++) {
                query.setParameter(i + 1, list.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                descriptions.put(String.valueOf(columns[0]), String.valueOf(columns[1]));
            }
            return descriptions;
        });
    }
}
