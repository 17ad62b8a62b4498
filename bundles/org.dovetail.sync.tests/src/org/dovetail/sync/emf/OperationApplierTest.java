package org.dovetail.sync.emf;

import static org.dovetail.sync.emf.TestModels.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Step;
import org.dovetail.model.process.Task;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Operation.AddValue;
import org.dovetail.sync.protocol.Operation.Create;
import org.dovetail.sync.protocol.Operation.Delete;
import org.dovetail.sync.protocol.Operation.Move;
import org.dovetail.sync.protocol.Operation.RemoveValue;
import org.dovetail.sync.protocol.Operation.SetValue;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

class OperationApplierTest {

    private final ProjectResources project = TestModels.example(0);
    private final DovetailModel model = (DovetailModel) project.resourceSet().getResources().get(0).getContents().get(0);
    private final Process process = model.getProcessDomain().getProcesses().get(0);
    private final Step first = process.getSteps().get(0);
    private final Step second = process.getSteps().get(1);

    private Set<String> apply(Operation... ops) {
        return new OperationApplier(project).apply(List.of(ops));
    }

    @Test
    void createSetAddRemoveMoveDelete() {
        String approvalType = "process.Approval";
        apply(new Create("new-1", approvalType, process.getId(), "steps", null, 0),
                new SetValue("new-1", "name", "Second look"),
                new SetValue("new-1", "requiredApprovals", "2"),
                new AddValue("new-1", "segregatedFrom", first.getId(), null),
                new AddValue("new-1", "segregatedFrom", second.getId(), 0));
        Approval approval = (Approval) process.getSteps().get(0);
        assertEquals("new-1", approval.getId());
        assertEquals("Second look", approval.getName());
        assertEquals(2, approval.getRequiredApprovals());
        assertEquals(List.of(second, first), approval.getSegregatedFrom());

        apply(new RemoveValue("new-1", "segregatedFrom", second.getId()), new SetValue("new-1", "name", null),
                new Move("new-1", process.getId(), "steps", 99, null));
        assertEquals(List.of(first), approval.getSegregatedFrom());
        assertNull(approval.getName());
        assertSame(approval, process.getSteps().get(process.getSteps().size() - 1));

        Set<String> deleted = apply(new Delete(first.getId()));
        assertTrue(deleted.contains(first.getId()));
        assertEquals(List.of(), approval.getSegregatedFrom(), "references to a deleted element are dropped");
    }

    @Test
    void rootsGoToTheirFileAndMoveBetweenFiles() {
        apply(new Create("root-2", "dovetail.DovetailModel", null, null, "other/b.dovetail", null),
                new Create("t", "process.Task", null, null, "other/b.dovetail", 0),
                new Move("t", null, null, null, "models/c.dovetail"));
        Resource b = project.existingResource("other/b.dovetail");
        assertEquals(List.of("root-2"), b.getContents().stream().map(ModelTypes::idOf).toList());
        assertTrue(project.existingResource("models/c.dovetail").getContents().get(0) instanceof Task);
        assertEquals("other/b.dovetail", project.pathOf(b));
    }

    @Test
    void anyErrorLeavesTheModelAsItWas() {
        String before = canonical(project, true);
        int resources = project.resourceSet().getResources().size();
        String p = process.getId();
        List<List<Object>> cases = List.of(
                List.of(new SetValue("nope", "name", "x"), "unknown element id 'nope'"),
                List.of(new Create("n", "process.Nope", p, "steps", null, null), "unknown type 'process.Nope'"),
                List.of(new Create("n", "process.Step", p, "steps", null, null), "type 'process.Step' is abstract"),
                List.of(new Create(first.getId(), "process.Task", p, "steps", null, null), "already exists"),
                List.of(new Create("n", "process.Role", p, "steps", null, null), "process.Role cannot be placed in process.Process.steps"),
                List.of(new SetValue(p, "colour", "red"), "process.Process has no feature 'colour'"),
                List.of(new SetValue(first.getId(), "manual", "perhaps"), "bad value 'perhaps'"),
                List.of(new SetValue(first.getId(), "performer", "ghost"), "unknown element id 'ghost' as value"),
                List.of(new SetValue(first.getId(), "performer", p), "holds process.Role"),
                List.of(new SetValue(p, "steps", first.getId()), "is not set by value"),
                List.of(new AddValue(first.getId(), "name", "x", null), "is single-valued"),
                List.of(new RemoveValue(first.getId(), "segregatedFrom", second.getId()), "has no feature 'segregatedFrom'"),
                List.of(new RemoveValue(first.getId(), "artifacts", p), "does not contain"),
                List.of(new Move(p, first.getId(), "evidence", 0, null), "into its own subtree"),
                List.of(new Create("r", "dovetail.DovetailModel", null, null, "../escape.dovetail", null), "bad resource path"),
                List.of(new Create("r", "dovetail.DovetailModel", null, null, "/etc/x.dovetail", null), "bad resource path"),
                List.of(new Create("r", "dovetail.DovetailModel", null, null, "notes.txt", null), "not a .dovetail file"));
        for (List<Object> c : cases) {
            List<Operation> ops = List.of(new SetValue(first.getId(), "name", "changed first"),
                    new Create("fresh", "process.Task", null, null, "new/file.dovetail", null),
                    new Delete(second.getId()), (Operation) c.get(0));
            SyncModelException e = assertThrows(SyncModelException.class, () -> new OperationApplier(project).apply(ops));
            assertTrue(e.getMessage().contains((String) c.get(1)), e.getMessage());
            assertTrue(e.getMessage().startsWith("operation 4 of 4"), e.getMessage());
            assertEquals(before, canonical(project, true), "nothing changed after " + c.get(0));
            assertEquals(resources, project.resourceSet().getResources().size(), "no new resource left behind");
        }
    }
}
