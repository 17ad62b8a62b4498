package org.dovetail.sync.ui.internal;

import java.util.List;

import org.dovetail.sync.emf.ElementIndex;
import org.dovetail.sync.emf.OperationApplier;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;

/**
 * Sync operations applied to an open model as one undoable command. Unlike EMF's {@code ChangeCommand}, which
 * watches every object of the resource set while it runs (on a 100 K-element model, adding and removing 100 K
 * adapters for a hundred renames), it records only the objects the operations touch ({@link OperationApplier}'s
 * recorder); undo and redo play that record back and forth.
 */
final class OperationsCommand extends AbstractCommand {

    private final ProjectResources target;
    private final List<Operation> operations;
    private ChangeDescription changes;

    OperationsCommand(String label, ProjectResources target, List<Operation> operations) {
        super(label);
        this.target = target;
        this.operations = operations;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        // In the UI thread: found through the resources' id maps, not a walk of the whole model per update.
        ElementIndex index = ElementIndex.overResourceIds(target.resourceSet());
        changes = new OperationApplier(target, index).applyRecorded(operations).undo();
    }

    @Override
    public void undo() {
        changes.applyAndReverse();
    }

    @Override
    public void redo() {
        changes.applyAndReverse();
    }
}
