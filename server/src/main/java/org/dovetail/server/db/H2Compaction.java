package org.dovetail.server.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * Slows the growth of H2's files. H2 writes each commit as a new chunk and frees a chunk only when none of its pages is
 * live any more; rewriting the live pages of sparse chunks is its background thread's work, and that thread does not
 * run with {@code WRITE_DELAY=0}, which the server needs for every acknowledged commit to be on disk. Without it the
 * projection file of a 100 K-element project measured 22 GB (7 % live) after 3,300 commits, and a 1 M-element project
 * filled the disk. A daemon thread does that work instead: every {@link #PERIOD_MILLIS}, for each file whose chunks are
 * on average less than {@link #TARGET_FILL_RATE} % live, it rewrites the sparsest chunks' live pages a step at a time
 * within the file's time budget. Each step holds the store's lock, so a commit waits for one step at most; the log's
 * steps (on the commit path) are small, the projection's larger.
 *
 * <p>Uses H2's own store API ({@link MVStore#compact(int, int)}): no SQL statement compacts an open database.</p>
 */
final class H2Compaction implements AutoCloseable {

    static final int TARGET_FILL_RATE = 60;
    static final long PERIOD_MILLIS = 500;

    /** How much one file may be rewritten per round: bytes per step, milliseconds per round. */
    record Budget(int stepBytes, long millis) {
        /** The revision log: commits wait for the store's lock, so short steps. */
        static final Budget LOG = new Budget(2 << 20, 50);
        /** H2's projection file: only the projector and reads use it. */
        static final Budget PROJECTION = new Budget(16 << 20, 300);
    }

    /** One file to keep compact: where it is reached, its budget, its store once looked up. */
    private static final class Target {
        final DataSource source;
        final Budget budget;
        private MVStore store;

        Target(DataSource source, Budget budget) {
            this.source = source;
            this.budget = budget;
        }

        /** The file's store, looked up again when H2 has closed it (a database closed and reopened). */
        synchronized MVStore store() {
            if (store == null || store.isClosed()) {
                store = storeOf(source);
            }
            return store;
        }
    }

    private static final Logger LOG = Logger.getLogger(H2Compaction.class.getName());

    private final List<Target> targets = new ArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dovetail-h2-compaction");
        t.setDaemon(true);
        return t;
    });

    /** Starts compacting the log's file and, when there is one, the projection's. */
    H2Compaction(DataSource log, DataSource projection) {
        targets.add(new Target(log, Budget.LOG));
        if (projection != null) {
            targets.add(new Target(projection, Budget.PROJECTION));
        }
        thread.scheduleWithFixedDelay(this::compact, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * The store of the embedded H2 database {@code source} connects to (the same for every connection), or {@code null}
     * for an H2 server reached over TCP, which compacts its own files.
     */
    static MVStore storeOf(DataSource source) {
        try (Connection c = source.getConnection()) {
            try {
                return c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                        ? local.getDatabase().getStore().getMvStore()
                        : null;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the H2 database's store could not be reached: " + e.getMessage(), e);
        }
    }

    /** One round over the files: the steps each needs, within its budget. */
    void compact() {
        for (Target target : targets) {
            try {
                MVStore store = target.store();
                if (store != null) {
                    compact(store, target.budget);
                }
            } catch (RuntimeException e) {
                // A closing database, or a step H2 refused: the next round tries again.
                LOG.log(Level.FINE, "H2 compaction round failed", e);
            }
        }
    }

    /** Rewrites {@code store}'s sparsest chunks within {@code budget}; the number of steps taken. */
    static int compact(MVStore store, Budget budget) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budget.millis());
        int steps = 0;
        // compact() is false when the chunks are live enough, none is old enough, or another thread holds the lock.
        while (System.nanoTime() < deadline && needsCompaction(store) && store.compact(TARGET_FILL_RATE, budget.stepBytes())) {
            steps++;
        }
        if (steps > 0) {
            // The rewritten pages go out now, not with the next commit (an idle file has none); the chunks they left
            // are freed once H2's retention time has passed.
            store.commit();
            LOG.fine(() -> String.format("%s: compacted in steps, chunks now %d %% live", store.getFileStore().getFileName(),
                    store.getFileStore().getChunksFillRate()));
        }
        return steps;
    }

    static boolean needsCompaction(MVStore store) {
        FileStore<?> file = store.getFileStore();
        return !store.isClosed() && file != null && file.getChunksFillRate() < TARGET_FILL_RATE;
    }

    /** What each file holds now: its size, the live share of its chunks and the used share of its length. */
    List<H2File> files() {
        List<H2File> files = new ArrayList<>();
        for (Target target : targets) {
            MVStore store = target.store();
            FileStore<?> file = store == null ? null : store.getFileStore();
            if (file != null) {
                files.add(new H2File(Path.of(file.getFileName()).getFileName().toString(), file.size(), file.getChunksFillRate(),
                        file.getFillRate()));
            }
        }
        return files;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
