package org.dovetail.diagram.ui.open;

import org.dovetail.diagram.layout.DiagramLayout;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

/**
 * Warms ELK up after the workbench window is up, so that the first diagram a user opens is laid out by compiled code
 * rather than by the interpreter: a system job of the lowest priority, scheduled a few seconds after early start-up
 * (which itself runs after the window opens), on a thread of minimum priority. Start-up does not wait for it.
 */
public final class LayoutWarmUp implements IStartup {

    /** How long after the window is up the warm-up starts: past the first burst of start-up work. */
    static final long DELAY_MS = Long.getLong("dovetail.diagram.warmup.delay", 3000);

    @Override
    public void earlyStartup() {
        if (Boolean.getBoolean("dovetail.diagram.warmup.off")) {
            return;
        }
        Job job = Job.create("Preparing diagram layout", monitor -> {
            Thread thread = Thread.currentThread();
            int priority = thread.getPriority();
            thread.setPriority(Thread.MIN_PRIORITY);
            try {
                DiagramLayout.warmUp();
            } finally {
                thread.setPriority(priority);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        job.schedule(DELAY_MS);
    }
}
