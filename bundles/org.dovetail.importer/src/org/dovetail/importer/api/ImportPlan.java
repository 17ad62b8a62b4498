package org.dovetail.importer.api;

import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.change.TouchRecorder;
import org.dovetail.model.change.Usages;

/**
 * What an import will do, worked out from the file alone. {@link #preview} and {@link #apply} read or change the
 * model, so call them where the model may be touched (the UI thread in the workbench); {@link ImportCommand} makes
 * the whole import one undo step.
 */
public interface ImportPlan {

    /** One line about what was read ("12 steps, 14 flows, 3 roles from A.4.0.bpmn"). */
    String summary();

    /** Things of the file that were not imported and why, one line each. */
    List<String> notes();

    /**
     * Where the file departs from its format's rules in ways a real-world file still imports with
     * ({@code file:line:column: reason}, one line each); refusals are {@link ImportException}s instead.
     *
     * @since 0.2
     */
    default List<String> warnings() {
        return List.of();
    }

    /** What {@link #apply} would add, change and remove in {@code model}, without changing it. */
    List<PlannedChange> preview(DovetailModel model);

    /** Changes {@code model}; returns what was added and changed. */
    ImportResult apply(DovetailModel model);

    /**
     * Changes {@code model} as {@link #apply(DovetailModel)} does, first telling {@code recorder} about each object that
     * existed before and changes, so that recording (and undo) costs in proportion to the import, not to the model.
     * This default cannot say what the plan touches, so it records everything {@code model} can reach: correct, but
     * on a model of 100,000 elements it takes hundreds of milliseconds.
     *
     * @since 0.3
     */
    default ImportResult apply(DovetailModel model, TouchRecorder recorder) {
        recorder.trackAll(Usages.scopeOf(model));
        return apply(model);
    }
}
