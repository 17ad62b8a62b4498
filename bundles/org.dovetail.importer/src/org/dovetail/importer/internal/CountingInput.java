package org.dovetail.importer.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;

/**
 * A source file's bytes, counted: refuses a missing, empty or oversized file before reading, enforces the limit
 * again while reading (the file may grow), reports progress and notices a cancel. Every importer reads through one.
 */
public final class CountingInput extends FilterInputStream {

    private static final long PROGRESS_STEP = 1L << 18;

    private final Path file;
    private final long size;
    private final long limit;
    private final ImportMonitor monitor;
    private long count;
    private long reported;
    private volatile boolean canceled;

    private CountingInput(InputStream in, Path file, long size, long limit, ImportMonitor monitor) {
        super(in);
        this.file = file;
        this.size = size;
        this.limit = limit;
        this.monitor = monitor;
    }

    /** Opens {@code file}, refusing it up front if it is missing, not a file, empty or larger than {@code maxBytes}. */
    public static CountingInput open(Path file, long maxBytes, ImportMonitor monitor) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, 0, "no such file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(file, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new ImportException(file, 0, "the file is " + Sizes.describe(size) + ", more than the import limit of " + Sizes.describe(maxBytes));
        }
        if (size == 0) {
            throw new ImportException(file, 0, "the file is empty");
        }
        try {
            return new CountingInput(new BufferedInputStream(Files.newInputStream(file), 1 << 16), file, size, maxBytes, monitor);
        } catch (IOException e) {
            throw new ImportException(file, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(file + " grew past the import limit of " + Sizes.describe(limit) + " while it was read");
        }
        if (count - reported >= PROGRESS_STEP) {
            reported = count;
            monitor.progress(count, size);
            if (monitor.isCanceled()) {
                canceled = true;
                throw new Canceled();
            }
        }
    }

    public long count() {
        return count;
    }

    /** Whether reading stopped because the monitor asked to. */
    public boolean canceled() {
        return canceled;
    }

    /** The file grew past the limit while it was read. */
    public static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    /** The monitor asked to stop. */
    public static final class Canceled extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
