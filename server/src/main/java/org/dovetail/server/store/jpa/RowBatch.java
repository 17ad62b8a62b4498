package org.dovetail.server.store.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.server.store.FindingRow;
import org.dovetail.server.store.ModelRows.ElementRow;
import org.dovetail.server.store.ModelRows.ValueKey;
import org.dovetail.server.store.ModelRows.ValueRow;
import org.dovetail.server.store.RevisionWrite;
import org.dovetail.sync.protocol.ConflictKey;
import org.dovetail.sync.protocol.ProtocolJson;

/**
 * The versioned rows of consecutive revisions, projected from the revision log in one transaction ({@link Projector}),
 * coalesced and sent as JDBC batches: a row that one revision of the batch inserts and a later one ends is inserted
 * already ended, and a row that was current before the batch is ended by one keyed {@code UPDATE} (an index lookup)
 * with the number of the first revision that ends it. So n revisions cost a handful of round trips, and no entity is
 * loaded.
 */
final class RowBatch {

    /** Largest JDBC batch sent at once. */
    private static final int BATCH = 1000;

    private final String projectId;
    private final List<Object[]> touches = new ArrayList<>();

    private final List<Pending<ElementRow>> elementRows = new ArrayList<>();
    private final Map<String, Pending<ElementRow>> openElements = new HashMap<>();
    private final Map<String, Long> endedElements = new LinkedHashMap<>();

    private final List<Pending<ValueRow>> valueRows = new ArrayList<>();
    private final Map<String, Map<String, Pending<ValueRow>>> openValues = new HashMap<>();
    private final Map<ValueKey, Long> endedValues = new LinkedHashMap<>();
    private final Map<String, Long> endedAllValues = new LinkedHashMap<>();

    private final List<Pending<FindingRow>> findingRows = new ArrayList<>();
    private final Map<FindingRow.Key, Pending<FindingRow>> openFindings = new HashMap<>();
    private final Map<FindingRow.Key, Long> endedFindings = new LinkedHashMap<>();

    /** A row to insert: valid from the revision that made it, up to {@code validTo} (open until a later one ends it). */
    private static final class Pending<T> {
        final T row;
        final long validFrom;
        long validTo = Rows.OPEN;

        Pending(T row, long validFrom) {
            this.row = row;
            this.validFrom = validFrom;
        }
    }

    RowBatch(String projectId) {
        this.projectId = projectId;
    }

    boolean isEmpty() {
        return touches.isEmpty() && elementRows.isEmpty() && valueRows.isEmpty() && findingRows.isEmpty() && endedElements.isEmpty()
                && endedValues.isEmpty() && endedAllValues.isEmpty() && endedFindings.isEmpty();
    }

    /** Adds revision {@code n}; revisions come in the order of their numbers. */
    void add(long n, RowDelta write) {
        // Elements the revision creates have no earlier row to end: no UPDATE for them (a seed creates thousands).
        Set<String> created = new HashSet<>();
        for (RevisionWrite.Touch t : write.touches()) {
            touches.add(new Object[] { n, t });
            if (ConflictKey.WHOLE.equals(t.feature()) && !t.deleted()) {
                created.add(t.elementId());
            }
        }
        // What the revision ends, first (against what the group inserted so far, else against the stored rows) …
        Set<String> removed = write.removedElements();
        for (String id : removed) {
            endElement(id, n);
            Map<String, Pending<ValueRow>> open = openValues.remove(id);
            if (open != null) {
                open.values().forEach(p -> p.validTo = n);
            }
            endedAllValues.putIfAbsent(id, n);
        }
        for (ElementRow e : write.elements()) {
            if (!removed.contains(e.id()) && !created.contains(e.id())) {
                endElement(e.id(), n);
            }
        }
        for (ValueKey key : write.endedValues()) {
            if (removed.contains(key.elementId())) {
                continue;
            }
            Map<String, Pending<ValueRow>> open = openValues.get(key.elementId());
            Pending<ValueRow> pending = open == null ? null : open.remove(key.feature());
            if (pending != null) {
                pending.validTo = n;
            } else {
                endedValues.putIfAbsent(key, n);
            }
        }
        for (FindingRow.Key key : write.endedFindings()) {
            Pending<FindingRow> pending = openFindings.remove(key);
            if (pending != null) {
                pending.validTo = n;
            } else {
                endedFindings.putIfAbsent(key, n);
            }
        }
        // … then what it begins.
        for (ElementRow e : write.elements()) {
            Pending<ElementRow> p = new Pending<>(e, n);
            elementRows.add(p);
            openElements.put(e.id(), p);
        }
        for (ValueRow v : write.values()) {
            Pending<ValueRow> p = new Pending<>(v, n);
            valueRows.add(p);
            openValues.computeIfAbsent(v.elementId(), k -> new HashMap<>()).put(v.feature(), p);
        }
        for (FindingRow f : write.findings()) {
            Pending<FindingRow> p = new Pending<>(f, n);
            findingRows.add(p);
            openFindings.put(f.key(), p);
        }
    }

    private void endElement(String id, long n) {
        Pending<ElementRow> pending = openElements.remove(id);
        if (pending != null) {
            pending.validTo = n;
        } else {
            endedElements.putIfAbsent(id, n);
        }
    }

    /**
     * Sends the rows (not the revisions: they are in the log already) on {@code connection} (the projector's transaction),
     * each table's in element order. Every index of these tables but one per table leads with the element (or is the
     * same for all open rows), so the rows of a large revision go into each index one after another instead of all over
     * it: H2 writes a large transaction's changed pages every few megabytes, and in random order a 100 K-element seed
     * rewrote nearly every page at each write (3.8 GB written for 150 MB of rows).
     */
    void flush(Connection connection) throws SQLException {
        sortByElement();
        insertTouches(connection);
        // Ends of stored rows before the inserts, so that they never match a row of this group; a feature's own end
        // before its element's removal, so that the earlier revision number wins.
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE dt_element SET valid_to = ? WHERE element_id = ? AND project_id = ? AND valid_to = ?")) {
            batch(s, endedElements.entrySet(), (st, e) -> {
                st.setLong(1, e.getValue());
                st.setString(2, e.getKey());
                st.setString(3, projectId);
                st.setLong(4, Rows.OPEN);
            });
        }
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE dt_value SET valid_to = ? WHERE element_id = ? AND project_id = ? AND feature = ? AND valid_to = ?")) {
            batch(s, endedValues.entrySet(), (st, e) -> {
                st.setLong(1, e.getValue());
                st.setString(2, e.getKey().elementId());
                st.setString(3, projectId);
                st.setString(4, e.getKey().feature());
                st.setLong(5, Rows.OPEN);
            });
        }
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE dt_value SET valid_to = ? WHERE element_id = ? AND project_id = ? AND valid_to = ?")) {
            batch(s, endedAllValues.entrySet(), (st, e) -> {
                st.setLong(1, e.getValue());
                st.setString(2, e.getKey());
                st.setString(3, projectId);
                st.setLong(4, Rows.OPEN);
            });
        }
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE dt_finding SET valid_to = ? WHERE element_id = ? AND project_id = ? AND rule_id = ? AND valid_to = ?")) {
            batch(s, endedFindings.entrySet(), (st, e) -> {
                st.setLong(1, e.getValue());
                st.setString(2, e.getKey().elementId());
                st.setString(3, projectId);
                st.setString(4, e.getKey().ruleId());
                st.setLong(5, Rows.OPEN);
            });
        }
        insertRows(connection);
    }

    private void sortByElement() {
        touches.sort(Comparator.comparing((Object[] t) -> ((RevisionWrite.Touch) t[1]).elementId())
                .thenComparing(t -> ((RevisionWrite.Touch) t[1]).feature()).thenComparingLong(t -> (Long) t[0]));
        elementRows.sort(Comparator.comparing((Pending<ElementRow> p) -> p.row.id()).thenComparingLong(p -> p.validFrom));
        valueRows.sort(Comparator.comparing((Pending<ValueRow> p) -> p.row.elementId()).thenComparing(p -> p.row.feature())
                .thenComparingLong(p -> p.validFrom));
        findingRows.sort(Comparator.comparing((Pending<FindingRow> p) -> p.row.elementId()).thenComparing(p -> p.row.ruleId())
                .thenComparingLong(p -> p.validFrom));
    }

    private void insertTouches(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO dt_touch (project_id, revision, element_id, feature, deleted) VALUES (?, ?, ?, ?, ?)")) {
            batch(s, touches, (st, t) -> {
                RevisionWrite.Touch touch = (RevisionWrite.Touch) t[1];
                st.setString(1, projectId);
                st.setLong(2, (Long) t[0]);
                st.setString(3, touch.elementId());
                st.setString(4, touch.feature());
                st.setBoolean(5, touch.deleted());
            });
        }
    }

    private void insertRows(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO dt_element (project_id, element_id, valid_from, valid_to, type,"
                + " parent_id, containment, resource_path, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            batch(s, elementRows, (st, p) -> {
                ElementRow e = p.row;
                st.setString(1, projectId);
                st.setString(2, e.id());
                st.setLong(3, p.validFrom);
                st.setLong(4, p.validTo);
                st.setString(5, e.type());
                st.setString(6, e.parentId());
                st.setString(7, e.containment());
                st.setString(8, e.resourcePath());
                st.setLong(9, e.ord());
            });
        }
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO dt_value (project_id, element_id, feature, valid_from, valid_to, val) VALUES (?, ?, ?, ?, ?, ?)")) {
            batch(s, valueRows, (st, p) -> {
                st.setString(1, projectId);
                st.setString(2, p.row.elementId());
                st.setString(3, p.row.feature());
                st.setLong(4, p.validFrom);
                st.setLong(5, p.validTo);
                st.setString(6, p.row.value());
            });
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO dt_finding (project_id, rule_id, element_id, valid_from, valid_to,"
                + " severity, category, status, message, explanation, remediation, related) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            batch(s, findingRows, (st, p) -> {
                FindingRow f = p.row;
                st.setString(1, projectId);
                st.setString(2, f.ruleId());
                st.setString(3, f.elementId());
                st.setLong(4, p.validFrom);
                st.setLong(5, p.validTo);
                st.setString(6, f.severity());
                st.setString(7, f.category());
                st.setString(8, f.status());
                st.setString(9, Rows.truncate(f.message(), 4000));
                st.setString(10, f.explanation());
                st.setString(11, f.remediation());
                st.setString(12, f.related().isEmpty() ? null : ProtocolJson.write(f.related()));
            });
        }
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private static <T> void batch(PreparedStatement statement, Iterable<T> items, Binder<T> binder) throws SQLException {
        int pending = 0;
        for (T item : items) {
            binder.bind(statement, item);
            statement.addBatch();
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            statement.executeBatch();
        }
    }
}
