package org.dovetail.server.store.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.dovetail.server.db.Database;
import org.dovetail.server.store.LockedProject;
import org.dovetail.server.store.ProjectRecord;
import org.dovetail.server.store.RevisionWrite;
import org.dovetail.server.store.StoredRevision;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * A project whose row is locked ({@code SELECT … FOR UPDATE}) in the transaction of {@link #em}. The revisions written
 * are appended to the revision log when the work is done, just before the transaction commits; the queries here see
 * what was committed before the transaction, not those revisions. Queries of the versioned rows first bring the
 * projection up to the head the transaction started from; on H2 they read the projection's own database, outside this
 * transaction (the projection below the locked head is committed and does not change).
 */
final class JpaLockedProject implements LockedProject {

    private final EntityManager em;
    private final ProjectEntity project;
    private final String projectId;
    private final long startHead;
    private final Projector projector;
    private final List<RevisionWrite> writes = new ArrayList<>();
    private final List<Future<List<String>>> deltas = new ArrayList<>();
    private final int rowDeltaChunkChars;
    private final Database database;

    JpaLockedProject(EntityManager em, ProjectEntity project, Projector projector, Database database,
            int rowDeltaChunkChars) {
        this.em = em;
        this.database = database;
        this.rowDeltaChunkChars = rowDeltaChunkChars;
        this.project = project;
        this.projectId = project.toRecord().id();
        this.startHead = project.toRecord().headRevision();
        this.projector = projector;
    }

    @Override
    public ProjectRecord project() {
        return project.toRecord();
    }

    @Override
    public Optional<StoredRevision> byClient(String clientId, long clientSequence) {
        // Asked once per change set of every group: plain JDBC on the unique index, the scalar columns only.
        try (PreparedStatement s = em.unwrap(Connection.class).prepareStatement("SELECT number, base_revision, author, committed_at,"
                + " message, rebased, operation_count FROM dt_revision WHERE project_id = ? AND client_id = ? AND client_sequence = ?")) {
            s.setString(1, projectId);
            s.setString(2, clientId);
            s.setLong(3, clientSequence);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRevision(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Rows.instant(rs.getObject(4, java.time.LocalDateTime.class)), rs.getString(5), clientId, clientSequence, rs.getBoolean(6),
                        rs.getInt(7), null));
            }
        } catch (SQLException e) {
            throw new PersistenceException("the revision of change set " + clientId + "#" + clientSequence + " could not be looked up: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredRevision> revisionsAfter(long from) {
        return em.createQuery("SELECT r FROM RevisionEntity r WHERE r.projectId = :p AND r.number > :from ORDER BY r.number",
                RevisionEntity.class).setParameter("p", projectId).setParameter("from", from).getResultList().stream()
                .map(Rows::revision).toList();
    }

    @Override
    public Map<String, Long> deletedAfter(long from) {
        projector.ensure(projectId, startHead);
        Map<String, Long> deleted = new HashMap<>();
        for (TouchEntity t : projection(p -> p.createQuery("SELECT t FROM TouchEntity t WHERE t.projectId = :p AND t.revision > :from"
                + " AND t.deleted = TRUE", TouchEntity.class).setParameter("p", projectId).setParameter("from", from).getResultList())) {
            deleted.put(t.elementId, t.revision);
        }
        return deleted;
    }

    @Override
    public String valueAt(long revision, String elementId, String feature) {
        projector.ensure(projectId, revision);
        return projection(p -> p.createQuery("SELECT v.value FROM ValueRowEntity v WHERE v.projectId = :p AND v.elementId = :e"
                + " AND v.feature = :f AND v.validFrom <= :n AND v.validTo > :n", String.class).setParameter("p", projectId)
                .setParameter("e", elementId).setParameter("f", feature).setParameter("n", revision).getResultStream().findFirst()
                .orElse(null));
    }

    /** A query of the versioned rows: in this transaction when they share its database, else in the projection's. */
    private <T> T projection(Function<EntityManager, T> query) {
        return database.hasSeparateProjection() ? database.readProjection(query) : query.apply(em);
    }

    @Override
    public void write(RevisionWrite write) {
        writes.add(write);
        // The row delta's JSON is made on the other core while the group's next change sets are applied.
        deltas.add(RowDelta.encodeAsync(write, rowDeltaChunkChars));
        project.headRevision(write.revision().number());
    }

    /** Whether revisions were written (the projector has work once the transaction commits). */
    boolean wrote() {
        return !writes.isEmpty();
    }

    /** Appends the transaction's revisions to the log (before it commits). */
    void flush() {
        if (writes.isEmpty()) {
            return;
        }
        try {
            List<List<String>> json = new ArrayList<>(deltas.size());
            for (Future<List<String>> delta : deltas) {
                json.add(delta.get());
            }
            RevisionLog.append(em.unwrap(Connection.class), projectId, writes, json);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("interrupted while the revisions' row deltas were written", e);
        } catch (ExecutionException e) {
            throw new PersistenceException("the row delta of a revision could not be written: " + e.getCause(), e.getCause());
        } catch (SQLException e) {
            throw new PersistenceException("revisions could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public EntityManager transaction() {
        return em;
    }
}
