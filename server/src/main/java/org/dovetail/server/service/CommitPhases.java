package org.dovetail.server.service;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the wall-clock time of commits goes, summed since the start (for the benchmark's profile): waiting in the
 * queue for a group, locking the project row and bringing the model to the head, the in-memory check, rebase and
 * apply, the governance gate's policy check, JSON of the operations, and appending the group to the log with the
 * transaction's commit (fsync). The slowest commits are kept with their own phases and the garbage collection time
 * that passed while they waited (what a tail is made of).
 */
public final class CommitPhases {

    /** How many of the slowest commits are kept. */
    static final int SLOWEST = 5;

    final LongAdder commits = new LongAdder();
    final LongAdder groups = new LongAdder();
    final LongAdder queueWait = new LongAdder();
    final LongAdder lockAndModel = new LongAdder();
    final LongAdder inMemory = new LongAdder();
    final LongAdder gate = new LongAdder();
    final LongAdder json = new LongAdder();
    final LongAdder appendAndCommit = new LongAdder();
    private final List<Slow> slowest = new ArrayList<>();

    /** One commit's phases in nanoseconds (the group's for lock, in-memory and commit), and GC milliseconds meanwhile. */
    record Slow(long total, long queueWait, long lockAndModel, long inMemory, long appendAndCommit, long gcMillis, int groupSize) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f ms = queue %.1f + lock/model %.1f + in-memory %.1f (group of %d) + append/commit %.1f; GC %d ms",
                    total / 1e6, queueWait / 1e6, lockAndModel / 1e6, inMemory / 1e6, groupSize, appendAndCommit / 1e6, gcMillis);
        }
    }

    /**
     * Milliseconds of stop-the-world garbage collection since the JVM started (G1's concurrent cycles and ZGC's
     * concurrent "Cycles" not counted, only their pauses).
     */
    static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!gc.getName().contains("Concurrent") && !gc.getName().contains("Cycles")) {
                sum += Math.max(0, gc.getCollectionTime());
            }
        }
        return sum;
    }

    void noteCommit(Slow commit) {
        synchronized (slowest) {
            if (slowest.size() < SLOWEST || commit.total() > slowest.get(slowest.size() - 1).total()) {
                slowest.add(commit);
                slowest.sort(Comparator.comparingLong(Slow::total).reversed());
                if (slowest.size() > SLOWEST) {
                    slowest.remove(slowest.size() - 1);
                }
            }
        }
    }

    /** Milliseconds per commit of each phase, and commits per group, as one line. */
    public String perCommit() {
        double n = Math.max(1, commits.sum());
        return String.format(Locale.ROOT, "per commit: queue wait %.1f ms, lock+model %.2f ms, in-memory check/apply %.2f ms, gate %.2f ms,"
                + " JSON %.2f ms, log append+commit %.2f ms; %.1f commits per group", queueWait.sum() / n / 1e6, lockAndModel.sum() / n / 1e6,
                inMemory.sum() / n / 1e6, gate.sum() / n / 1e6, json.sum() / n / 1e6, appendAndCommit.sum() / n / 1e6,
                n / Math.max(1, groups.sum()));
    }

    /** The slowest commits since the last reset, one per line, slowest first. */
    public String slowest() {
        synchronized (slowest) {
            StringBuilder text = new StringBuilder();
            for (Slow s : slowest) {
                text.append("  slow commit: ").append(s).append('\n');
            }
            return text.toString();
        }
    }

    /** Starts counting afresh (after a warm-up). */
    public void reset() {
        for (LongAdder a : new LongAdder[] { commits, groups, queueWait, lockAndModel, inMemory, gate, json, appendAndCommit }) {
            a.reset();
        }
        synchronized (slowest) {
            slowest.clear();
        }
    }
}
