package org.dovetail.importer.api;

import java.util.Collection;
import java.util.List;

import org.dovetail.model.DovetailModel;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * An import as one EMF command: {@link ImportPlan#apply} runs under a {@link ChangeRecorder}, so undo reverses every
 * change the import made (including references it removed elsewhere in the resource set) in one step, and redo
 * replays them. Execute it on the editor's command stack.
 */
public final class ImportCommand extends AbstractCommand {

    private final ImportPlan plan;
    private final DovetailModel model;
    private ChangeDescription changes;
    private ImportResult result;

    public ImportCommand(String label, ImportPlan plan, DovetailModel model) {
        super(label, plan.summary());
        this.plan = plan;
        this.model = model;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        Resource resource = model.eResource();
        Object target = resource == null ? model : resource.getResourceSet() != null ? resource.getResourceSet() : resource;
        ChangeRecorder recorder = target instanceof Resource r ? new ChangeRecorder(r)
                : target instanceof org.eclipse.emf.ecore.resource.ResourceSet set ? new ChangeRecorder(set) : new ChangeRecorder((EObject) target);
        try {
            result = plan.apply(model);
        } finally {
            changes = recorder.endRecording();
            recorder.dispose();
        }
    }

    @Override
    public void undo() {
        changes.applyAndReverse();
    }

    @Override
    public void redo() {
        changes.applyAndReverse();
    }

    /** What the import did (after {@link #execute()}). */
    public ImportResult result() {
        return result;
    }

    @Override
    public Collection<?> getResult() {
        return result == null || result.focus() == null ? List.of() : List.of(result.focus());
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return getResult();
    }
}
