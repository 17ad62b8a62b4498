package org.dovetail.sync.emf;

import static org.dovetail.sync.emf.TestModels.canonical;
import static org.dovetail.sync.emf.TestModels.copy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.Snapshot;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

class SnapshotAndDiffTest {

    @Test
    void snapshotRebuildsBothExamplesByteForByte() {
        for (Example example : ExampleModels.examples()) {
            for (boolean corrected : new boolean[] { false, true }) {
                ProjectResources original = TestModels.example(example, corrected);
                List<Operation> ops = SnapshotWriter.write(original);
                assertTrue(ops.size() > 100, example.name() + ": " + ops.size());
                Snapshot wire = ProtocolJson.read(ProtocolJson.write(new Snapshot(3, ops)), Snapshot.class);

                ProjectResources rebuilt = TestModels.emptyProject();
                new OperationApplier(rebuilt).apply(wire.operations());
                Resource before = original.resourceSet().getResources().get(0);
                Resource after = rebuilt.existingResource(original.pathOf(before));
                assertArrayEquals(TestModels.xmi(before), TestModels.xmi(after), example.name());
                assertEquals(canonical(original, true), canonical(rebuilt, true));
            }
        }
    }

    @Test
    void diffOfAnExampleAndItsCorrectionTurnsOneIntoTheOther() {
        for (Example example : ExampleModels.examples()) {
            ProjectResources gaps = TestModels.example(example, false);
            ProjectResources corrected = TestModels.example(example, true);
            List<Operation> ops = ModelDiff.diff(gaps, corrected);
            assertTrue(!ops.isEmpty());
            new OperationApplier(gaps).apply(ops);
            assertEquals(canonical(corrected, true), canonical(gaps, true));
            assertEquals(List.of(), ModelDiff.diff(gaps, corrected), "no difference left");
        }
    }

    @Test
    void diffOfRandomEditsAppliedToTheOriginalGivesTheEditedModel() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(9000 + seed);
            ProjectResources base = TestModels.example(seed);
            ProjectResources edited = copy(base);
            try (LocalChangeRecorder recorder = new LocalChangeRecorder(edited)) {
                new RandomEdits(edited, random).edit(1 + random.nextInt(25));
                recorder.takeOperations(); // drops references to removed elements, as in the editor
            }

            ProjectResources forward = copy(base);
            new OperationApplier(forward).apply(ModelDiff.diff(base, edited));
            assertEquals(canonical(edited, true), canonical(forward, true), "seed " + seed + " forward");

            ProjectResources backward = copy(edited);
            new OperationApplier(backward).apply(ModelDiff.diff(edited, base));
            assertEquals(canonical(base, true), canonical(backward, true), "seed " + seed + " backward");
        }
    }
}
