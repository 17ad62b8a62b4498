package org.dovetail.importer.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dovetail.importer.api.ImportMonitor;

/** A monitor that asks to stop once the reader has reported progress, checking each report is within the file. */
final class CancelAfterFirstProgress implements ImportMonitor {

    private volatile boolean progressed;

    @Override
    public boolean isCanceled() {
        return progressed;
    }

    @Override
    public void progress(long bytesRead, long totalBytes) {
        assertTrue(bytesRead <= totalBytes, bytesRead + " of " + totalBytes);
        progressed = true;
    }

    boolean progressed() {
        return progressed;
    }
}
