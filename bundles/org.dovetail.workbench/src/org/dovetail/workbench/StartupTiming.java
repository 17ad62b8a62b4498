package org.dovetail.workbench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbench;

/**
 * Measures start to usable window: from the JVM's start to the first turn of the event loop after the window and the
 * example editor are open. With {@code -Ddovetail.startup.report=<file>} a line "wall-ms cpu-ms" is appended to the
 * file (CPU time of the whole process, all threads: a figure that a busy machine distorts less than wall time);
 * with {@code -Ddovetail.startup.exit=true} the workbench then closes (for the start-time benchmark).
 */
final class StartupTiming {

    static final String REPORT = "dovetail.startup.report";
    static final String EXIT = "dovetail.startup.exit";

    private StartupTiming() {
    }

    /** Call when the workbench has started; measures at the next turn of the event loop. */
    static void measureWhenIdle(IWorkbench workbench) {
        if (System.getProperty(REPORT) == null && !Boolean.getBoolean(EXIT)) {
            return;
        }
        workbench.getDisplay().asyncExec(() -> {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            String report = System.getProperty(REPORT);
            if (report != null) {
                try {
                    Files.writeString(Path.of(report), millis + " " + cpuMillis + System.lineSeparator(), StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    ILog.of(StartupTiming.class).warn("Could not write the start time to " + report, e);
                }
            }
            if (Boolean.getBoolean(EXIT)) {
                workbench.close();
            }
        });
    }
}
