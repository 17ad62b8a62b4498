package org.dovetail.workbench;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Samples the UI thread's stack while the event loop is late, to say where a freeze goes (the benchmark's probe says
 * how long it is; this says why). Every 10 ms, when the probe's mark is over 50 ms late, it takes the UI thread's stack and counts
 * the innermost Dovetail frame and the innermost frame; {@link #report(int)} lists the most frequent ones, so a phase's
 * freeze reads as "72 % in OverviewPage.refresh".
 */
final class FreezeSampler {

    private final Thread uiThread;
    /** How long the probe's pending mark has waited (ns), 0 when none waits. */
    private final LongSupplier lateness;
    private volatile long longestLateness;
    private final Map<String, Integer> ownFrames = new HashMap<>();
    private final Map<String, Integer> topFrames = new HashMap<>();
    private volatile boolean running = true;
    private int samples;
    private StackTraceElement[] example;
    private final Thread sampler;

    FreezeSampler(Thread uiThread, LongSupplier lateness) {
        this.uiThread = uiThread;
        this.lateness = lateness;
        sampler = new Thread(this::sample, "UI freeze stack sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long late = lateness.getAsLong();
            longestLateness = Math.max(longestLateness, late);
            if (late > 50_000_000L) {
                record(uiThread.getStackTrace());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return;
        }
        samples++;
        if (samples == 30) {
            example = stack; // 300 ms into the freezes: one whole stack to read
        }
        topFrames.merge(frame(stack[0]), 1, Integer::sum);
        for (StackTraceElement element : stack) {
            if (element.getClassName().startsWith("org.dovetail.") && !element.getClassName().startsWith("org.dovetail.workbench.UiFreeze")
                    && !element.getClassName().startsWith("org.dovetail.ui.testing")) {
                ownFrames.merge(frame(element), 1, Integer::sum);
                break;
            }
        }
    }

    private static String frame(StackTraceElement element) {
        String type = element.getClassName().substring(element.getClassName().lastIndexOf('.') + 1);
        return type + "." + element.getMethodName() + ":" + element.getLineNumber();
    }

    /**
     * The longest wait of a mark seen since the last call (ns), then forgets it: a second witness of a freeze, should
     * the mark run inside a nested event loop at the end of a long operation.
     */
    long takeLongestLateness() {
        long longest = longestLateness;
        longestLateness = 0;
        return longest;
    }

    /** The {@code limit} most frequent frames since the last report, then forgets them. */
    synchronized String report(int limit) {
        if (samples == 0) {
            return "";
        }
        String text = "      " + samples + " samples while late; innermost Dovetail frames: " + top(ownFrames, limit)
                + "\n      innermost frames: " + top(topFrames, limit) + "\n";
        if (example != null) {
            text += java.util.Arrays.stream(example).limit(40).map(element -> "        at " + element + "\n").collect(Collectors.joining());
        }
        samples = 0;
        example = null;
        ownFrames.clear();
        topFrames.clear();
        return text;
    }

    private String top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .map(entry -> entry.getKey() + " " + (100 * entry.getValue() / samples) + "%").collect(Collectors.joining(", "));
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
