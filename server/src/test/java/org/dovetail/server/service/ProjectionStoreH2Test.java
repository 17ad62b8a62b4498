package org.dovetail.server.service;

import static org.dovetail.server.testing.Ops.id;
import static org.dovetail.server.testing.Ops.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.dovetail.server.db.Database;
import org.dovetail.server.security.Caller;
import org.dovetail.server.store.FindingRow;
import org.dovetail.server.testing.TestRepository;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 keeps the projection in a file of its own ({@code dovetail-projection.mv.db}) beside the log
 * ({@code dovetail.mv.db}). The projection is derived from the log, so whatever state its file is in when the server
 * starts, the server brings it to the log by itself: a projection that stopped short of the log (what a crash or a
 * stop between commits and their projection leaves: here the file as it was stored before those commits), a deleted
 * file, and a projection ahead of the log (a log restored from an older copy), which is dropped and projected again.
 * Each test waits for the background, with no read asking for the rows, then compares what the reads return.
 */
class ProjectionStoreH2Test {

    /** The background catches up with a few revisions in well under a second; this is only the bound of a stuck one. */
    private static final long PATIENCE_SECONDS = 120;

    @TempDir
    Path temp;
    /** The server's data folder; copies of its files are kept beside it, in {@link #temp}. */
    private Path data;

    private final List<TestRepository> open = new ArrayList<>();
    private final Caller alice = TestRepository.caller("alice");
    private final String root = id();
    private final String domain = id();
    private final String process = id();
    private final String taskA = id();
    private final String taskB = id();

    @AfterEach
    void closeAll() throws Exception {
        for (TestRepository repo : open) {
            repo.close();
        }
    }

    @Test
    void aProjectionThatStoppedShortOfTheLogCatchesUpFromTheLogOnRestart() throws Exception {
        TestRepository first = start();
        long head = seed(first);
        head = rename(first, head, "before the stop", 3);
        awaitProjected(first, head);
        stop(first);
        Path stored = copyAside(projectionFile());

        TestRepository second = start();
        long stoppedAt = head;
        head = rename(second, head, "not yet projected", 5);
        awaitProjected(second, head);
        List<String> expected = state(second, head);
        List<String> expectedBefore = state(second, stoppedAt);
        stop(second);
        Files.copy(stored, projectionFile(), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(stoppedAt, projectedInFile(), "the projection file stopped at the first stop");
        assertEquals(head, headInLog(), "the log holds the later commits");

        TestRepository third = start();
        awaitProjected(third, head);
        assertEquals(expected, state(third, head));
        assertEquals(expectedBefore, state(third, stoppedAt));
    }

    @Test
    void aDeletedProjectionFileIsRebuiltFromTheLog() throws Exception {
        TestRepository first = start();
        long seeded = seed(first);
        long head = rename(first, seeded, "renamed", 4);
        first.commits.commit(alice, "p", ops().delete(taskB).on(head));
        head++;
        awaitProjected(first, head);
        List<String> expected = state(first, head);
        List<String> expectedSeed = state(first, seeded);
        stop(first);
        try (var files = Files.list(data)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("dovetail" + Database.PROJECTION_SUFFIX)).toList()) {
                Files.delete(file);
            }
        }
        assertTrue(Files.notExists(projectionFile()));

        TestRepository second = start();
        awaitProjected(second, head);
        assertEquals(expected, state(second, head));
        assertEquals(expectedSeed, state(second, seeded));
        assertEquals(head + 1, second.commits.commit(alice, "p", ops().set(taskA, "name", "after the rebuild").on(head)).revision());
        assertEquals("after the rebuild", nameAt(second, head + 1));
    }

    @Test
    void aProjectionAheadOfTheLogIsDroppedAndProjectedAgain() throws Exception {
        TestRepository first = start();
        long head = rename(first, seed(first), "kept", 2);
        awaitProjected(first, head);
        List<String> expected = state(first, head);
        stop(first);
        Path olderLog = copyAside(data.resolve("dovetail.mv.db"));

        TestRepository second = start();
        long later = rename(second, head, "lost with the log", 3);
        awaitProjected(second, later);
        stop(second);
        Files.copy(olderLog, data.resolve("dovetail.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(later, projectedInFile(), "the projection is ahead of the restored log");

        TestRepository third = start();
        assertEquals(head, third.projects.require("p").headRevision());
        assertEquals(expected, state(third, head));
        long next = third.commits.commit(alice, "p", ops().set(taskA, "name", "after the restore").on(head)).revision();
        assertEquals(head + 1, next);
        assertEquals("after the restore", nameAt(third, next), "the new revision is projected, not the lost one of that number");
        awaitProjected(third, next);
        assertEquals(List.of(next, head, head - 1, head - 2), third.reads.elementHistory("p", taskA, 0, 4).stream()
                .map(Revision::number).toList());
    }

    private TestRepository start() throws Exception {
        data = Files.createDirectories(temp.resolve("server"));
        TestRepository repo = new TestRepository(data, null);
        open.add(repo);
        return repo;
    }

    private void stop(TestRepository repo) throws Exception {
        open.remove(repo);
        repo.close();
    }

    /** Project p with two tasks in revision 1; returns 1. */
    private long seed(TestRepository repo) {
        repo.projects.create("p", "Project P", "alice");
        return repo.commits.commit(alice, "p", ops().skeleton(root, domain).process(process, domain, "Onboarding")
                .task(taskA, process, "Check ID").task(taskB, process, "Open account").on(0)).revision();
    }

    /** {@code count} commits renaming task A; returns the new head. */
    private long rename(TestRepository repo, long head, String name, int count) {
        for (int i = 0; i < count; i++) {
            head = repo.commits.commit(alice, "p", ops().set(taskA, "name", name + " " + i).on(head)).revision();
        }
        return head;
    }

    /** Waits for the background projector (nothing here reads the rows meanwhile). */
    private static void awaitProjected(TestRepository repo, long revision) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        long projected = projected(repo.database.projectionDataSource());
        while (projected < revision && System.nanoTime() < deadline) {
            Thread.sleep(20);
            projected = projected(repo.database.projectionDataSource());
        }
        assertEquals(revision, projected, "projected in the background within " + PATIENCE_SECONDS + " s");
    }

    private static long projected(DataSource projection) throws SQLException {
        try (Connection c = projection.getConnection()) {
            try {
                return projected(c);
            } finally {
                c.rollback();
            }
        }
    }

    private static long projected(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT revision FROM dt_projection WHERE project_id = 'p'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The snapshot, findings and task A's history at {@code revision}, as comparable text. */
    private static List<String> state(TestRepository repo, long revision) {
        List<String> state = new ArrayList<>();
        repo.reads.snapshot("p", revision).operations().stream().map(Operation::toString).sorted().forEach(state::add);
        repo.allFindings("p", revision).stream().map(FindingRow::toString).sorted().forEach(state::add);
        return state;
    }

    private String nameAt(TestRepository repo, long revision) {
        return repo.reads.snapshot("p", revision).operations().stream()
                .filter(op -> op instanceof Operation.SetValue set && set.id().equals(taskA) && set.feature().equals("name"))
                .map(op -> ((Operation.SetValue) op).value()).findFirst().orElse(null);
    }

    private Path projectionFile() {
        return data.resolve("dovetail" + Database.PROJECTION_SUFFIX + ".mv.db");
    }

    private Path copyAside(Path file) throws Exception {
        Path copy = temp.resolve("copy-of-" + file.getFileName());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** The projection file's revision for p, read with the server stopped. */
    private long projectedInFile() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("dovetail" + Database.PROJECTION_SUFFIX))) {
            return projected(c);
        }
    }

    private long headInLog() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("dovetail"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT head_revision FROM dt_project WHERE id = 'p'")) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
