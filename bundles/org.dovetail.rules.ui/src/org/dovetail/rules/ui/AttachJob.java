package org.dovetail.rules.ui;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.rules.engine.IncrementalValidator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Attaches a new {@link IncrementalValidator} to an editor's resource set in the background: the full validation
 * that attaching runs (when the editor opens, when the rule configuration changes, after Validate) no longer holds the
 * UI thread. The model may change meanwhile; {@link ModelValidation} then throws the validator away and attaches
 * again. Shown in the progress area with Cancel; a cancelled attach leaves the previous result in place.
 */
final class AttachJob extends Job {

    /** The job family of validation runs (for tests and the progress view). */
    static final Object FAMILY = AttachJob.class;

    private final ModelValidation owner;
    private final ResourceSet resourceSet;
    private final Resource resource;
    private final long generation;

    AttachJob(ModelValidation owner, ResourceSet resourceSet, Resource resource, long generation) {
        super("Validating " + (resource == null ? "the model" : resource.getURI().lastSegment()));
        this.owner = owner;
        this.resourceSet = resourceSet;
        this.resource = resource;
        this.generation = generation;
    }

    long generation() {
        return generation;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family == ValidationJob.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        List<String> notes = new ArrayList<>();
        IncrementalValidator validator = null;
        try {
            // Without a monitor the checks keep their declared reads, which keeps later incremental runs small.
            validator = ValidationJob.engine(resource, notes, null).incremental();
            validator.attach(resourceSet);
            // The tree's overlays are counted here too, not in the UI thread; the validator is not shared yet.
            ProblemDecorator.Tally tally = monitor.isCanceled() ? null : new ProblemDecorator.Tally(validator.result().findings());
            owner.attached(this, validator, monitor.isCanceled() ? null : List.copyOf(notes), tally);
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (RuntimeException e) {
            // Most likely the model changed under the run; ModelValidation attaches again if so.
            ILog.of(getClass()).info("Validation of " + resource + " did not complete: " + e);
            owner.attached(this, validator, null, null);
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }
}
