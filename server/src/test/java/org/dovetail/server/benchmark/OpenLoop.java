package org.dovetail.server.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load for the repository benchmark: commits arrive at a fixed total rate with Poisson (exponential)
 * inter-arrival times, independent of how fast earlier ones were answered, and each commit's latency is measured from
 * its <em>scheduled</em> send time, so a slow answer delays the next commit's start and that delay counts (no
 * coordinated omission). The arrivals go round-robin to the clients; each client commits its own elements, one commit
 * at a time, so a rate the server cannot keep up with shows as queueing in the latencies rather than as a lower rate.
 */
final class OpenLoop {

    /** Commits one change for {@code client} (its {@code sequence}-th); returns when the server answered. */
    @FunctionalInterface
    interface Committer {
        void commit(int client, int sequence) throws Exception;
    }

    /**
     * Latencies (ms from the scheduled send time) of one run, the rate actually achieved, and how many arrivals were
     * never sent because the run was cut off (a rate far beyond capacity; its percentiles then understate the latency).
     */
    record Result(double offeredPerSecond, List<Double> latencies, double achievedPerSecond, int notSent) {
        double p(int percentile) {
            return RepositoryBenchmark.percentile(latencies, percentile);
        }
    }

    private OpenLoop() {
    }

    /**
     * Offers {@code rate} commits per second in total for about {@code seconds} (at least {@code minCommits} arrivals),
     * spread over {@code clients} clients; {@code sequences[c]} is client c's next sequence number (advanced here).
     */
    static Result run(double rate, int clients, double seconds, int minCommits, int[] sequences, long seed, Committer committer)
            throws Exception {
        int arrivals = Math.max(minCommits, (int) Math.round(rate * seconds));
        Random random = new Random(seed);
        List<List<Long>> schedule = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            schedule.add(new ArrayList<>());
        }
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        // A rate far beyond what the server does would queue for minutes: the run is cut off at three times its length.
        long cutOff = start + (long) (Math.max(3 * seconds, seconds + 30) * 1e9);
        double at = 0;
        for (int i = 0; i < arrivals; i++) {
            at += -Math.log(1 - random.nextDouble()) / rate;
            schedule.get(i % clients).add(start + (long) (at * 1e9));
        }
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (long scheduled : schedule.get(client)) {
                        if (System.nanoTime() > cutOff) {
                            break;
                        }
                        long wait = scheduled - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        committer.commit(client, sequences[client]++);
                        latencies.add((System.nanoTime() - scheduled) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(rate, latencies, latencies.size() / elapsed, arrivals - latencies.size());
    }

    /**
     * The highest rate (of those tried, between {@code low} and {@code high}) whose p99 stays at or under
     * {@code p99Ms}, by bisection in {@code steps} steps; null when even {@code low} misses it.
     */
    static Result highestWithin(double p99Ms, double low, double high, int steps, RateRunner runner) throws Exception {
        Result best = null;
        Result atLow = runner.run(low);
        if (atLow.p(99) > p99Ms) {
            return null;
        }
        best = atLow;
        double lo = low;
        double hi = high;
        for (int i = 0; i < steps; i++) {
            double mid = Math.round((lo + hi) / 2);
            if (mid <= lo || mid >= hi) {
                break;
            }
            Result r = runner.run(mid);
            if (r.p(99) <= p99Ms) {
                best = r;
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return best;
    }

    /** One open-loop run at a rate. */
    @FunctionalInterface
    interface RateRunner {
        Result run(double rate) throws Exception;
    }
}
