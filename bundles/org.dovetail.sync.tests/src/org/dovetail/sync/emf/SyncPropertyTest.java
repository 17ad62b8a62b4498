package org.dovetail.sync.emf;

import static org.dovetail.sync.emf.TestModels.canonical;
import static org.dovetail.sync.emf.TestModels.copy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKind;
import org.dovetail.sync.protocol.ConflictRules;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

/**
 * Merging properties over hundreds of seeded random edit sessions on both examples: what the
 * recorder records replays exactly; change sets that {@link ConflictRules} lets through give the
 * same model in either order; overlapping ones are reported.
 */
class SyncPropertyTest {

    private static final int SEEDS = 300;

    private static List<Operation> recordRandomEdits(ProjectResources project, Random random, int edits) {
        try (LocalChangeRecorder recorder = new LocalChangeRecorder(project)) {
            new RandomEdits(project, random).edit(edits);
            return recorder.takeOperations();
        }
    }

    private static Map<String, Long> deletedWhenApplied(ProjectResources base, List<Operation> ops, long revision) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        new OperationApplier(copy(base)).apply(ops).forEach(id -> deleted.put(id, revision));
        return deleted;
    }

    private static List<Conflict> conflicts(ProjectResources base, List<Operation> mine, List<Operation> theirs) {
        return ConflictRules.conflicts(mine, TestModels.subtrees(base), List.of(new Revision(1, "other", null, "", theirs)),
                deletedWhenApplied(base, theirs, 1), ConflictRules.BaseValues.UNKNOWN);
    }

    @Test
    void recordedOperationsReplayToTheSameModel() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(seed);
            ProjectResources base = TestModels.example(seed);
            ProjectResources edited = copy(base);
            List<Operation> ops = recordRandomEdits(edited, random, 1 + random.nextInt(10));
            ProjectResources replay = copy(base);
            try {
                new OperationApplier(replay).apply(ops);
            } catch (SyncModelException e) {
                fail("seed " + seed + ": " + e.getMessage() + "\n" + ops, e);
            }
            assertEquals(canonical(edited, true), canonical(replay, true), "seed " + seed + ": " + ops);
        }
    }

    @Test
    void nonConflictingChangeSetsGiveTheSameModelInEitherOrder() {
        int merged = 0;
        int refused = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(1000 + seed);
            ProjectResources base = TestModels.example(seed);
            List<Operation> a = recordRandomEdits(copy(base), random, 1 + random.nextInt(6));
            List<Operation> b = recordRandomEdits(copy(base), random, 1 + random.nextInt(6));
            List<Conflict> ab = conflicts(base, a, b);
            List<Conflict> ba = conflicts(base, b, a);
            assertEquals(ab.isEmpty(), ba.isEmpty(), "seed " + seed + ": the rule is symmetric\n" + ab + "\n" + ba);
            if (!ab.isEmpty()) {
                refused++;
                continue;
            }
            ProjectResources aThenB = copy(base);
            ProjectResources bThenA = copy(base);
            try {
                new OperationApplier(aThenB).apply(a);
                new OperationApplier(aThenB).apply(b);
                new OperationApplier(bThenA).apply(b);
                new OperationApplier(bThenA).apply(a);
            } catch (SyncModelException e) {
                fail("seed " + seed + ": no conflict reported, yet merging failed: " + e.getMessage() + "\nA " + a + "\nB " + b, e);
            }
            assertEquals(canonical(aThenB, false), canonical(bThenA, false), "seed " + seed + "\nA " + a + "\nB " + b);
            merged++;
        }
        assertTrue(merged >= SEEDS / 2, "too few merges to mean anything: " + merged);
        assertTrue(refused >= 5, "the generator should also produce overlaps: " + refused);
    }

    @Test
    void overlappingChangeSetsAreReported() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Random random = new Random(5000 + seed);
            ProjectResources base = TestModels.example(seed);
            ProjectResources mine = copy(base);
            ProjectResources theirs = copy(base);
            List<EObject> elements = mine.resourceSet().getResources().get(0).getContents().get(0).eContents();
            EObject target = elements.get(random.nextInt(elements.size()));
            EStructuralFeature name = target.eClass().getEStructuralFeature("name");
            List<Operation> a;
            List<Operation> b;
            try (LocalChangeRecorder recorder = new LocalChangeRecorder(mine)) {
                new RandomEdits(mine, random).edit(random.nextInt(4));
                target.eSet(name, "mine " + seed);
                a = recorder.takeOperations();
            }
            EObject theirTarget = ElementIndex.of(theirs.resourceSet()).get(ModelTypes.idOf(target));
            boolean delete = random.nextBoolean();
            try (LocalChangeRecorder recorder = new LocalChangeRecorder(theirs)) {
                if (delete) {
                    org.eclipse.emf.ecore.util.EcoreUtil.delete(theirTarget, true);
                } else {
                    theirTarget.eSet(name, "theirs " + seed);
                }
                b = recorder.takeOperations();
            }
            List<Conflict> found = conflicts(base, a, b);
            ConflictKind expected = delete ? ConflictKind.CHANGED_DELETED : ConflictKind.BOTH_CHANGED;
            String id = ModelTypes.idOf(target);
            assertTrue(found.stream().anyMatch(c -> c.elementId().equals(id) && c.feature().equals("name") && c.kind() == expected),
                    "seed " + seed + ": " + found);
            assertFalse(conflicts(base, b, a).isEmpty(), "seed " + seed + ": reported the other way round too");
        }
    }
}
