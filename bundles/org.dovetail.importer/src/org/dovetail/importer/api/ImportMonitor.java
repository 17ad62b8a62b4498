package org.dovetail.importer.api;

/** Progress and cancellation of a running import, without Eclipse types (the workbench adapts its progress monitor). */
public interface ImportMonitor {

    /** A monitor that never cancels and reports nowhere. */
    ImportMonitor NONE = new ImportMonitor() {
        @Override
        public boolean isCanceled() {
            return false;
        }

        @Override
        public void progress(long bytesRead, long totalBytes) {
        }
    };

    /** Whether the user asked to stop; importers check this often and then throw {@link ImportCanceledException}. */
    boolean isCanceled();

    /** How far the reading is, in bytes of the file. */
    void progress(long bytesRead, long totalBytes);
}
