package org.dovetail.rules.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.rules.engine.IncrementalValidator;
import org.dovetail.rules.engine.ValidationResult;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The validation of the model one {@link DovetailEditor} holds. An {@link IncrementalValidator} follows the editor's
 * resource set: right after every change on the command stack (execute, undo, redo) it re-runs, in the UI thread
 * that made the change, only the checks the change can affect, so {@link #result()} matches the model as soon as
 * the command returns. The validator is attached anew (one full run) when the editor opens and when the rule
 * configuration changes, in a background job ({@link AttachJob}: progress area, Cancel) so that a large model opens
 * without freezing the window; an attach overtaken by an edit is dropped and started again. {@link #validateNow()}
 * (the Validate command) is a full run in the background with progress and cancel; a run overtaken by an edit is
 * dropped, and a finished one attaches the validator anew.
 *
 * <p>Get one with {@link ModelValidations#of(DovetailEditor)}; use it from the UI thread.</p>
 */
public final class ModelValidation {

    /** Told in the UI thread when a run starts, ends, or the editor closes. */
    public interface Listener {
        void validationChanged(ModelValidation validation);
    }

    private final DovetailEditor editor;
    private final Display display;
    private final ProblemDecorator decorator = new ProblemDecorator(this::treeElements);
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private final CommandStackListener stackListener = event -> modelChanged();
    /** Runs, attaches and detaches one at a time, and never while the closed model is dropped. */
    private final ISchedulingRule oneRunAtATime;

    private IncrementalValidator incremental;
    private List<String> configurationNotes = List.of();
    private long generation;
    private ValidationJob job;
    private AttachJob attachJob;
    private ValidationResult result;
    /** Findings changed since {@link #result} was assembled. */
    private boolean resultStale;
    private List<String> notes = List.of();
    private boolean disposed;

    ModelValidation(DovetailEditor editor) {
        this.editor = editor;
        this.display = editor.getSite().getShell().getDisplay();
        this.oneRunAtATime = editor.getSession().modelRule();
        editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
        editor.setLabelDecorator(decorator);
    }

    /** The elements the editor's tree has rows for (a large model's tree has few of its elements). */
    private Collection<?> treeElements() {
        List<Object> elements = new ArrayList<>();
        if (editor.getViewer() != null && !editor.getViewer().getControl().isDisposed()) {
            collect(editor.getViewer().getTree().getItems(), elements);
        }
        return elements;
    }

    private static void collect(TreeItem[] items, List<Object> elements) {
        for (TreeItem item : items) {
            if (item.getData() != null) {
                elements.add(item.getData());
            }
            if (item.getExpanded()) {
                collect(item.getItems(), elements);
            }
        }
    }

    public DovetailEditor editor() {
        return editor;
    }

    /**
     * The latest result that matches the model, or {@code null} before the first run ended. After an edit that changed
     * findings it is assembled on first call (a walk of the model: on a large one the views ask once a burst of
     * edits pauses, not after every command).
     */
    public ValidationResult result() {
        if (resultStale && incremental != null) {
            resultStale = false;
            show(incremental.result(), null, false, null);
        }
        return result;
    }

    /** How many findings the last assembled result had (cheap: for deciding how eagerly to refresh). */
    public int lastFindingCount() {
        return result == null ? 0 : result.findings().size();
    }

    /** Notes of the latest run for people: configuration problems, skipped contributions, failed checks. */
    public List<String> notes() {
        result();
        return notes;
    }

    /** Whether a full run (the Validate command) is scheduled or going that will replace {@link #result()}. */
    public boolean isRunning() {
        return job != null || attachJob != null;
    }

    /** Whether the editor has closed. */
    public boolean isDisposed() {
        return disposed;
    }

    /**
     * Validates now in full, as a user job (a progress dialog with Cancel, then the progress area); when it ends the
     * incremental validator is attached anew with the current rule configuration.
     */
    public Job validateNow() {
        if (disposed) {
            return null;
        }
        if (job != null) {
            job.cancel();
        }
        job = new ValidationJob(this, editor.getEditingDomain().getResourceSet(), editor.getResource(), generation);
        job.setUser(true);
        job.setRule(oneRunAtATime);
        job.schedule();
        fireChanged();
        return job;
    }

    /**
     * Validates again from scratch with the current rule configuration and installed checks (the editor opened or the
     * configuration changed): attaches a new incremental validator in the background, one full run; until it is done
     * the previous result (if any) stays and keeps following edits.
     */
    public void revalidate() {
        if (disposed) {
            return;
        }
        if (attachJob != null) {
            attachJob.cancel();
        }
        attachJob = new AttachJob(this, editor.getEditingDomain().getResourceSet(), editor.getResource(), generation);
        attachJob.setRule(oneRunAtATime);
        attachJob.schedule();
        fireChanged();
    }

    /** Called by the attach job in its thread: {@code attached} is the new validator, or {@code null} if it failed. */
    void attached(AttachJob finishedJob, IncrementalValidator attached, List<String> attachNotes, ProblemDecorator.Tally tally) {
        display.asyncExec(() -> {
            boolean current = !disposed && finishedJob == attachJob;
            if (!current || attachNotes == null || finishedJob.generation() != generation) {
                if (attached != null && attached.isAttached()) {
                    detachLater(attached);
                }
                if (current) {
                    attachJob = null;
                    if (finishedJob.generation() != generation) {
                        revalidate(); // the model changed during the run: once more with what it is now
                    } else {
                        fireChanged();
                    }
                }
                return;
            }
            attachJob = null;
            if (incremental != null) {
                detachLater(incremental);
                resultStale = false;
            }
            incremental = attached;
            configurationNotes = attachNotes;
            show(incremental.result(), null, tally);
        });
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void modelChanged() {
        // The command stack tells its listeners in the thread that changed the model: the UI thread here.
        generation++;
        if (disposed || incremental == null) {
            return;
        }
        IncrementalValidator.Delta delta = incremental.revalidate();
        if (delta.isEmpty()) {
            return; // the same findings: nothing to show anew
        }
        decorator.update(delta.removed(), delta.added());
        resultStale = true;
        fireChanged();
    }

    /**
     * Detaching a validator walks the whole model (its content adapter leaves every element): done in the background,
     * one run at a time with the attach and validation runs. Until then the old validator only notes changes.
     */
    private void detachLater(IncrementalValidator old) {
        Job detach = Job.createSystem("Detaching a finished validation", monitor -> {
            old.detach();
        });
        detach.setRule(oneRunAtATime);
        detach.schedule();
    }

    /**
     * Shows {@code newResult}; its notes are the configuration notes and its problems and failures, unless given. The
     * tree's overlays come from {@code tally} (counted in the run's thread), or are counted here if it is null.
     */
    private void show(ValidationResult newResult, List<String> newNotes, ProblemDecorator.Tally tally) {
        show(newResult, newNotes, true, tally);
    }

    private void show(ValidationResult newResult, List<String> newNotes, boolean redecorate, ProblemDecorator.Tally tally) {
        result = newResult;
        resultStale = false;
        if (newNotes == null) {
            List<String> all = new ArrayList<>(configurationNotes);
            all.addAll(newResult.problems());
            newResult.failures().forEach(failure -> all.add(failure.toString()));
            newNotes = List.copyOf(all);
        }
        notes = newNotes;
        if (redecorate) {
            decorator.update(tally != null ? tally : new ProblemDecorator.Tally(newResult.findings()));
            fireChanged();
        }
    }

    /** Called by the job in its thread; the result counts only if no change came after the run started. */
    void finished(ValidationJob finishedJob, ValidationResult newResult, List<String> newNotes, ProblemDecorator.Tally tally) {
        display.asyncExec(() -> {
            if (disposed || finishedJob != job) {
                return;
            }
            job = null;
            if (newResult != null && finishedJob.generation() == generation) {
                show(newResult, newNotes, tally);
                // The run may have picked up a changed configuration or new checks: follow them from now on too.
                revalidate();
            } else {
                fireChanged();
            }
        });
    }

    /** Whether the editor's model session is closed, or is closed when the closing editor lets go of it. */
    private boolean modelIsDropped() {
        var session = editor.getSession();
        return session == null || session.references() <= 1;
    }

    private void fireChanged() {
        for (Listener listener : listeners) {
            listener.validationChanged(this);
        }
    }

    void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        if (job != null) {
            job.cancel();
            job = null;
        }
        if (attachJob != null) {
            attachJob.cancel();
            attachJob = null;
        }
        if (incremental != null) {
            // Detaching walks the whole model; a model that no other editor holds is dropped with its adapters.
            if (!modelIsDropped()) {
                incremental.detach();
            }
            incremental = null;
        }
        editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        fireChanged();
        listeners.clear();
    }
}
