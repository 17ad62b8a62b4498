package org.dovetail.ui.testing.freeze;

import java.io.IOException;
import java.io.RandomAccessFile;
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
    private static final ProcFile SERVER = SCHEDSTAT == null ? null : new ProcFile(SCHEDSTAT);
    /** {@code thread-self} names the thread that opens it: one open file per calling thread. */
    private static final ThreadLocal<ProcFile> CALLER = ThreadLocal.withInitial(() -> new ProcFile(Path.of("/proc/thread-self/schedstat")));

    private XServerCpu() {
    }

    /** Which server is measured, for the report. */
    static String describe() {
        return SCHEDSTAT == null ? "no Xvfb found for DISPLAY " + System.getenv("DISPLAY") : "Xvfb " + SCHEDSTAT.getParent().getFileName();
    }

    static long nanos() {
        return SERVER == null ? 0 : SERVER.field(0);
    }

    /**
     * How long the calling thread has waited for a core so far (ns): the second field of its schedstat. Where a turn
     * took longer than its CPU time with no GC and no X server work, this is where the rest went.
     */
    static long callerWaitedForCpuNanos() {
        return CALLER.get().field(1);
    }

    /**
     * A {@code /proc} counter file kept open and read again from its start into one buffer: the meter reads these every
     * 2 ms, and garbage made there would be collected inside the very phases it measures. 0 when unreadable.
     */
    private static final class ProcFile {

        private final RandomAccessFile file;
        private final byte[] buffer = new byte[128];

        ProcFile(Path path) {
            RandomAccessFile opened;
            try {
                opened = new RandomAccessFile(path.toFile(), "r");
            } catch (IOException e) {
                opened = null;
            }
            file = opened;
        }

        /** The {@code index}-th space-separated number of the file (from 0). */
        long field(int index) {
            if (file == null) {
                return 0;
            }
            int length;
            try {
                file.seek(0);
                length = file.read(buffer);
            } catch (IOException e) {
                return 0;
            }
            int at = 0;
            for (int skipped = 0; skipped < index && at < length; at++) {
                if (buffer[at] == ' ') {
                    skipped++;
                }
            }
            long value = 0;
            for (; at < length && buffer[at] >= '0' && buffer[at] <= '9'; at++) {
                value = value * 10 + buffer[at] - '0';
            }
            return value;
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
