package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.Element;
import org.dovetail.model.process.Step;
import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * How long the UI thread is unresponsive while a large model is opened, edited, validated and searched: an
 * event-loop latency probe (a background thread posts a mark every 5 ms; the UI thread records how late each one
 * runs; the longest delay in a phase is that phase's worst freeze; beside it the UI thread's CPU time during that
 * delay and the most CPU time of any one delay, which on a loaded machine say how much of a delay was work and how
 * much waiting for a core). Not a test: without {@code DOVETAIL_FREEZE_MODEL}
 * (a large .dovetail file) it does nothing. One command writes the model (100 K elements, 22 K mappings, 10 MB: {@code
 * WriteFreezeModel} of {@code releng/org.dovetail.benchmarks}), runs this under Xvfb and prints the table of
 * {@code target/freeze-report.txt} with the load average: {@code releng/org.dovetail.benchmarks/ui-freeze.sh}.
 */
class UiFreezeBenchmark {

    private final Map<String, long[]> phases = new LinkedHashMap<>();
    private final AtomicLong worstNanos = new AtomicLong();
    /** The UI thread's CPU time during the worst delay, and the most CPU time it spent in any one delay. */
    private final AtomicLong worstDelayCpuNanos = new AtomicLong();
    private final AtomicLong worstCpuNanos = new AtomicLong();
    /** When the worst delay began (epoch ms): finds it in a JFR recording or a GC log of the same run. */
    private final AtomicLong worstAtMillis = new AtomicLong();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private final AtomicBoolean probing = new AtomicBoolean();
    /** When the probe's pending mark was posted (nanoTime), 0 when none is pending. */
    private final AtomicLong pendingSince = new AtomicLong();
    private FreezeSampler sampler;
    /** Per phase: where the UI thread was while late (see {@link FreezeSampler#report(int)}). */
    private final StringBuilder samples = new StringBuilder();

    @Test
    void measure() throws Exception {
        String file = System.getenv("DOVETAIL_FREEZE_MODEL");
        if (file == null) {
            System.out.println("UiFreezeBenchmark: set DOVETAIL_FREEZE_MODEL to a large .dovetail file");
            return;
        }
        Display display = Display.getCurrent();
        System.out.println("UiFreezeBenchmark: X server CPU from " + XServerCpu.describe());
        Thread probe = startProbe(display);
        TurnMeter turns = new TurnMeter(display);
        turnMeter = turns;
        sampler = new FreezeSampler(display.getThread(), () -> {
            long since = pendingSince.get();
            return since == 0 ? 0 : System.nanoTime() - since;
        });
        try {
            DovetailEditor[] editor = new DovetailEditor[1];
            phase("open the editor", () -> editor[0] = (DovetailEditor) IDE.openEditorOnFileStore(page(),
                    EFS.getLocalFileSystem().getStore(Path.of(file).toUri())));
            ModelValidation validation = ModelValidations.of(editor[0]);
            phase("validation on open (background) until done", () -> UiWait.until("validation on open ends",
                    () -> !validation.isRunning() && validation.result() != null, Duration.ofMinutes(5)));
            List<Step> steps = steps(editor[0], 5);
            phase("5 renames, each validated incrementally", () -> {
                for (Step step : steps) {
                    editor[0].getEditingDomain().getCommandStack().execute(SetCommand.create(editor[0].getEditingDomain(), step,
                            org.dovetail.model.DovetailPackage.Literals.ELEMENT__NAME, step.getName() + " (renamed)"));
                    UiWait.processEvents();
                }
            });
            phase("5 undos", () -> {
                for (int i = 0; i < 5; i++) {
                    editor[0].getEditingDomain().getCommandStack().undo();
                    UiWait.processEvents();
                }
            });
            phase("Validate (full run in the background) until done", () -> {
                validation.validateNow();
                UiWait.until("the full run ends", () -> !validation.isRunning(), Duration.ofMinutes(5));
            });
            phase("search the tree for 'approval 1' (typed)", () -> {
                UiActions.setText(editor[0].getTreePage().search().field(), "approval 1");
                UiWait.until("the search ends", () -> editor[0].getTreePage().search().isDone(), Duration.ofMinutes(1));
            });
            phase("overview page (counted in slices) until shown", () -> {
                editor[0].showPage(DovetailEditor.OVERVIEW_PAGE);
                UiWait.until("the overview has counted the model", () -> !editor[0].getOverviewPage().isRefreshing(),
                        Duration.ofMinutes(1));
            });
            phase("mapping page (unmapped counted in slices) until done", () -> {
                editor[0].showPage(DovetailEditor.MAPPING_PAGE);
                UiWait.until("the mapping page has counted", () -> !editor[0].getMappingPage().isSummarizing(), Duration.ofMinutes(1));
            });
            phase("close", () -> page().closeAllEditors(false));
        } finally {
            probing.set(false);
            turns.stop();
            probe.join();
            sampler.stop();
        }
        StringBuilder report = new StringBuilder("UI freezes on " + file + " (worst event-loop delay per phase, wall ms; the UI thread's "
                + "CPU ms during it; the most CPU ms of any one delay; the longest turn's CPU; the longest an input event waited,"
                + " wall ms; phase duration)\n");
        phases.forEach((name, figures) -> report.append(String.format("  %-50s worst %6d ms  CPU %5d ms  most CPU %5d ms   longest turn CPU %5d ms"
                + "   input waited %5d ms   took %6d ms%n", name, figures[0], figures[2], figures[3], figures[4], figures[5], figures[1])));
        System.out.println(report);
        Files.writeString(Path.of("target/freeze-report.txt"), report);
        Files.writeString(Path.of("target/freeze-samples.txt"), samples);
    }

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
    private static final class TurnMeter implements Runnable {
        private final Display display;
        private static final long PERIOD_NANOS = 2_000_000;
        private long lastCpu = THREADS.getCurrentThreadCpuTime();
        private long longest;
        private long lastWall = System.nanoTime();
        private long longestLate;
        /** Stop-the-world GC time (ms) so far, and within the latest longest lateness. */
        private long lastGcMillis = gc()[1];
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
            long cpu = THREADS.getCurrentThreadCpuTime();
            longest = Math.max(longest, cpu - lastCpu);
            lastCpu = cpu;
            long wall = System.nanoTime();
            long gcMillis = gc()[1];
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

    private interface Phase {
        void run() throws Exception;
    }

    private TurnMeter turnMeter;

    private void phase(String name, Phase phase) throws Exception {
        UiWait.processEvents();
        synchronized (worstNanos) {
            worstNanos.set(0);
            worstDelayCpuNanos.set(0);
            worstAtMillis.set(0);
        }
        worstCpuNanos.set(0);
        turnMeter.takeLongest();
        sampler.takeLongestLateness();
        long start = System.nanoTime();
        long[] gcBefore = gc();
        phase.run();
        UiWait.idle(Duration.ofMillis(100)); // the probe's mark posted during the last stretch runs now
        long worst = Math.max(worstNanos.get(), sampler.takeLongestLateness());
        // CPU beside wall: on a loaded machine a delay is mostly waiting for a core; its CPU time is the work itself.
        long[] turn = turnMeter.takeLongest();
        long[] figures = { worst / 1_000_000, (System.nanoTime() - start) / 1_000_000, worstDelayCpuNanos.get() / 1_000_000,
                worstCpuNanos.get() / 1_000_000, turn[0] / 1_000_000, turn[1] / 1_000_000, turn[2], turn[3] / 1_000_000,
                turn[4] / 1_000_000 };
        phases.put(name, figures);
        // Printed at once: on a slow machine the whole run may be cut short.
        long[] gcAfter = gc();
        String detail = String.format("UiFreezeBenchmark: %-50s worst %6d ms (CPU %d, most CPU in one delay %d, longest turn CPU %d,"
                + " input waited %d: GC %d, X server CPU %d, waiting for a core %d)   took %6d ms   (%d collections, %d ms; worst delay from %s)%n%s", name, figures[0], figures[2],
                figures[3], figures[4], figures[5], figures[6], figures[7], figures[8], figures[1],
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], java.time.Instant.ofEpochMilli(worstAtMillis.get()),
                sampler.report(6));
        System.out.print(detail);
        samples.append(detail);
    }

    /** Stop-the-world collections so far and their total time (ms): a pause stops the UI thread too. */
    private static long[] gc() {
        long[] total = new long[2];
        for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector.getName().contains("Concurrent") || collector.getName().contains("Cycles")) {
                continue; // runs beside the application, no pause (G1's concurrent marking, ZGC's cycles; ZGC's pauses count)
            }
            total[0] += Math.max(0, collector.getCollectionCount());
            total[1] += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private Thread startProbe(Display display) {
        probing.set(true);
        Thread probe = new Thread(() -> {
            while (probing.get() && !display.isDisposed()) {
                long posted = System.nanoTime();
                long cpuPosted = THREADS.getThreadCpuTime(display.getThread().threadId());
                AtomicBoolean ran = new AtomicBoolean();
                pendingSince.set(posted);
                display.asyncExec(() -> {
                    long delay = System.nanoTime() - posted;
                    long cpu = cpuPosted < 0 ? 0 : THREADS.getCurrentThreadCpuTime() - cpuPosted;
                    synchronized (worstNanos) {
                        if (delay > worstNanos.get()) {
                            worstNanos.set(delay);
                            worstDelayCpuNanos.set(cpu);
                            worstAtMillis.set(System.currentTimeMillis() - delay / 1_000_000);
                        }
                    }
                    worstCpuNanos.accumulateAndGet(cpu, Math::max);
                    pendingSince.set(0);
                    ran.set(true);
                });
                while (!ran.get() && probing.get()) {
                    Thread.onSpinWait();
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "event-loop latency probe");
        probe.setDaemon(true);
        probe.start();
        return probe;
    }

    private static List<Step> steps(DovetailEditor editor, int count) {
        List<Step> steps = new ArrayList<>();
        for (TreeIterator<EObject> all = editor.getResource().getAllContents(); all.hasNext() && steps.size() < count;) {
            if (all.next() instanceof Step step && step instanceof Element) {
                steps.add(step);
            }
        }
        return steps;
    }
}
