package org.dovetail.server.service;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the wall-clock time of commits goes, summed since the start (for the benchmark's profile): waiting in the
 * queue for a group, locking the project row and bringing the model to the head, the in-memory check, rebase and
 * apply, the governance gate's policy check, JSON of the operations, and appending the group to the log with the
 * transaction's commit (fsync).
 */
public final class CommitPhases {

    final LongAdder commits = new LongAdder();
    final LongAdder groups = new LongAdder();
    final LongAdder queueWait = new LongAdder();
    final LongAdder lockAndModel = new LongAdder();
    final LongAdder inMemory = new LongAdder();
    final LongAdder gate = new LongAdder();
    final LongAdder json = new LongAdder();
    final LongAdder appendAndCommit = new LongAdder();

    /** Milliseconds per commit of each phase, and commits per group, as one line. */
    public String perCommit() {
        double n = Math.max(1, commits.sum());
        return String.format(Locale.ROOT, "per commit: queue wait %.1f ms, lock+model %.2f ms, in-memory check/apply %.2f ms, gate %.2f ms,"
                + " JSON %.2f ms, log append+commit %.2f ms; %.1f commits per group", queueWait.sum() / n / 1e6, lockAndModel.sum() / n / 1e6,
                inMemory.sum() / n / 1e6, gate.sum() / n / 1e6, json.sum() / n / 1e6, appendAndCommit.sum() / n / 1e6,
                n / Math.max(1, groups.sum()));
    }

    /** Starts counting afresh (after a warm-up). */
    public void reset() {
        for (LongAdder a : new LongAdder[] { commits, groups, queueWait, lockAndModel, inMemory, gate, json, appendAndCommit }) {
            a.reset();
        }
    }
}
