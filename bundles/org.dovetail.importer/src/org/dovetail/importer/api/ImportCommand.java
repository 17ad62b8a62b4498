package org.dovetail.importer.api;

import java.util.Collection;
import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.change.TouchRecorder;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;

/**
 * An import as one EMF command: {@link ImportPlan#apply(DovetailModel, TouchRecorder)} records every object it
 * changes (including those whose references to removed elements it drops), so undo reverses the whole import in one
 * step and redo replays it, at a cost in proportion to the import. Execute it on the editor's command stack.
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
        TouchRecorder recorder = new TouchRecorder();
        try {
            result = plan.apply(model, recorder);
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
