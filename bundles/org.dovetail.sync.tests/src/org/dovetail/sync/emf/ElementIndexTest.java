package org.dovetail.sync.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Step;
import org.dovetail.sync.protocol.Operation.Create;
import org.dovetail.sync.protocol.Operation.Delete;
import org.dovetail.sync.protocol.Operation.SetValue;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;

/** The index over the resources' own id maps finds what a walk finds, and walks only when it has to. */
class ElementIndexTest {

    /** A loaded model, as an editor has it. */
    private final ProjectResources project = TestModels.copy(TestModels.example(0));
    private final ResourceImpl resource = (ResourceImpl) project.resourceSet().getResources().get(0);
    private final Process process = ((DovetailModel) resource.getContents().get(0)).getProcessDomain().getProcesses().get(0);
    private final Step first = process.getSteps().get(0);
    private final Step second = process.getSteps().get(1);

    @Test
    void setsOnALoadedModelFindTheirElementsWithoutAWalk() {
        ElementIndex index = ElementIndex.overResourceIds(project.resourceSet());
        new OperationApplier(project, index).apply(List.of(new SetValue(first.getId(), "name", "Renamed"),
                new SetValue(second.getId(), "description", "Described")));
        assertEquals("Renamed", first.getName());
        assertEquals("Described", second.getDescription());
        assertFalse(index.walked());
    }

    @Test
    void anUnknownIdOrAWrongMapEntryIsAnsweredByAWalk() {
        ElementIndex index = ElementIndex.overResourceIds(project.resourceSet());
        resource.getIntrinsicIDToEObjectMap().put(first.getId(), second); // a map that is wrong about an id is not believed
        assertSame(first, index.find(first.getId()));
        assertTrue(index.walked());
        assertNull(ElementIndex.overResourceIds(project.resourceSet()).find("no-such-id"));
        assertEquals(ElementIndex.of(project.resourceSet()).size(), index.size());
    }

    @Test
    void createsAndDeletesKeepTheIndexAsAWalkedOneWouldBe() {
        ElementIndex index = ElementIndex.overResourceIds(project.resourceSet());
        new OperationApplier(project, index).apply(List.of(new Create("new-1", "process.Task", process.getId(), "steps", null, 0),
                new SetValue("new-1", "name", "New task"), new Delete(second.getId())));
        assertSame(process.getSteps().get(0), index.find("new-1"));
        assertNull(index.find(second.getId()));
        assertEquals(ElementIndex.of(project.resourceSet()).size(), index.size());
    }
}
