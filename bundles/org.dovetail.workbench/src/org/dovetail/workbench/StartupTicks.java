package org.dovetail.workbench;

import org.eclipse.swt.widgets.Display;

/**
 * Keeps the UI thread's sleeps short while the workbench opens its window. The workbench restores its state on a
 * thread of its own and then wakes the UI thread sleeping in {@code Display.sleep()}; on GTK that wake-up can be lost
 * while the event loop polls with a timeout taken from the pending GLib sources (seen as the UI thread asleep in
 * {@code WorkbenchAdvisor.openWindows} for 5-6 s with no thread of the process running, in about half the starts under
 * load). A timer every {@value #TICK_MS} ms bounds that poll, so a lost wake-up costs at most one tick.
 */
final class StartupTicks implements Runnable {

    static final int TICK_MS = 20;

    /** A start that never reaches {@link #stop} (a failed start) ticks no longer than this. */
    private static final long LIMIT_MS = 60_000;

    private final Display display;
    private final long until = System.currentTimeMillis() + LIMIT_MS;
    private volatile boolean stopped;
    private int ticks;

    private StartupTicks(Display display) {
        this.display = display;
    }

    /** Starts ticking on the given display's UI thread; {@link #stop} ends it. */
    static StartupTicks start(Display display) {
        StartupTicks ticks = new StartupTicks(display);
        if (Display.getCurrent() == display) {
            display.timerExec(TICK_MS, ticks);
        } else {
            display.asyncExec(() -> display.timerExec(TICK_MS, ticks));
        }
        return ticks;
    }

    @Override
    public void run() {
        ticks++;
        if (!stopped && !display.isDisposed() && System.currentTimeMillis() < until) {
            display.timerExec(TICK_MS, this);
        }
    }

    /** How often the timer has fired (UI thread). */
    int ticks() {
        return ticks;
    }

    /**
     * Ends the ticks: the window is open and the event loop is the workbench's own from here. The tick already queued
     * is taken back, so none fires after this (from another thread: at the UI thread's next turn).
     */
    void stop() {
        stopped = true;
        if (display.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == display) {
            display.timerExec(-1, this);
        } else {
            display.asyncExec(() -> display.timerExec(-1, this));
        }
    }
}
