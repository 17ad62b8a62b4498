package org.dovetail.server.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dovetail.sync.protocol.ConflictRules;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;

/**
 * The operations of a slot's recent revisions by the element ids they concern (the element they change, and the
 * elements they name as a value: a parent or a reference), so that a rebase looks at the operations that can
 * conflict with its change set instead of every operation committed since its base. Revisions come and go in order.
 */
final class RecentIndex {

    /** An operation of a revision, with its position there (to keep the revision's order). */
    private record Entry(long revision, int position, Operation operation) {
    }

    private final Map<String, ArrayDeque<Entry>> byId = new HashMap<>();

    void add(Revision revision) {
        List<Operation> operations = revision.operations();
        for (int i = 0; i < operations.size(); i++) {
            Operation op = operations.get(i);
            Entry entry = new Entry(revision.number(), i, op);
            for (String id : ids(op)) {
                byId.computeIfAbsent(id, k -> new ArrayDeque<>()).addLast(entry);
            }
        }
    }

    /** Forgets the oldest revision. */
    void remove(Revision revision) {
        for (Operation op : revision.operations()) {
            for (String id : ids(op)) {
                ArrayDeque<Entry> entries = byId.get(id);
                while (entries != null && !entries.isEmpty() && entries.peekFirst().revision() <= revision.number()) {
                    entries.removeFirst();
                }
                if (entries != null && entries.isEmpty()) {
                    byId.remove(id);
                }
            }
        }
    }

    void clear() {
        byId.clear();
    }

    /** Per revision in {@code from+1 … to}, its operations concerning one of {@code ids}, in their order. */
    Map<Long, List<Operation>> relevant(long from, long to, Set<String> ids) {
        Map<Long, TreeMap<Integer, Operation>> found = new HashMap<>();
        for (String id : ids) {
            ArrayDeque<Entry> entries = byId.get(id);
            if (entries == null) {
                continue;
            }
            for (Iterator<Entry> it = entries.descendingIterator(); it.hasNext();) {
                Entry e = it.next();
                if (e.revision() <= from) {
                    break;
                }
                if (e.revision() <= to) {
                    found.computeIfAbsent(e.revision(), k -> new TreeMap<>()).put(e.position(), e.operation());
                }
            }
        }
        Map<Long, List<Operation>> relevant = new HashMap<>();
        found.forEach((revision, operations) -> relevant.put(revision, new ArrayList<>(operations.values())));
        return relevant;
    }

    private static Set<String> ids(Operation op) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(op.id());
        ids.addAll(ConflictRules.referencedValues(op));
        return ids;
    }
}
