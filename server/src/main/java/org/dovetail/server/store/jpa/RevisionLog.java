package org.dovetail.server.store.jpa;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.dovetail.server.store.RevisionWrite;
import org.dovetail.server.store.StoredRevision;

/**
 * Appends revisions to the log ({@code dt_revision}): all a commit stores durably. Each row carries the change set
 * (operations, author, message, client id and sequence) and its {@link RowDelta}; the versioned rows follow in the
 * background ({@link Projector}).
 */
final class RevisionLog {

    private RevisionLog() {
    }

    /** Chunks of a row delta beyond its first sent in one JDBC batch (1–2 MB each by default). */
    private static final int CHUNK_BATCH = 16;

    /**
     * Appends {@code writes} with their row deltas' JSON ({@code rowDeltas}, in the same order, each in one or more
     * chunks): the first chunk in the revision's row, the others in {@code dt_row_delta_chunk}.
     */
    static void append(Connection connection, String projectId, List<RevisionWrite> writes, List<List<String>> rowDeltas) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO dt_revision (project_id, number, base_revision, author,"
                + " committed_at, message, client_id, client_sequence, rebased, operation_count, operations, row_delta, row_delta_chunks)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < writes.size(); i++) {
                StoredRevision r = writes.get(i).revision();
                s.setString(1, projectId);
                s.setLong(2, r.number());
                s.setLong(3, r.baseRevision());
                s.setString(4, r.author());
                s.setObject(5, Rows.utc(r.time()));
                s.setString(6, r.message());
                s.setString(7, r.clientId());
                if (r.clientSequence() == null) {
                    s.setNull(8, Types.BIGINT);
                } else {
                    s.setLong(8, r.clientSequence());
                }
                s.setBoolean(9, r.rebased());
                s.setInt(10, r.operationCount());
                s.setString(11, r.operationsJson());
                List<String> chunks = rowDeltas.get(i);
                s.setString(12, chunks.get(0));
                s.setInt(13, chunks.size());
                s.addBatch();
            }
            s.executeBatch();
        }
        for (int i = 0; i < writes.size(); i++) {
            List<String> chunks = rowDeltas.get(i);
            if (chunks.size() > 1) {
                appendChunks(connection, projectId, writes.get(i).revision().number(), chunks);
            }
        }
    }

    private static void appendChunks(Connection connection, String projectId, long revision, List<String> chunks) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO dt_row_delta_chunk (project_id, revision, chunk, chunk_text)"
                + " VALUES (?, ?, ?, ?)")) {
            for (int chunk = 1; chunk < chunks.size(); chunk++) {
                s.setString(1, projectId);
                s.setLong(2, revision);
                s.setInt(3, chunk);
                s.setString(4, chunks.get(chunk));
                s.addBatch();
                if (chunk % CHUNK_BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /**
     * The row delta of {@code revision} as one stream: {@code first} (the revision row's chunk), then, when it has
     * {@code chunks} &gt; 1, the others read one at a time from {@code dt_row_delta_chunk} on {@code connection}. The
     * caller closes the returned statement holder once it has read the stream.
     */
    static Chunks chunks(Connection connection, String projectId, long revision, String first, int chunks) throws SQLException {
        if (first == null) {
            throw new IllegalStateException("revision " + revision + " has no row delta and is not projected");
        }
        if (chunks <= 1) {
            return new Chunks(List.of(first));
        }
        PreparedStatement s = connection.prepareStatement("SELECT chunk, chunk_text FROM dt_row_delta_chunk"
                + " WHERE project_id = ? AND revision = ? ORDER BY chunk");
        try {
            // One chunk in memory at a time (PostgreSQL streams with a fetch size inside a transaction).
            s.setFetchSize(1);
            s.setString(1, projectId);
            s.setLong(2, revision);
            return new Chunks(first, chunks, revision, s, s.executeQuery());
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** A stored row delta as one stream of characters; closing it closes the query of its further chunks. */
    static final class Chunks implements AutoCloseable {
        private final Reader reader;
        private final PreparedStatement statement;

        private Chunks(List<String> chunks) {
            this.reader = RowDeltaText.reader(chunks);
            this.statement = null;
        }

        private Chunks(String first, int count, long revision, PreparedStatement statement, ResultSet rest) {
            this.statement = statement;
            int[] next = { 0 };
            this.reader = RowDeltaText.reader(() -> {
                if (next[0] == count) {
                    return null;
                }
                if (next[0] == 0) {
                    next[0] = 1;
                    return first;
                }
                try {
                    int found = rest.next() ? rest.getInt(1) : -1;
                    if (found != next[0]) {
                        throw new IOException("revision " + revision + ": chunk " + next[0] + " of its " + count + " row delta chunks is missing");
                    }
                    next[0]++;
                    return rest.getString(2);
                } catch (SQLException e) {
                    throw new IOException("revision " + revision + ": a row delta chunk could not be read: " + e.getMessage(), e);
                }
            });
        }

        Reader reader() {
            return reader;
        }

        @Override
        public void close() throws SQLException {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
