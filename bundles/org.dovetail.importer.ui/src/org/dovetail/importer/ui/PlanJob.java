package org.dovetail.importer.ui;

import org.dovetail.importer.api.ImportCanceledException;
import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.ModelImporter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Reads the file and works out the plan in the background; the model is not touched, so a cancel loses nothing.
 * Progress is in kilobytes of the file; {@code also} (the wizard's own monitor) gets it too and can cancel.
 */
final class PlanJob extends Job {

    /** The family of import jobs (tests wait for it). */
    static final Object FAMILY = PlanJob.class;

    private final ModelImporter importer;
    private final ImportRequest request;
    private final IProgressMonitor also;
    private volatile ImportPlan plan;
    private volatile ImportException problem;

    PlanJob(ModelImporter importer, ImportRequest request, IProgressMonitor also) {
        super("Importing " + request.file().getFileName());
        this.importer = importer;
        this.request = request;
        this.also = also;
        setUser(false);
        setPriority(LONG);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + request.file().getFileName(), 1000);
        also.beginTask("Reading " + request.file().getFileName(), 1000);
        int[] done = { 0 };
        ImportMonitor bridge = new ImportMonitor() {
            @Override
            public boolean isCanceled() {
                return monitor.isCanceled() || also.isCanceled();
            }

            @Override
            public void progress(long bytesRead, long totalBytes) {
                int now = totalBytes <= 0 ? 0 : (int) Math.min(1000, bytesRead * 1000 / totalBytes);
                if (now > done[0]) {
                    progress.worked(now - done[0]);
                    also.worked(now - done[0]);
                    done[0] = now;
                }
            }
        };
        try {
            plan = importer.plan(request, bridge);
            return Status.OK_STATUS;
        } catch (ImportCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ImportException e) {
            problem = e;
            return Status.OK_STATUS; // shown in the wizard, not as a job error
        } finally {
            also.done();
        }
    }

    ImportPlan plan() {
        return plan;
    }

    ImportException problem() {
        return problem;
    }
}
