package org.dovetail.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.sync.protocol.ConflictRules.Subtrees;
import org.dovetail.sync.protocol.Operation.AddValue;
import org.dovetail.sync.protocol.Operation.Create;
import org.dovetail.sync.protocol.Operation.Delete;
import org.dovetail.sync.protocol.Operation.Move;
import org.dovetail.sync.protocol.Operation.SetValue;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    /** p contains s1 and s2; s1 contains e1. */
    private static final Map<String, Set<String>> TREE = Map.of("p", Set.of("p", "s1", "s2", "e1"), "s1",
            Set.of("s1", "e1"));
    private static final Subtrees SUBTREES = id -> TREE.getOrDefault(id, Set.of(id));
    private static final ConflictRules.BaseValues BASE = key -> "base:" + key.elementId() + "." + key.feature();

    private static Revision rev(long number, Operation... ops) {
        return new Revision(number, "bob", "2026-11-23T08:00:00Z", "", List.of(ops));
    }

    private static List<Conflict> conflicts(List<Operation> mine, Revision... theirs) {
        List<Revision> revisions = List.of(theirs);
        return ConflictRules.conflicts(mine, SUBTREES, revisions, ConflictRules.deletedBy(revisions, SUBTREES), BASE);
    }

    @Test
    void touchedKeysIncludeTheSubtreeOfADeleteAndElementsCreatedInIt() {
        Set<ConflictKey> keys = ConflictRules.touchedKeys(List.of(new SetValue("x", "name", "n"),
                new Create("new", "process.Task", "s1", "steps", null, null), new Move("s2", "q", "steps", 0, null),
                new Delete("s1")), SUBTREES);
        assertEquals(List.of(new ConflictKey("x", "name"), ConflictKey.whole("new"), new ConflictKey("s2", "$container"),
                ConflictKey.whole("s1"), ConflictKey.whole("e1")), List.copyOf(keys));
        assertEquals(Set.of("s1", "e1", "new"), ConflictRules.deletedIds(List.of(
                new Create("new", "process.Task", "e1", "evidence", null, null), new Delete("s1")), SUBTREES));
    }

    @Test
    void differentFeaturesOrElementsDoNotConflict() {
        assertEquals(List.of(), conflicts(List.of(new SetValue("s1", "name", "a"), new AddValue("s2", "artifacts", "x", null)),
                rev(5, new SetValue("s1", "description", "d"), new SetValue("s2", "name", "n"))));
    }

    @Test
    void concurrentCreatesUnderOneParentDoNotConflict() {
        assertEquals(List.of(), conflicts(List.of(new Create("mine", "process.Task", "p", "steps", null, null)),
                rev(5, new Create("theirs", "process.Task", "p", "steps", null, null))));
    }

    @Test
    void sameFeatureConflictsWithThreeWayValues() {
        assertEquals(List.of(new Conflict("s1", "name", ConflictKind.BOTH_CHANGED, "base:s1.name", "mine", "theirs2", 6)),
                conflicts(List.of(new SetValue("s1", "name", "mine")),
                        rev(5, new SetValue("s1", "name", "theirs1")), rev(6, new SetValue("s1", "name", "theirs2"))));
    }

    @Test
    void editOfAnElementInASubtreeTheyDeletedConflicts() {
        assertEquals(List.of(new Conflict("e1", "name", ConflictKind.CHANGED_DELETED, "base:e1.name", "n", null, 5)),
                conflicts(List.of(new SetValue("e1", "name", "n")), rev(5, new Delete("p"))));
    }

    @Test
    void deleteOfAnElementTheyChangedConflictsForEachChangedKey() {
        List<Conflict> found = conflicts(List.of(new Delete("s1")),
                rev(5, new SetValue("e1", "name", "t"), new Move("s1", "q", "steps", 0, null)));
        assertEquals(List.of(new Conflict("s1", "$container", ConflictKind.DELETED_CHANGED, "base:s1.$container", null, "q", 5),
                new Conflict("e1", "name", ConflictKind.DELETED_CHANGED, "base:e1.name", null, "t", 5)), found);
    }

    @Test
    void referencesToDeletedElementsConflictBothWays() {
        assertEquals(List.of(new Conflict("x", "performer", ConflictKind.REFERENCE_TO_DELETED, "base:x.performer", "s2", null, 5)),
                conflicts(List.of(new SetValue("x", "performer", "s2")), rev(5, new Delete("s2"))));
        assertEquals(List.of(new Conflict("x", "grantedTo", ConflictKind.REFERENCE_TO_DELETED, "base:x.grantedTo", null, "s2", 5)),
                conflicts(List.of(new Delete("s2")), rev(5, new AddValue("x", "grantedTo", "s2", null))));
        assertEquals(List.of(new Conflict("c", "$container", ConflictKind.REFERENCE_TO_DELETED, "base:c.$container", "s1", null, 5)),
                conflicts(List.of(new Create("c", "process.Task", "s1", "steps", null, null)), rev(5, new Delete("p"))));
        assertEquals(List.of(new Conflict("c", "$container", ConflictKind.REFERENCE_TO_DELETED, "base:c.$container", null, "s1", 5)),
                conflicts(List.of(new Delete("s1")), rev(5, new Create("c", "process.Task", "s1", "steps", null, null))));
    }

    @Test
    void bothDeletingTheSameElementIsReported() {
        assertEquals(List.of(new Conflict("s2", "*", ConflictKind.BOTH_CHANGED, null, null, null, 5)),
                conflicts(List.of(new Delete("s2")), rev(5, new Delete("s2"))));
    }

    @Test
    void theServerCanPassItsOwnDeletionIndex() {
        // A server answers "ids deleted since base" from its element table, without replaying revisions.
        List<Conflict> found = ConflictRules.conflicts(List.of(new SetValue("deep", "name", "n")), Subtrees.NONE,
                List.of(rev(8, new Delete("top"))), Map.of("top", 8L, "deep", 8L), ConflictRules.BaseValues.UNKNOWN);
        assertEquals(List.of(new Conflict("deep", "name", ConflictKind.CHANGED_DELETED, null, "n", null, 8)), found);
    }
}
