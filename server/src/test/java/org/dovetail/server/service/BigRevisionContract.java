package org.dovetail.server.service;

import static org.dovetail.server.testing.Ops.id;
import static org.dovetail.server.testing.Ops.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dovetail.server.security.Caller;
import org.dovetail.server.store.FindingRow;
import org.dovetail.server.testing.Ops;
import org.dovetail.server.testing.TestRepository;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.RevisionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision whose row delta is stored in many chunks (the store's chunk size made tiny, so a revision of a few
 * thousand elements crosses hundreds of chunk boundaries, as one of a million elements does at the default size) reads
 * back exactly as with the default: checkout at each revision, pull, history, an element's history and the findings,
 * compared with a second repository that stores every delta in one chunk.
 */
abstract class BigRevisionContract {

    /** Characters per chunk: a 1,000-element revision's delta (~1.4 M characters) becomes hundreds of chunks. */
    private static final int TINY_CHUNKS = 4096;
    private static final int TASKS = 1_000;

    @TempDir
    Path data;

    private final Caller alice = TestRepository.caller("alice");
    private final List<TestRepository> open = new ArrayList<>();

    /** The JDBC URL of a fresh database, or null for an H2 file in {@code folder}. */
    abstract String jdbcUrl();

    @AfterEach
    void close() throws Exception {
        for (TestRepository repo : open) {
            repo.close();
        }
    }

    @Test
    void aRevisionInManyChunksReadsBackAsInOne() throws Exception {
        String root = id();
        String domain = id();
        String process = id();
        List<String> tasks = new ArrayList<>();
        Ops big = ops().skeleton(root, domain).process(process, domain, "Onboarding");
        for (int i = 0; i < TASKS; i++) {
            String task = id();
            tasks.add(task);
            big.task(task, process, "Task " + i + " – prüfen"); // non-Latin-1 text across chunk boundaries too
        }
        Ops change = ops();
        for (String task : tasks.subList(0, 100)) {
            change.set(task, "name", "Renamed " + task.substring(0, 8));
        }
        change.delete(tasks.get(TASKS - 1));

        TestRepository chunked = repository("chunked", TINY_CHUNKS);
        TestRepository whole = repository("whole", Integer.MAX_VALUE);
        for (TestRepository repo : open) {
            repo.projects.create("p", "Project P", "alice");
            assertEquals(1, repo.commits.commit(alice, "p", big.on(0)).revision());
            assertEquals(2, repo.commits.commit(alice, "p", change.on(1)).revision());
        }
        int chunks = chunksOf(chunked, 1);
        assertTrue(chunks > 100, "revision 1's row delta is stored in " + chunks + " chunks");
        assertEquals(chunks - 1, count(chunked, "SELECT COUNT(*) FROM dt_row_delta_chunk WHERE project_id = 'p' AND revision = 1"));
        assertEquals(1, chunksOf(whole, 1));

        for (long revision : new long[] { 1, 2 }) {
            assertEquals(snapshot(whole, revision), snapshot(chunked, revision), "checkout at revision " + revision);
            assertEquals(findings(whole, revision), findings(chunked, revision), "findings at revision " + revision);
        }
        Set<String> atHead = RepositoryContract.ids(chunked.reads.snapshot("p", 2L));
        assertEquals(2 + 1 + TASKS - 1, atHead.size());
        assertTrue(!atHead.contains(tasks.get(TASKS - 1)), "the deleted task is gone at revision 2");
        assertTrue(RepositoryContract.ids(chunked.reads.snapshot("p", 1L)).contains(tasks.get(TASKS - 1)), "and there at revision 1");

        ChangesPage pull = chunked.reads.changes("p", 1, 100);
        assertEquals(List.of(2L), pull.revisions().stream().map(Revision::number).toList());
        assertEquals(101, pull.revisions().get(0).operations().size());
        assertEquals(List.of(2L, 1L), chunked.reads.history("p", 0, 10).stream().map(RevisionSummary::number).toList());
        assertEquals(List.of(2L, 1L), chunked.reads.elementHistory("p", tasks.get(0), 0, 10).stream().map(Revision::number).toList());
        assertEquals(List.of(1L), chunked.reads.elementHistory("p", tasks.get(500), 0, 10).stream().map(Revision::number).toList());
    }

    private TestRepository repository(String name, int chunkChars) {
        String url = jdbcUrl();
        TestRepository repo = new TestRepository(data.resolve(name), url, chunkChars);
        open.add(repo);
        return repo;
    }

    private static List<String> snapshot(TestRepository repo, long revision) {
        // Sibling order aside, a snapshot lists the same operations; compare them sorted as JSON.
        return repo.reads.snapshot("p", revision).operations().stream().map(Operation::toString).sorted().toList();
    }

    private static List<String> findings(TestRepository repo, long revision) {
        return repo.allFindings("p", revision).stream().map(FindingRow::toString).sorted().toList();
    }

    private static int chunksOf(TestRepository repo, long revision) throws Exception {
        return count(repo, "SELECT row_delta_chunks FROM dt_revision WHERE project_id = 'p' AND number = " + revision);
    }

    private static int count(TestRepository repo, String sql) throws Exception {
        try (Connection c = repo.database.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            int n = rs.getInt(1);
            c.rollback();
            return n;
        }
    }
}
