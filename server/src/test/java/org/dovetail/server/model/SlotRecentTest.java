package org.dovetail.server.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.junit.jupiter.api.Test;

/** The revisions a slot keeps for rebases: consecutive ones only, and never a bulk revision's operations. */
class SlotRecentTest {

    private static Revision revision(long number, int operations) {
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            ops.add(new Operation.SetValue("e" + i, "name", "n" + number));
        }
        return new Revision(number, "bench", "2026-11-23T00:00:00Z", "", ops, null, null);
    }

    @Test
    void aBulkRevisionIsNotKeptSoARebaseOverItReadsTheDatabase() {
        ModelCache.Slot slot = new ModelCache.Slot();
        slot.remember(revision(1, 3), Set.of());
        slot.remember(revision(2, ModelCache.MAX_KEPT_OPERATIONS + 1), Set.of());
        slot.remember(revision(3, 2), Set.of());

        assertEquals(Optional.empty(), slot.between(0, 3, Set.of("e0")), "revisions 1 and 2 are not kept: the caller reads them");
        assertEquals(Optional.empty(), slot.between(1, 3), "the bulk revision 2 is not kept");
        Optional<List<ModelCache.Recent>> after = slot.between(2, 3, Set.of("e0", "e1"));
        assertTrue(after.isPresent(), "revisions after the bulk one are kept");
        assertEquals(List.of(3L), after.get().stream().map(r -> r.revision().number()).toList());
        assertEquals(2, after.get().get(0).revision().operations().size());
    }
}
