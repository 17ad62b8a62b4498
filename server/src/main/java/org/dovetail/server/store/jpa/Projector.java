package org.dovetail.server.store.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;

/**
 * Derives the versioned rows ({@code dt_element}, {@code dt_value}, {@code dt_finding}, {@code dt_touch}) from the
 * revision log, in revision order, and records in {@code dt_projection} how far it got, in the same transaction as the
 * rows. Commits only append to the log and {@link #schedule} a catch-up on a background thread; a read that needs the
 * rows at revision R calls {@link #ensure} first, which projects up to R itself when the background has not yet (so a
 * read is never stale). One projector at a time per project: a lock in this instance and the {@code dt_projection}
 * row's lock ({@code FOR UPDATE}) across instances on one database; the lock is never the project row a commit holds.
 * <p>
 * On H2 the rows and {@code dt_projection} are in a database of their own ({@code projection}), read from the log on a
 * second connection: a projection transaction holds no page of the log's store, so commits never write its pages.
 * The projection can only run behind the log (it reads committed revisions only); a projection found ahead of the log
 * at start (a log restored from an older copy) or of a project the log does not have is dropped and built again.
 */
final class Projector implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Projector.class.getName());

    /** Most revisions projected in one transaction. */
    static final int MAX_REVISIONS = 256;
    /** Projecting stops adding revisions to a transaction once they hold this many operations. */
    static final int MAX_OPERATIONS = 100_000;
    /**
     * How long a scheduled catch-up waits before it starts: the commits of that time join its transaction (fewer, larger
     * transactions and fsyncs competing with the commit path), and reads never wait for it ({@link #ensure}).
     */
    static final long COALESCE_MILLIS = 200;

    /**
     * A background catch-up waits before each transaction while commits are in progress in this instance, at most this
     * long, so at peak it takes the cores and the disk between commit groups rather than from them, and still keeps up.
     */
    static final long YIELD_MILLIS = 500;

    /**
     * H2 only: the background projects only after commits have paused this long (or after {@link #H2_MAX_WAIT_MILLIS}),
     * in transactions of at most {@link #H2_MAX_REVISIONS} revisions. H2 keeps every table in one store and writes all
     * of its changed pages at each commit, so a commit made while a projection transaction is open serialises that
     * transaction's pages too (the commit threads spent a third of their time there), and on 2 cores the projector's
     * CPU came out of the commits'. Reads never wait for this: they project what they need themselves ({@link #ensure}).
     */
    static final long H2_IDLE_MILLIS = 250;
    static final long H2_MAX_WAIT_MILLIS = 10_000;
    static final int H2_MAX_REVISIONS = 32;

    private final DataSource log;
    /** Where the rows and dt_projection are: {@link #log} itself, or H2's projection file. */
    private final DataSource projection;
    private final boolean separate;
    private final boolean postgres;
    private final IntSupplier commitsInProgress;
    private final LongSupplier lastCommitEnded;
    private final ScheduledThreadPoolExecutor background;
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * {@code commitsInProgress}: how many commit transactions of this instance are open (the background yields to them);
     * {@code postgres}: whether its transactions may skip waiting for their own WAL flush (below), else H2's pacing;
     * {@code lastCommitEnded}: when the last commit transaction ended ({@link System#nanoTime}); {@code projection}: the
     * database of the rows, {@code log} itself or one of their own.
     */
    Projector(DataSource log, DataSource projection, boolean postgres, IntSupplier commitsInProgress, LongSupplier lastCommitEnded) {
        this.log = log;
        this.projection = projection;
        this.separate = log != projection;
        this.postgres = postgres;
        this.commitsInProgress = commitsInProgress;
        this.lastCommitEnded = lastCommitEnded;
        this.background = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "dovetail-projector");
            thread.setDaemon(true);
            // Behind the commit path when both want the cores.
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        // A catch-up not started at close is resumed by the next start (resumeAll), so close does not wait for it.
        background.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Projects, soon and on the background thread, whatever the log of the project holds beyond the projection. */
    void schedule(String projectId) {
        if (closed || !scheduled.add(projectId)) {
            return;
        }
        try {
            background.schedule(() -> {
                scheduled.remove(projectId);
                try {
                    catchUp(projectId, Long.MAX_VALUE, true);
                } catch (RuntimeException e) {
                    if (!closed) {
                        LOG.log(Level.WARNING, "project " + projectId + ": projecting the revision log failed (retried by the next commit or read)", e);
                    }
                }
            }, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            scheduled.remove(projectId);
        }
    }

    /** Returns once the versioned rows hold every revision up to {@code revision} (a committed one). */
    void ensure(String projectId, long revision) {
        if (projected(projectId) < revision) {
            catchUp(projectId, revision, false);
        }
    }

    /** How far the project is projected (0 when it has no projection row yet). */
    long projected(String projectId) {
        try (Connection c = projection.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT revision FROM dt_projection WHERE project_id = ?")) {
                s.setString(1, projectId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0;
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new PersistenceException("the projection of project " + projectId + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Projects until {@code upTo} or the end of the log, one transaction at a time under the project's lock; returns
     * the projected revision. In the {@code background}, each transaction first lets the commits in progress finish
     * (for at most {@link #YIELD_MILLIS}); a read that waits for the projection does not wait for commits.
     */
    long catchUp(String projectId, long upTo, boolean background) {
        ReentrantLock lock = locks.computeIfAbsent(projectId, k -> new ReentrantLock());
        while (true) {
            if (background) {
                // Not holding the lock: a commit or read that needs the projection now does not wait for this.
                yieldToCommits();
            }
            Step step;
            lock.lock();
            try {
                step = projectOnce(projectId, upTo, background);
            } finally {
                lock.unlock();
            }
            if (step.projected() >= upTo || !step.more()) {
                return step.projected();
            }
        }
    }

    private record Step(long projected, boolean more) {
    }

    private void yieldToCommits() {
        long now = System.nanoTime();
        long deadline = now + TimeUnit.MILLISECONDS.toNanos(postgres ? YIELD_MILLIS : H2_MAX_WAIT_MILLIS);
        long idle = TimeUnit.MILLISECONDS.toNanos(postgres ? 0 : H2_IDLE_MILLIS);
        while (!closed && now < deadline && (commitsInProgress.getAsInt() > 0 || now - lastCommitEnded.getAsLong() < idle)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(postgres ? 2 : 10));
            now = System.nanoTime();
        }
    }

    /** One transaction: the next revisions of the log after the projection, their rows, the new projection. */
    private Step projectOnce(String projectId, long upTo, boolean background) {
        try (Connection c = projection.getConnection()) {
            try {
                if (postgres) {
                    // The rows are derived from the durable log: a crash that loses this transaction loses it whole
                    // (with its dt_projection row), and the next start projects it again. So it need not wait for its
                    // own fsync, and commits do not queue behind one more flush of the projector's WAL.
                    try (java.sql.Statement s = c.createStatement()) {
                        s.execute("SET LOCAL synchronous_commit TO OFF");
                    }
                }
                long projected = lockProjection(c, projectId);
                if (projected >= upTo) {
                    c.commit();
                    return new Step(projected, false);
                }
                RowBatch batch = new RowBatch(projectId);
                // A read catching up takes as much as it can; H2's background takes short steps between commits.
                int maxRevisions = postgres || !background ? MAX_REVISIONS : H2_MAX_REVISIONS;
                long last = separate ? readLog(projectId, projected, maxRevisions, batch) : readLog(c, projectId, projected, maxRevisions, batch);
                if (last == projected) {
                    c.commit();
                    return new Step(projected, false);
                }
                batch.flush(c);
                try (PreparedStatement s = c.prepareStatement("UPDATE dt_projection SET revision = ? WHERE project_id = ?")) {
                    s.setLong(1, last);
                    s.setString(2, projectId);
                    s.executeUpdate();
                }
                c.commit();
                return new Step(last, true);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("project " + projectId + ": the revision log could not be projected: " + e.getMessage(), e);
        }
    }

    /** {@link #readLog(Connection, String, long, int, RowBatch)} on a connection to the log of its own (read only). */
    private long readLog(String projectId, long projected, int maxRevisions, RowBatch batch) throws SQLException {
        try (Connection c = log.getConnection()) {
            try {
                return readLog(c, projectId, projected, maxRevisions, batch);
            } finally {
                c.rollback();
            }
        }
    }

    /** Adds the row deltas of the revisions after {@code projected} to {@code batch}; returns the last one added. */
    private static long readLog(Connection c, String projectId, long projected, int maxRevisions, RowBatch batch) throws SQLException {
        long last = projected;
        int operations = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT number, operation_count, row_delta, row_delta_chunks FROM dt_revision"
                + " WHERE project_id = ? AND number > ? ORDER BY number FETCH FIRST " + maxRevisions + " ROWS ONLY")) {
            s.setFetchSize(8);
            s.setString(1, projectId);
            s.setLong(2, projected);
            try (ResultSet rs = s.executeQuery()) {
                while (operations < MAX_OPERATIONS && rs.next()) {
                    long number = rs.getLong(1);
                    if (number != last + 1) {
                        throw new IllegalStateException("the revision log of project " + projectId + " has a gap after " + last);
                    }
                    try (RevisionLog.Chunks delta = RevisionLog.chunks(c, projectId, number, rs.getString(3), rs.getInt(4))) {
                        batch.add(number, RowDelta.read(number, delta.reader()));
                    }
                    operations += rs.getInt(2);
                    last = number;
                }
            }
        }
        return last;
    }

    /** Gives a new project its projection row (revision 0) in a projection database of its own, if it has none yet. */
    void track(String projectId) {
        try (Connection c = projection.getConnection()) {
            try {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO dt_projection (project_id, revision) SELECT ?, 0"
                        + " WHERE NOT EXISTS (SELECT 1 FROM dt_projection WHERE project_id = ?)")) {
                    s.setString(1, projectId);
                    s.setString(2, projectId);
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                // The projector inserted it meanwhile (lockProjection): what was wanted.
                if (!hasRow(c, projectId)) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("project " + projectId + ": its projection could not be started: " + e.getMessage(), e);
        }
    }

    private static boolean hasRow(Connection c, String projectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM dt_projection WHERE project_id = ?")) {
            s.setString(1, projectId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            } finally {
                c.rollback();
            }
        }
    }

    /** Locks the project's projection row (creating it for a project that has none) and returns its revision. */
    private static long lockProjection(Connection c, String projectId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT revision FROM dt_projection WHERE project_id = ? FOR UPDATE")) {
            s.setString(1, projectId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dt_projection (project_id, revision) VALUES (?, 0)")) {
            s.setString(1, projectId);
            s.executeUpdate();
        }
        return 0;
    }

    /**
     * At start: projects whose log has run ahead of their projection are scheduled for the background; a projection
     * ahead of its log, or of a project the log does not have, is dropped first (it is rebuilt from the log).
     */
    void resumeAll() {
        Map<String, Long> heads = new java.util.HashMap<>();
        Map<String, Long> projections = new java.util.HashMap<>();
        try {
            // Projections first: a head read later is at least the head of then, so a projection never looks ahead of
            // its log because a commit came between the two reads.
            read(projection, "SELECT project_id, revision FROM dt_projection", projections);
            read(log, "SELECT id, head_revision FROM dt_project", heads);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "projects behind their revision log could not be listed", e);
            return;
        }
        for (Map.Entry<String, Long> p : List.copyOf(projections.entrySet())) {
            Long head = heads.get(p.getKey());
            // Only a projection of its own can be ahead (PostgreSQL commits a project's head and projection in one database).
            if (separate && (head == null || p.getValue() > head)) {
                LOG.warning("project " + p.getKey() + ": the projection (revision " + p.getValue() + ") is ahead of the revision log ("
                        + (head == null ? "no such project" : "head " + head) + "); it is dropped and projected again from the log");
                drop(p.getKey());
                projections.remove(p.getKey());
            }
        }
        List<String> behind = new ArrayList<>();
        heads.forEach((id, head) -> {
            if (projections.getOrDefault(id, 0L) < head) {
                behind.add(id);
            }
        });
        behind.forEach(this::schedule);
    }

    private static void read(DataSource source, String sql, Map<String, Long> into) throws SQLException {
        try (Connection c = source.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.put(rs.getString(1), rs.getLong(2));
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** Deletes a project's projected rows and its projection row, in one transaction. */
    private void drop(String projectId) {
        try (Connection c = projection.getConnection()) {
            try {
                for (String table : List.of("dt_element", "dt_value", "dt_finding", "dt_touch", "dt_projection")) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE project_id = ?")) {
                        s.setString(1, projectId);
                        s.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("project " + projectId + ": the projection ahead of the log could not be dropped: " + e.getMessage(), e);
        }
    }

    /** Stops the background (a projection in progress finishes or rolls back; the next start resumes it). */
    @Override
    public void close() {
        closed = true;
        background.shutdown();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
