package org.dovetail.sync.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.Snapshot;

/**
 * The sync state of a folder in {@code .dovetail-sync/}: {@code state.json} (written atomically; it
 * is the commit point of every step), the base snapshot {@code base-<revision>.json}, and the
 * journal of local change sets. A pull writes a new base file and a new journal file first and then
 * switches {@code state.json} to them, so a crash at any point leaves the old or the new state.
 */
final class SyncFolder implements AutoCloseable {

    private static final String STATE = "state.json";

    private final Path folder;
    private final Path syncDir;
    private SyncState state;
    private Journal journal;
    private final List<JournalRecord> records = new ArrayList<>();
    /**
     * The base's operations as last read or written, and the file they are of. A push reads them to build the working
     * copy and again to fold the commit (a 100 K-element base is ~30 MB of JSON, a third of a commit's allocation);
     * kept as long as this object, which is one sync job or command.
     */
    private List<Operation> base;
    private String baseOf;

    private SyncFolder(Path folder, SyncState state) {
        this.folder = folder;
        this.syncDir = folder.resolve(ProjectFolder.SYNC_FOLDER);
        this.state = state;
    }

    static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(ProjectFolder.SYNC_FOLDER).resolve(STATE));
    }

    /** A new sync folder with the given base and an empty journal. */
    static SyncFolder create(Path folder, SyncState initial, List<Operation> baseOperations) throws IOException {
        if (exists(folder)) {
            throw new SyncException(folder + " is already shared (" + folder.resolve(ProjectFolder.SYNC_FOLDER) + " exists)");
        }
        SyncFolder sync = new SyncFolder(folder, initial);
        String baseFile = "base-" + initial.baseRevision() + ".json";
        FileSync.writeAtomically(sync.syncDir.resolve(baseFile),
                ProtocolJson.writeBytes(new Snapshot(initial.baseRevision(), baseOperations)));
        String journalFile = "journal-" + System.nanoTime() + ".log";
        Journal.create(sync.syncDir.resolve(journalFile), List.of());
        sync.state = initial.withBase(initial.baseRevision(), baseFile, journalFile, initial.nextSequence(), initial.filesWritten());
        sync.writeState();
        sync.journal = Journal.open(sync.syncDir.resolve(journalFile));
        return sync;
    }

    static SyncFolder open(Path folder) throws IOException {
        if (!exists(folder)) {
            throw new SyncException(folder + " is not shared with a server (no " + ProjectFolder.SYNC_FOLDER
                    + "/" + STATE + "); use share or clone first");
        }
        SyncState state = ProtocolJson.read(Files.readAllBytes(folder.resolve(ProjectFolder.SYNC_FOLDER).resolve(STATE)),
                SyncState.class);
        SyncFolder sync = new SyncFolder(folder, state);
        sync.journal = Journal.open(sync.syncDir.resolve(state.journalFile()));
        for (byte[] record : sync.journal.records()) {
            sync.records.add(ProtocolJson.read(record, JournalRecord.class));
        }
        return sync;
    }

    Path folder() {
        return folder;
    }

    SyncState state() {
        return state;
    }

    long droppedJournalBytes() {
        return journal.droppedBytes();
    }

    List<Operation> baseOperations() throws IOException {
        if (base == null || !state.baseFile().equals(baseOf)) {
            remember(state.baseFile(),
                    ProtocolJson.read(Files.readAllBytes(syncDir.resolve(state.baseFile())), Snapshot.class).operations());
        }
        return base;
    }

    private void remember(String baseFile, List<Operation> operations) {
        base = List.copyOf(operations);
        baseOf = baseFile;
    }

    /** Change sets not yet acknowledged by the server, in order. */
    List<JournalRecord> pending() {
        Map<Long, Long> acks = acks();
        return records.stream().filter(r -> r.isChange() && !acks.containsKey(r.sequence())).toList();
    }

    /** Acknowledged change sets: sequence → revision. */
    Map<Long, Long> acks() {
        Map<Long, Long> acks = new LinkedHashMap<>();
        records.stream().filter(r -> !r.isChange()).forEach(r -> acks.put(r.sequence(), r.revision()));
        return acks;
    }

    List<JournalRecord> changes() {
        return records.stream().filter(JournalRecord::isChange).toList();
    }

    long nextSequence() {
        long next = state.nextSequence();
        for (JournalRecord record : records) {
            next = Math.max(next, record.sequence() + 1);
        }
        return next;
    }

    void append(JournalRecord record) throws IOException {
        journal.append(ProtocolJson.writeBytes(record));
        records.add(record);
    }

    /**
     * Moves the base to {@code revision} with {@code pending} as the only journal records; the model
     * files are then to be written ({@link #markFilesWritten}).
     */
    void rebase(long revision, List<Operation> baseOperations, List<JournalRecord> pending) throws IOException {
        long next = nextSequence();
        for (JournalRecord record : pending) {
            next = Math.max(next, record.sequence() + 1);
        }
        String oldBase = state.baseFile();
        String oldJournal = state.journalFile();
        String baseFile = "base-" + revision + ".json";
        FileSync.writeAtomically(syncDir.resolve(baseFile), ProtocolJson.writeBytes(new Snapshot(revision, baseOperations)));
        String journalFile = "journal-" + System.nanoTime() + ".log";
        List<byte[]> payloads = pending.stream().map(ProtocolJson::writeBytes).toList();
        Journal.create(syncDir.resolve(journalFile), payloads);
        Journal newJournal = Journal.open(syncDir.resolve(journalFile));
        state = state.withBase(revision, baseFile, journalFile, next, false);
        writeState();
        remember(baseFile, baseOperations);
        journal.close();
        journal = newJournal;
        records.clear();
        records.addAll(pending);
        if (!oldBase.equals(baseFile)) {
            Files.deleteIfExists(syncDir.resolve(oldBase));
        }
        Files.deleteIfExists(syncDir.resolve(oldJournal));
    }

    /**
     * Gives the change set {@code sequence} a new message: the journal is rewritten with the same records and base (the
     * journal is append-only, so through {@link #rebase}), and the model files stay as they are.
     */
    void replaceMessage(long sequence, String message) throws IOException {
        List<JournalRecord> rewritten = new ArrayList<>();
        for (JournalRecord r : records) {
            rewritten.add(r.isChange() && r.sequence() == sequence ? JournalRecord.change(sequence, message, r.time(), r.operations()) : r);
        }
        rebase(state.baseRevision(), baseOperations(), rewritten);
        markFilesWritten(true);
    }

    void markFilesWritten(boolean written) throws IOException {
        state = state.withFilesWritten(written);
        writeState();
    }

    private void writeState() throws IOException {
        FileSync.writeAtomically(syncDir.resolve(STATE), ProtocolJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
    }

    @Override
    public void close() throws IOException {
        if (journal != null) {
            journal.close();
        }
    }
}
