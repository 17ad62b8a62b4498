package org.dovetail.sync.client;

/**
 * What {@code .dovetail-sync/state.json} records about a shared folder: the server and project,
 * this folder's client id, the base revision and the files holding its snapshot and the journal,
 * the next change-set number, and whether the model files were written after the last pull (if
 * not, they are rebuilt from base and journal when the folder is opened).
 */
public record SyncState(String server, String project, String clientId, long baseRevision, String baseFile,
        String journalFile, long nextSequence, boolean filesWritten) {

    public SyncState withBase(long revision, String base, String journal, long next, boolean written) {
        return new SyncState(server, project, clientId, revision, base, journal, next, written);
    }

    public SyncState withFilesWritten(boolean written) {
        return new SyncState(server, project, clientId, baseRevision, baseFile, journalFile, nextSequence, written);
    }
}
