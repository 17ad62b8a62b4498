package org.dovetail.ui.testing.freeze;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

import org.dovetail.ui.testing.UiWait;
import org.eclipse.swt.widgets.Display;

/**
 * How long the UI thread is unresponsive in each phase of a scenario (the freeze benchmarks' instrument): an
 * event-loop latency probe (a background thread posts a mark every 5 ms; the UI thread records how late each one
 * runs; the longest delay in a phase is that phase's worst freeze; beside it the UI thread's CPU time during that
 * delay and the most CPU time of any one delay, which on a loaded machine say how much of a delay was work and how
 * much waiting for a core), the longest turn's CPU and the longest an input event waited ({@link TurnMeter}), and
 * where the UI thread was while late ({@link FreezeSampler}). Created, used and closed in the UI thread.
 */
public final class FreezeMeter implements AutoCloseable {

    /** A phase of the scenario, run in the UI thread. */
    public interface Phase {
        void run() throws Exception;
    }

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The collectors that stop the application: not G1's concurrent marking, not ZGC's cycles (ZGC's pauses count). */
    private static final List<GarbageCollectorMXBean> PAUSING_COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(collector -> !collector.getName().contains("Concurrent") && !collector.getName().contains("Cycles")).toList();

    private final Map<String, long[]> phases = new LinkedHashMap<>();
    private final AtomicLong worstNanos = new AtomicLong();
    /** The UI thread's CPU time during the worst delay, and the most CPU time it spent in any one delay. */
    private final AtomicLong worstDelayCpuNanos = new AtomicLong();
    private final AtomicLong worstCpuNanos = new AtomicLong();
    /** When the worst delay began (epoch ms): finds it in a JFR recording or a GC log of the same run. */
    private final AtomicLong worstAtMillis = new AtomicLong();
    private final AtomicBoolean probing = new AtomicBoolean();
    /** When the probe's pending mark was posted (nanoTime), 0 when none is pending. */
    private final AtomicLong pendingSince = new AtomicLong();
    private final Thread probe;
    private final TurnMeter turns;
    private final FreezeSampler sampler;
    /** Per phase: where the UI thread was while late (see {@link FreezeSampler#report(int)}). */
    private final StringBuilder samples = new StringBuilder();
    private final String prefix;

    /** Starts measuring the display's UI thread; {@code prefix} starts each printed phase line. */
    public FreezeMeter(Display display, String prefix) {
        this.prefix = prefix;
        System.out.println(prefix + ": X server CPU from " + XServerCpu.describe());
        probe = startProbe(display);
        turns = new TurnMeter(display);
        sampler = new FreezeSampler(display.getThread(), () -> {
            long since = pendingSince.get();
            return since == 0 ? 0 : System.nanoTime() - since;
        });
    }

    /** Runs one phase and keeps its figures; prints them at once (on a slow machine the whole run may be cut short). */
    public void phase(String name, Phase phase) throws Exception {
        UiWait.processEvents();
        synchronized (worstNanos) {
            worstNanos.set(0);
            worstDelayCpuNanos.set(0);
            worstAtMillis.set(0);
        }
        worstCpuNanos.set(0);
        turns.takeLongest();
        sampler.takeLongestLateness();
        sampler.report(0); // forgets what was sampled between phases (the scenario's own set-up)
        long start = System.nanoTime();
        long[] gcBefore = gc();
        phase.run();
        UiWait.idle(Duration.ofMillis(100)); // the probe's mark posted during the last stretch runs now
        long worst = Math.max(worstNanos.get(), sampler.takeLongestLateness());
        // CPU beside wall: on a loaded machine a delay is mostly waiting for a core; its CPU time is the work itself.
        long[] turn = turns.takeLongest();
        long[] figures = { worst / 1_000_000, (System.nanoTime() - start) / 1_000_000, worstDelayCpuNanos.get() / 1_000_000,
                worstCpuNanos.get() / 1_000_000, turn[0] / 1_000_000, turn[1] / 1_000_000, turn[2], turn[3] / 1_000_000,
                turn[4] / 1_000_000 };
        phases.put(name, figures);
        long[] gcAfter = gc();
        String detail = String.format("%s: %-50s worst %6d ms (CPU %d, most CPU in one delay %d, longest turn CPU %d,"
                + " input waited %d: GC %d, X server CPU %d, waiting for a core %d)   took %6d ms   (%d collections, %d ms; worst delay from %s)%n%s",
                prefix, name, figures[0], figures[2], figures[3], figures[4], figures[5], figures[6], figures[7], figures[8], figures[1],
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], Instant.ofEpochMilli(worstAtMillis.get()), sampler.report(6));
        System.out.print(detail);
        samples.append(detail);
    }

    /** The table of every phase so far, under {@code title}. */
    public String table(String title) {
        StringBuilder report = new StringBuilder(title + " (worst event-loop delay per phase, wall ms; the UI thread's "
                + "CPU ms during it; the most CPU ms of any one delay; the longest turn's CPU; the longest an input event waited,"
                + " wall ms; phase duration)\n");
        phases.forEach((name, figures) -> report.append(String.format("  %-50s worst %6d ms  CPU %5d ms  most CPU %5d ms   longest turn CPU %5d ms"
                + "   input waited %5d ms   took %6d ms%n", name, figures[0], figures[2], figures[3], figures[4], figures[5], figures[1])));
        return report.toString();
    }

    /** Every phase's line with where the UI thread was while late. */
    public String samples() {
        return samples.toString();
    }

    @Override
    public void close() throws InterruptedException {
        probing.set(false);
        turns.stop();
        probe.join();
        sampler.stop();
    }

    /** Stop-the-world collections so far and their total time (ms): a pause stops the UI thread too. */
    static long[] gc() {
        return new long[] { pausingCollections(GarbageCollectorMXBean::getCollectionCount),
                pausingCollections(GarbageCollectorMXBean::getCollectionTime) };
    }

    /** The total time of the stop-the-world collections so far (ms), without allocating: read every 2 ms. */
    static long gcMillis() {
        return pausingCollections(GarbageCollectorMXBean::getCollectionTime);
    }

    private static long pausingCollections(ToLongFunction<GarbageCollectorMXBean> figure) {
        long total = 0;
        for (GarbageCollectorMXBean collector : PAUSING_COLLECTORS) {
            total += Math.max(0, figure.applyAsLong(collector));
        }
        return total;
    }

    private Thread startProbe(Display display) {
        probing.set(true);
        Thread thread = new Thread(() -> {
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
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
