package org.dovetail.rules.ui;

import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.rules.engine.ValidationResult;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;

/**
 * The validation of the model one {@link DovetailEditor} holds. After every change on the editor's command stack it
 * validates again in the background, {@value #DEBOUNCE_MS} ms after the last change; a run still going when a newer
 * change arrives is cancelled and its result dropped. The UI thread only schedules and receives results.
 *
 * <p>Get one with {@link ModelValidations#of(DovetailEditor)}; use it from the UI thread.</p>
 */
public final class ModelValidation {

    /** Told in the UI thread when a run starts, ends, or the editor closes. */
    public interface Listener {
        void validationChanged(ModelValidation validation);
    }

    /** How long after the last change validation starts. */
    public static final long DEBOUNCE_MS = 300;

    private final DovetailEditor editor;
    private final Display display;
    private final ProblemDecorator decorator = new ProblemDecorator();
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private final CommandStackListener stackListener = event -> modelChanged();
    private final ISchedulingRule oneRunAtATime = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private long generation;
    private ValidationJob job;
    private ValidationResult result;
    private List<String> notes = List.of();
    private boolean disposed;

    ModelValidation(DovetailEditor editor) {
        this.editor = editor;
        this.display = editor.getSite().getShell().getDisplay();
        editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
        editor.setLabelDecorator(decorator);
    }

    public DovetailEditor editor() {
        return editor;
    }

    /** The latest result that matches the model, or {@code null} before the first run ended. */
    public ValidationResult result() {
        return result;
    }

    /** Notes of the latest run for people: configuration problems, skipped contributions, failed checks. */
    public List<String> notes() {
        return notes;
    }

    /** Whether a run is scheduled or going that will replace {@link #result()}. */
    public boolean isRunning() {
        return job != null;
    }

    /** Whether the editor has closed. */
    public boolean isDisposed() {
        return disposed;
    }

    /** Validates now, as a user job (a progress dialog with Cancel, then the progress area). */
    public Job validateNow() {
        return schedule(0, true);
    }

    /** Validates after the debounce delay, in the background (for example because the rule configuration changed). */
    public void revalidate() {
        schedule(DEBOUNCE_MS, false);
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
        schedule(DEBOUNCE_MS, false);
    }

    private Job schedule(long delay, boolean user) {
        if (disposed) {
            return null;
        }
        if (job != null) {
            job.cancel();
        }
        job = new ValidationJob(this, editor.getEditingDomain().getResourceSet(), editor.getResource(), generation);
        job.setUser(user);
        job.setRule(oneRunAtATime);
        job.schedule(delay);
        fireChanged();
        return job;
    }

    /** Called by the job in its thread; the result counts only if no change came after the run started. */
    void finished(ValidationJob finishedJob, ValidationResult newResult, List<String> newNotes) {
        display.asyncExec(() -> {
            if (disposed || finishedJob != job) {
                return;
            }
            job = null;
            if (newResult != null && finishedJob.generation() == generation) {
                result = newResult;
                notes = newNotes;
                decorator.update(newResult.findings());
            } else if (newResult != null) {
                // The model changed during the run: validate what it is now.
                schedule(DEBOUNCE_MS, false);
                return;
            }
            fireChanged();
        });
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
        editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        fireChanged();
        listeners.clear();
    }
}
