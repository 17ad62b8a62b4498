package org.dovetail.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.dovetail.server.testing.TestRepository;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 with {@code WRITE_DELAY=0} (as the server runs it) leaves sparse chunks behind random updates; a compaction round
 * rewrites their live pages, so the chunks are live again, the freed space is reused and the data is unchanged.
 */
class H2CompactionTest {

    @TempDir
    Path data;

    @Test
    void randomUpdatesLeaveSparseChunksThatACompactionRoundMakesLiveAgain() throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + data.resolve("t") + ";WRITE_DELAY=0");
        try (Connection keepOpen = source.getConnection(); Statement s = keepOpen.createStatement()) {
            // Chunks may be freed as soon as they are dead (the server keeps H2's 45 s; a test cannot wait that long).
            s.execute("SET RETENTION_TIME 0");
            s.execute("CREATE TABLE t (id VARCHAR(36) PRIMARY KEY, val VARCHAR(300))");
            List<String> ids = new ArrayList<>();
            try (PreparedStatement insert = keepOpen.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 0; i < 20_000; i++) {
                    String id = UUID.randomUUID().toString();
                    ids.add(id);
                    insert.setString(1, id);
                    insert.setString(2, "value " + i + " ".repeat(200));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Random random = new Random(42);
            updateRandomRows(keepOpen, ids, random, 300);
            MVStore store = H2Compaction.storeOf(source);
            int sparse = store.getFileStore().getChunksFillRate();
            assertTrue(sparse < H2Compaction.TARGET_FILL_RATE, "random updates leave sparse chunks: " + sparse + " % live");
            String before = checksum(keepOpen);

            int steps = H2Compaction.compact(store, new H2Compaction.Budget(16 << 20, 10_000));

            int compacted = store.getFileStore().getChunksFillRate();
            assertTrue(steps > 0);
            assertTrue(compacted >= H2Compaction.TARGET_FILL_RATE, sparse + " % → " + compacted + " % live");
            assertEquals(before, checksum(keepOpen), "compaction moves pages, not data");
            // The space it freed is written again before the file grows.
            long size = store.getFileStore().size();
            updateRandomRows(keepOpen, ids, random, 20);
            assertTrue(store.getFileStore().size() <= size, size + " → " + store.getFileStore().size() + " bytes");
        }
    }

    @Test
    void theServerReportsBothOfH2sFiles() throws Exception {
        try (TestRepository repo = new TestRepository(data, null)) {
            List<String> names = repo.database.h2Files().stream().map(H2File::name).sorted().toList();
            assertEquals(List.of("dovetail-projection.mv.db", "dovetail.mv.db"), names);
            repo.database.h2Files().forEach(f -> assertTrue(f.bytes() > 0 && f.livePercent() > 0, f.toString()));
        }
    }

    /** {@code transactions} commits of 50 updated rows each, spread over the whole table. */
    private static void updateRandomRows(Connection c, List<String> ids, Random random, int transactions) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement update = c.prepareStatement("UPDATE t SET val = ? WHERE id = ?")) {
            for (int t = 0; t < transactions; t++) {
                for (int i = 0; i < 50; i++) {
                    update.setString(1, "changed " + t + " " + i + " ".repeat(200));
                    update.setString(2, ids.get(random.nextInt(ids.size())));
                    update.addBatch();
                }
                update.executeBatch();
                c.commit();
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String checksum(Connection c) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, val FROM t ORDER BY id")) {
            while (r.next()) {
                rows.append(r.getString(1)).append('=').append(r.getString(2)).append('\n');
            }
        }
        return rows.length() + "/" + rows.toString().hashCode();
    }
}
