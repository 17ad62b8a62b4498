package org.dovetail.workbench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbench;

/**
 * Measures start to a usable window: from the JVM's start to the first turn of the event loop with the window open
 * (menus, views and the editor area answer input), and on to the turn after the example model's editor has opened
 * (it opens once the window is up, in that first turn). With {@code -Ddovetail.startup.report=<file>} a line
 * "window-wall-ms window-cpu-ms model-wall-ms model-cpu-ms" is appended to the file (CPU time of the whole process,
 * all threads: a figure that a busy machine distorts less than wall time), followed by the phases on the way as
 * "phase=wall/cpu" (see {@link #mark}); with {@code -Ddovetail.startup.exit=true} the workbench then closes (for the
 * start-time benchmark).
 */
final class StartupTiming {

    static final String REPORT = "dovetail.startup.report";
    static final String EXIT = "dovetail.startup.exit";

    /** Phases on the way to the window, in the order they are reached: name, wall and CPU milliseconds. */
    private static final Map<String, long[]> PHASES = Collections.synchronizedMap(new LinkedHashMap<>());

    private StartupTiming() {
    }

    /**
     * Notes that start-up reached a phase (only when measuring): "application" (launcher, framework, bundles resolved,
     * extension registry read, the application started), "display", "workbench" (the workbench model and services
     * created, the advisor initialised), "window" (the window opened and painted once).
     */
    static void mark(String phase) {
        if (isMeasuring()) {
            PHASES.putIfAbsent(phase, now());
        }
    }

    private static boolean isMeasuring() {
        return System.getProperty(REPORT) != null || Boolean.getBoolean(EXIT);
    }

    /**
     * Call when the workbench has started: at the first turn of the event loop (the window has had its first paint)
     * takes the window's time, then opens the example model ({@code openModel}), and takes the model's time at the turn
     * after that. Queued here, before anything else asks for the event loop (a test harness, say), so that everything
     * after it finds the model open as before.
     */
    static void measureWhenIdle(IWorkbench workbench, Runnable openModel) {
        boolean measuring = isMeasuring();
        workbench.getDisplay().asyncExec(() -> {
            long[] window = measuring ? now() : null;
            openModel.run();
            if (measuring) {
                workbench.getDisplay().asyncExec(() -> report(workbench, window, now()));
            }
        });
    }

    /** Wall and CPU milliseconds since the JVM started. */
    private static long[] now() {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        return new long[] { millis, cpuMillis };
    }

    private static void report(IWorkbench workbench, long[] window, long[] model) {
        String report = System.getProperty(REPORT);
        if (report != null) {
            try {
                StringBuilder line = new StringBuilder().append(window[0]).append(' ').append(window[1]).append(' ')
                        .append(model[0]).append(' ').append(model[1]);
                synchronized (PHASES) {
                    PHASES.forEach((phase, at) -> line.append(' ').append(phase).append('=').append(at[0]).append('/').append(at[1]));
                }
                Files.writeString(Path.of(report), line.append(System.lineSeparator()), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                ILog.of(StartupTiming.class).warn("Could not write the start time to " + report, e);
            }
        }
        if (Boolean.getBoolean(EXIT)) {
            workbench.close();
        }
    }
}
