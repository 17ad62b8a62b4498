package org.dovetail.ui.testing.freeze;

import org.eclipse.swt.widgets.Display;

/**
 * The UI thread's longest stretch of CPU time between two turns of its event loop, measured in the UI thread
 * itself: a 2 ms timer that reads the thread's CPU time each time it runs. Unlike the probe's wall-clock delays it
 * does not grow while the thread waits for a core or the probe thread is not scheduled, so it reads the same on a
 * busy machine (a stop-the-world GC pause is not in it: the GC log and the collections line say those).
 * <p>
 * Beside it the longest wall-clock time the timer ran late: how long input waited. A GTK timer is dispatched like
 * an input event (both are sources of the default priority), between any two of them; the probe's marks are
 * {@code asyncExec} runnables, which SWT runs only when no GTK event waits, so a probe delay also covers the
 * events that came before it (paints, resizes, timers) and reads longer than the wait of a key press.
 */
final class TurnMeter implements Runnable {
    private final Display display;
    private static final long PERIOD_NANOS = 2_000_000;
    private long lastCpu = FreezeMeter.THREADS.getCurrentThreadCpuTime();
    private long longest;
    private long lastWall = System.nanoTime();
    private long longestLate;
    /** Stop-the-world GC time (ms) so far, and within the latest longest lateness. */
    private long lastGcMillis = FreezeMeter.gc()[1];
    private long longestLateGcMillis;
    /** The X server's CPU time (ns) so far, and within the longest lateness: under Xvfb it draws what GTK asks. */
    private long lastXNanos = XServerCpu.nanos();
    private long longestLateXNanos;
    /** How long the UI thread waited for a core (ns) so far, and within the longest lateness. */
    private long lastRunQueueNanos = XServerCpu.callerWaitedForCpuNanos();
    private long longestLateRunQueueNanos;
    private boolean running = true;

    TurnMeter(Display display) {
        this.display = display;
        display.timerExec(2, this);
    }

    @Override
    public void run() {
        long cpu = FreezeMeter.THREADS.getCurrentThreadCpuTime();
        longest = Math.max(longest, cpu - lastCpu);
        lastCpu = cpu;
        long wall = System.nanoTime();
        long gcMillis = FreezeMeter.gcMillis();
        long xNanos = XServerCpu.nanos();
        long runQueueNanos = XServerCpu.callerWaitedForCpuNanos();
        if (wall - lastWall - PERIOD_NANOS > longestLate) {
            longestLate = wall - lastWall - PERIOD_NANOS;
            longestLateGcMillis = gcMillis - lastGcMillis;
            longestLateXNanos = xNanos - lastXNanos;
            longestLateRunQueueNanos = runQueueNanos - lastRunQueueNanos;
        }
        lastWall = wall;
        lastGcMillis = gcMillis;
        lastXNanos = xNanos;
        lastRunQueueNanos = runQueueNanos;
        if (running && !display.isDisposed()) {
            display.timerExec(2, this);
        }
    }

    /** The longest stretch's CPU and the timer's longest lateness since the last call (ns), then forgets them. UI thread. */
    long[] takeLongest() {
        run(); // the stretch going on counts up to now
        long[] result = { longest, longestLate, longestLateGcMillis, longestLateXNanos, longestLateRunQueueNanos };
        longest = 0;
        longestLate = 0;
        longestLateGcMillis = 0;
        longestLateXNanos = 0;
        longestLateRunQueueNanos = 0;
        return result;
    }

    void stop() {
        running = false;
    }
}
