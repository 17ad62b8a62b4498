package org.dovetail.server.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.junit.jupiter.api.Test;

/** The index a rebase uses to find the recent operations that can conflict with a change set. */
class RecentIndexTest {

    private static final Operation RENAME_A = new Operation.SetValue("a", "name", "A");
    private static final Operation CREATE_C_IN_P = new Operation.Create("c", "bpm.Task", "p", "tasks", null, null);
    private static final Operation REFER_A = new Operation.AddValue("d", "performers", "a", null);
    private static final Operation RENAME_B = new Operation.SetValue("b", "name", "B");
    private static final Operation DESCRIBE_A = new Operation.SetValue("a", "description", "about A");

    private static Revision revision(long number, Operation... operations) {
        return new Revision(number, "bench", "2026-11-23T00:00:00Z", "", List.of(operations), null, null);
    }

    @Test
    void findsTheOperationsOnAnElementOrNamingItWithinTheWindowInTheirOrder() {
        RecentIndex index = new RecentIndex();
        index.add(revision(1, RENAME_A, RENAME_B));
        index.add(revision(2, CREATE_C_IN_P, REFER_A, DESCRIBE_A));
        index.add(revision(3, RENAME_B));

        assertEquals(Map.of(1L, List.of(RENAME_A), 2L, List.of(REFER_A, DESCRIBE_A)), index.relevant(0, 3, Set.of("a")));
        assertEquals(Map.of(2L, List.of(REFER_A, DESCRIBE_A)), index.relevant(1, 3, Set.of("a")), "only after the base");
        assertEquals(Map.of(1L, List.of(RENAME_A)), index.relevant(0, 1, Set.of("a")), "only up to the head asked for");
        assertEquals(Map.of(2L, List.of(CREATE_C_IN_P)), index.relevant(0, 3, Set.of("p")), "a create into the parent");
        assertEquals(Map.of(1L, List.of(RENAME_B), 3L, List.of(RENAME_B)), index.relevant(0, 3, Set.of("b", "x")));
    }

    @Test
    void forgetsTheOldestRevisions() {
        RecentIndex index = new RecentIndex();
        Revision first = revision(1, RENAME_A, RENAME_B);
        index.add(first);
        index.add(revision(2, DESCRIBE_A));
        index.remove(first);
        assertEquals(Map.of(2L, List.of(DESCRIBE_A)), index.relevant(0, 2, Set.of("a", "b")));
        index.clear();
        assertEquals(Map.of(), index.relevant(0, 2, Set.of("a", "b")));
    }
}
