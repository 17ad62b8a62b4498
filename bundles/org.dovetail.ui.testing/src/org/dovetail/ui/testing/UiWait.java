package org.dovetail.ui.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Spins the UI thread's event loop until something has happened; fails with what it waited for. */
public final class UiWait {

    /** How long {@link #until(String, BooleanSupplier)} waits; generous for a loaded 2-core machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private UiWait() {
    }

    /** Processes UI events until the condition holds; fails after {@link #DEFAULT_TIMEOUT}. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, DEFAULT_TIMEOUT);
    }

    /** Processes UI events until the condition holds; fails after {@code timeout}. */
    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        Display display = display();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                // Wake up again soon even if no event comes: the condition may depend on a background thread.
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Processes every pending UI event, then returns. */
    public static void processEvents() {
        Display display = display();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Processes UI events for {@code duration} (for animations or layouts that have no observable end). */
    public static void idle(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        until("idle time has passed", () -> System.nanoTime() >= end, duration.plusSeconds(5));
    }

    /** Waits until no job of {@code family} is waiting or running ({@code null}: no job at all). */
    public static void forJobs(Object family, Duration timeout) {
        until("the jobs of " + (family == null ? "every family" : family) + " have ended",
                () -> Job.getJobManager().find(family).length == 0 || onlySystemJobsLeft(family), timeout);
    }

    /** With {@code family == null} the workbench's own endless system jobs (decorators, say) do not count. */
    private static boolean onlySystemJobsLeft(Object family) {
        if (family != null) {
            return false;
        }
        for (Job job : Job.getJobManager().find(null)) {
            if (!job.isSystem() && job.getState() != Job.SLEEPING) {
                return false;
            }
        }
        return true;
    }

    /** The active page of the active workbench window. */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Display display() {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("UI test support must be called in the UI thread (useUIThread)");
        }
        return display;
    }
}
