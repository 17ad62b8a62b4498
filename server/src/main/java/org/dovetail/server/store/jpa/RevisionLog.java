package org.dovetail.server.store.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

    /** Appends {@code writes} with their row deltas' JSON ({@code rowDeltas}, in the same order). */
    static void append(Connection connection, String projectId, List<RevisionWrite> writes, List<String> rowDeltas) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO dt_revision (project_id, number, base_revision, author,"
                + " committed_at, message, client_id, client_sequence, rebased, operation_count, operations, row_delta)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                s.setString(12, rowDeltas.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
