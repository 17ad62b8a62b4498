package org.dovetail.ui.testing.freeze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The CPU time of the X server this JVM draws on, for the freeze benchmark: under Xvfb the server renders what GTK
 * asks for in its own process, and the UI thread waits for it whenever GTK needs a reply. Found by the display
 * number in {@code DISPLAY} among the running Xvfb processes; read from {@code /proc/<pid>/schedstat} (nanoseconds
 * on a CPU). 0 when there is no such process (another X server, another system).
 */
final class XServerCpu {

    private static final Path SCHEDSTAT = findSchedstat();

    private XServerCpu() {
    }

    /** Which server is measured, for the report. */
    static String describe() {
        return SCHEDSTAT == null ? "no Xvfb found for DISPLAY " + System.getenv("DISPLAY") : "Xvfb " + SCHEDSTAT.getParent().getFileName();
    }

    static long nanos() {
        return SCHEDSTAT == null ? 0 : field(SCHEDSTAT, 0);
    }

    /**
     * How long the calling thread has waited for a core so far (ns): the second field of its schedstat. Where a turn
     * took longer than its CPU time with no GC and no X server work, this is where the rest went.
     */
    static long callerWaitedForCpuNanos() {
        return field(Path.of("/proc/thread-self/schedstat"), 1);
    }

    private static long field(Path schedstat, int index) {
        try {
            return Long.parseLong(Files.readString(schedstat).trim().split(" ")[index]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Path findSchedstat() {
        String display = System.getenv("DISPLAY");
        if (display == null || !display.startsWith(":")) {
            return null;
        }
        String number = display.contains(".") ? display.substring(0, display.indexOf('.')) : display;
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> command.endsWith("Xvfb")).orElse(false))
                .filter(process -> process.info().arguments().map(args -> Arrays.asList(args).contains(number)).orElse(false))
                .findFirst()
                .map(process -> Path.of("/proc", Long.toString(process.pid()), "schedstat"))
                .filter(Files::isReadable)
                .orElse(null);
    }
}
