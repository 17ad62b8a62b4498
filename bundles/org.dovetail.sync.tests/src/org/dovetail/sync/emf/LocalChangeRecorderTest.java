package org.dovetail.sync.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Step;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Operation.AddValue;
import org.dovetail.sync.protocol.Operation.Create;
import org.dovetail.sync.protocol.Operation.Delete;
import org.dovetail.sync.protocol.Operation.Move;
import org.dovetail.sync.protocol.Operation.RemoveValue;
import org.dovetail.sync.protocol.Operation.SetValue;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class LocalChangeRecorderTest {

    private final ProjectResources project = TestModels.example(0);
    private final DovetailModel model = (DovetailModel) project.resourceSet().getResources().get(0).getContents().get(0);
    private final Process process = model.getProcessDomain().getProcesses().get(0);

    @Test
    void aMoveIsRecordedAsAMoveNotAsDeleteAndCreate() {
        Step step = process.getSteps().get(2);
        try (LocalChangeRecorder recorder = new LocalChangeRecorder(project)) {
            process.getSteps().move(0, step);
            Process other = ProcessFactory.eINSTANCE.createProcess();
            model.getProcessDomain().getProcesses().add(other);
            other.getSteps().add(step);
            List<Operation> ops = recorder.takeOperations();
            assertEquals(new Move(step.getId(), process.getId(), "steps", 0, null), ops.get(0));
            assertTrue(ops.get(1) instanceof Create create && create.id().equals(other.getId()), ops.toString());
            assertEquals(new Move(step.getId(), other.getId(), "steps", 0, null), ops.get(ops.size() - 1));
            assertTrue(ops.stream().noneMatch(Delete.class::isInstance), ops.toString());
        }
    }

    @Test
    void aDeleteDropsTheReferencesToItsSubtreeFirst() {
        Step target = process.getSteps().get(0);
        Approval approval = ProcessFactory.eINSTANCE.createApproval();
        process.getSteps().add(approval);
        approval.getSegregatedFrom().add(target);
        try (LocalChangeRecorder recorder = new LocalChangeRecorder(project)) {
            process.getSteps().remove(target); // a plain remove: the references are still there
            approval.setName("after");
            List<Operation> ops = recorder.takeOperations();
            int drop = ops.indexOf(new RemoveValue(approval.getId(), "segregatedFrom", target.getId()));
            int delete = ops.indexOf(new Delete(target.getId()));
            assertTrue(drop >= 0 && delete > drop, ops.toString());
            assertEquals(new SetValue(approval.getId(), "name", "after"), ops.get(ops.size() - 1));
            assertTrue(approval.getSegregatedFrom().isEmpty(), "the local model drops them too");
        }
    }

    @Test
    void aNewElementIsRecordedWithItsValuesAndPausedChangesAreNot() {
        Step target = process.getSteps().get(0);
        try (LocalChangeRecorder recorder = new LocalChangeRecorder(project)) {
            recorder.paused(() -> target.setName("remote"));
            Approval approval = ProcessFactory.eINSTANCE.createApproval();
            approval.setName("new");
            approval.getSegregatedFrom().add(target);
            process.getSteps().add(1, approval);
            List<Operation> ops = recorder.takeOperations();
            assertEquals(List.of(new Create(approval.getId(), "process.Approval", process.getId(), "steps", null, 1),
                    new SetValue(approval.getId(), "name", "new"),
                    new AddValue(approval.getId(), "segregatedFrom", target.getId(), null)), ops);
            EcoreUtil.delete(approval);
            assertTrue(recorder.takeOperations().contains(new Delete(approval.getId())));
            assertTrue(recorder.isEmpty());
        }
    }
}
