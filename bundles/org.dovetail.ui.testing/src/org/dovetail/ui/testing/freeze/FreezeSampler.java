package org.dovetail.ui.testing.freeze;

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
    /** What the event loop was handling: the first frame above the innermost dispatch that is not SWT's or GTK's. */
    private final Map<String, Integer> handlers = new HashMap<>();
    private volatile boolean running = true;
    private int samples;
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
                StackTraceElement[] stack = uiThread.getStackTrace();
                record(stack);
                follow(late, stack);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The stacks of the freeze going on, and of the longest one since the last report, with its length (ns). */
    private final java.util.List<StackTraceElement[]> freeze = new java.util.ArrayList<>();
    private long freezeLateness;
    private java.util.List<StackTraceElement[]> longestFreeze = java.util.List.of();
    private long longestFreezeLateness;

    private synchronized void follow(long late, StackTraceElement[] stack) {
        if (late < freezeLateness) {
            freeze.clear(); // a new mark waits: another freeze
        }
        freezeLateness = late;
        freeze.add(stack);
        if (late > longestFreezeLateness) {
            longestFreezeLateness = late;
            longestFreeze = java.util.List.copyOf(freeze);
        }
    }

    /** Up to five stacks spread over the longest freeze, each from its top down to the test harness, SWT's natives left out. */
    private String longestFreeze() {
        StringBuilder text = new StringBuilder("      the longest freeze (" + longestFreezeLateness / 1_000_000 + " ms), sampled:\n");
        int step = Math.max(1, longestFreeze.size() / 5);
        for (int i = 0; i < longestFreeze.size(); i += step) {
            text.append("        ").append(java.util.Arrays.stream(longestFreeze.get(i))
                    .takeWhile(element -> !element.getClassName().startsWith("org.dovetail.workbench.UiFreeze")
                            && !element.getClassName().startsWith("org.dovetail.ui.testing"))
                    .filter(element -> !element.getClassName().startsWith("org.eclipse.swt.internal."))
                    .limit(14).map(FreezeSampler::frame).collect(Collectors.joining(" < "))).append('\n');
        }
        return text.toString();
    }

    private synchronized void record(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return;
        }
        samples++;
        topFrames.merge(frame(stack[0]), 1, Integer::sum);
        handlers.merge(handler(stack), 1, Integer::sum);
        for (StackTraceElement element : stack) {
            if (element.getClassName().startsWith("org.dovetail.") && !element.getClassName().startsWith("org.dovetail.workbench.UiFreeze")
                    && !element.getClassName().startsWith("org.dovetail.ui.testing")) {
                ownFrames.merge(frame(element), 1, Integer::sum);
                break;
            }
        }
    }

    /**
     * The handler of the event being dispatched: below the innermost {@code readAndDispatch}, the outermost frame of
     * a class outside SWT's widgets and natives (a paint reads "CTabFolder.lambda$0", a slice "UiSlices.run"), or
     * "event loop" when nothing but SWT and GTK runs (waiting for the CPU, or GTK's own work).
     */
    private static String handler(StackTraceElement[] stack) {
        int dispatch = stack.length;
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getMethodName().equals("readAndDispatch") || stack[i].getMethodName().equals("sleep")
                    && stack[i].getClassName().endsWith("Display")) {
                dispatch = i;
                break;
            }
        }
        for (int i = dispatch - 1; i >= 0; i--) {
            String type = stack[i].getClassName();
            if (!type.startsWith("org.eclipse.swt.internal.") && !type.startsWith("org.eclipse.swt.widgets.")) {
                return frame(stack[i]);
            }
        }
        return "event loop";
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
                + "\n      innermost frames: " + top(topFrames, limit) + "\n      handling: " + top(handlers, limit) + "\n";
        text += longestFreeze();
        longestFreeze = java.util.List.of();
        longestFreezeLateness = 0;
        freeze.clear();
        freezeLateness = 0;
        samples = 0;
        ownFrames.clear();
        topFrames.clear();
        handlers.clear();
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
