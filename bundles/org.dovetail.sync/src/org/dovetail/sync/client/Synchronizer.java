package org.dovetail.sync.client;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.dovetail.sync.emf.ModelDiff;
import org.dovetail.sync.emf.OperationApplier;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.emf.SnapshotWriter;
import org.dovetail.sync.emf.SyncModelException;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKey;
import org.dovetail.sync.protocol.ConflictRules;
import org.dovetail.sync.protocol.Finding;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.Snapshot;

/**
 * Synchronises a folder of model files with a project on the server.
 *
 * <p>Local edits become change sets in the journal before anything is sent (from the model files by
 * diffing them against base + journal, or directly from a {@code LocalChangeRecorder}). Push commits
 * them in order with this folder's client id and their sequence numbers, so a retried commit is
 * never applied twice, and folds each accepted one into the base. Pull fetches the revisions since
 * the base, checks the pending change sets against them with {@link ConflictRules}, and either
 * rebases them onto the new head or hands the conflicts back with base, mine and theirs, changing
 * nothing until every conflict has a {@link Resolution}.
 */
public final class Synchronizer implements AutoCloseable {

    private static final int PAGE = 500;

    /** The message of the change set a pull records from unrecorded edits; the next push with a message replaces it. */
    public static final String BEFORE_PULL = "local changes before pull";

    private final SyncFolder sync;
    private final SyncClient client;
    /**
     * A model equal to base + every change set in the journal, built or loaded earlier in this job, or null. A
     * 100 K-element model is ~100 MB of short-lived objects: each copy not made is a young collection the workbench's
     * UI thread does not wait for. Read-only for its users; a pull takes it as its new base and leaves the result here.
     */
    private ProjectResources journalModel;
    /** Times this object wrote the model files (a fold that leaves them as they are does not count). */
    private int fileWrites;

    private Synchronizer(SyncFolder sync, SyncClient client) {
        this.sync = sync;
        this.client = client;
    }

    /** Shares a folder (with or without model files) as {@code project}, from revision 0; push sends its models. */
    public static Synchronizer share(Path folder, String server, String project, SyncClient client) throws IOException {
        SyncState state = new SyncState(server, project, UUID.randomUUID().toString(), 0, null, null, 1, true);
        return new Synchronizer(SyncFolder.create(folder, state, List.of()), client);
    }

    /** Checks out the head of {@code project} into an empty folder. */
    public static Synchronizer cloneInto(Path folder, String server, String project, SyncClient client) throws IOException {
        if (!ProjectFolder.modelFiles(folder).isEmpty()) {
            throw new SyncException(folder + " already has model files; clone into an empty folder or use share");
        }
        Snapshot snapshot = client.snapshot(project, null).orThrow();
        SyncState state = new SyncState(server, project, UUID.randomUUID().toString(), snapshot.revision(), null, null, 1, false);
        Synchronizer synchronizer = new Synchronizer(SyncFolder.create(folder, state, snapshot.operations()), client);
        synchronizer.materialise();
        return synchronizer;
    }

    /** Opens a shared folder; recovers a torn journal record and unfinished file writes of a crashed pull. */
    public static Synchronizer open(Path folder, SyncClient client) throws IOException {
        Synchronizer synchronizer = new Synchronizer(SyncFolder.open(folder), client);
        if (!synchronizer.sync.state().filesWritten()) {
            synchronizer.materialise();
        }
        return synchronizer;
    }

    public SyncState state() {
        return sync.state();
    }

    /** Change sets not yet on the server, oldest first. */
    public List<JournalRecord> pending() {
        return sync.pending();
    }

    /** Bytes of a torn journal record dropped on opening (a crash while recording). */
    public long droppedJournalBytes() {
        return sync.droppedJournalBytes();
    }

    /** Records operations (e.g. from the workbench's recorder) as one change set; the files are the caller's. */
    public JournalRecord record(List<Operation> operations, String message) throws IOException {
        JournalRecord record = JournalRecord.change(sync.nextSequence(), message == null ? "" : message, Instant.now().toString(),
                operations);
        sync.append(record);
        journalModel = null;
        return record;
    }

    /** Records the edits made to the model files since base + journal as one change set (null if none). */
    public JournalRecord recordFileChanges(String message) throws IOException {
        ProjectResources expected = working();
        ProjectResources actual = ProjectFolder.load(sync.folder());
        List<Operation> operations = ModelDiff.diff(expected, actual);
        if (operations.isEmpty()) {
            return null;
        }
        JournalRecord record = record(operations, message);
        journalModel = actual; // base + journal now holds exactly what the files do
        return record;
    }

    /**
     * Commits every pending change set in order, folding each accepted one (and what others did before it) into the base.
     * When there are no new edits to record, a non-blank {@code message} replaces that of the oldest pending change set
     * (one the server refused before: its conflicts settled, it goes out under the new message).
     */
    public SyncOutcome push(String message) throws IOException {
        JournalRecord recorded = recordFileChanges(message);
        if (message != null && !message.isBlank()) {
            // The edits an update recorded on its way are the user's edits too: they go out under the message the user typed.
            List<JournalRecord> waiting = sync.pending();
            for (JournalRecord pending : waiting) {
                boolean refusedBefore = recorded == null && pending.sequence() == waiting.get(0).sequence();
                if (refusedBefore || BEFORE_PULL.equals(pending.message())) {
                    sync.replaceMessage(pending.sequence(), message);
                }
            }
        }
        return pushJournal();
    }

    /**
     * Commits the change sets already in the journal, without recording edits of the model files made since (an
     * automatic retry after an outage must not commit saved edits the user has not committed).
     */
    public SyncOutcome pushPending() throws IOException {
        // Folding the server's revisions rewrites the files from base + journal: keep the unrecorded edits and put them back.
        List<Operation> unrecorded = ModelDiff.diff(working(), ProjectFolder.load(sync.folder()));
        int writesBefore = fileWrites;
        SyncOutcome outcome = pushJournal();
        if (!unrecorded.isEmpty() && fileWrites != writesBefore) {
            restore(unrecorded);
        }
        return outcome;
    }

    private void restore(List<Operation> unrecorded) throws IOException {
        ProjectResources files = ProjectFolder.load(sync.folder());
        try {
            new OperationApplier(files).apply(unrecorded);
        } catch (SyncModelException e) {
            // They no longer apply to what the server brought: a change set of their own rather than lost edits.
            record(unrecorded, "saved edits that did not apply after an automatic push (" + e.getMessage() + ")");
            materialise();
            return;
        }
        ProjectFolder.write(files, sync.folder());
    }

    private SyncOutcome pushJournal() throws IOException {
        List<Long> committed = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int pulled = 0;
        while (!sync.pending().isEmpty()) {
            JournalRecord next = sync.pending().get(0);
            SyncState state = sync.state();
            ChangeSet changeSet = new ChangeSet(state.baseRevision(), next.message(), next.operations(), state.clientId(), next.sequence());
            switch (client.commit(state.project(), changeSet)) {
            case SyncResult.Ok<CommitResult> ok -> {
                sync.append(JournalRecord.ack(next.sequence(), ok.value().revision()));
                committed.add(ok.value().revision());
                findings.addAll(ok.value().findings());
                if (foldOwn(next, ok.value())) {
                    continue;
                }
                SyncOutcome folded = pull(Map.of(), false);
                pulled += folded.pulled();
                if (folded.status() != SyncOutcome.Status.DONE) {
                    return with(folded, committed, findings);
                }
            }
            case SyncResult.Conflicts<CommitResult> c -> {
                return outcome(SyncOutcome.Status.CONFLICTS, committed, pulled, withBaseValues(c.conflicts()), findings,
                        "the server refused change set " + next.sequence() + ": " + c.conflicts().size()
                                + " conflict(s) with newer revisions; pull to see and settle them");
            }
            case SyncResult.GateRefused<CommitResult> g -> {
                findings.addAll(g.findings());
                return outcome(SyncOutcome.Status.REFUSED, committed, pulled, List.of(), findings,
                        "the governance gate refused change set " + next.sequence() + ": " + g.message());
            }
            case SyncResult.Failed<CommitResult> f -> {
                return failure(f, committed, pulled, findings);
            }
            }
        }
        return outcome(SyncOutcome.Status.DONE, committed, pulled, List.of(), findings, "up to date");
    }

    /**
     * Folds an accepted commit into the base without downloading it back, when the server applied it as it was to this
     * base (not rebased, the very next revision) and it is the journal's only change set: the new base is then the
     * journal model, and the files already hold it. False when a pull has to fold it.
     */
    private boolean foldOwn(JournalRecord committed, CommitResult result) throws IOException {
        List<JournalRecord> changes = sync.changes();
        boolean applied = !result.rebased() && result.revision() == sync.state().baseRevision() + 1;
        if (!applied || journalModel == null || changes.size() != 1 || changes.get(0).sequence() != committed.sequence()) {
            return false;
        }
        sync.rebase(result.revision(), SnapshotWriter.write(journalModel), List.of());
        sync.markFilesWritten(true); // unchanged: they hold the new base (and any edits not yet recorded)
        return true;
    }

    /**
     * Merges the revisions since the base into the folder. With conflicts and no resolution for each
     * of them, nothing changes and the conflicts come back with base, mine and theirs.
     */
    public SyncOutcome pull(Map<ConflictKey, Resolution> resolutions) throws IOException {
        recordFileChanges(BEFORE_PULL);
        return pull(resolutions, true);
    }

    private SyncOutcome pull(Map<ConflictKey, Resolution> resolutions, boolean userPull) throws IOException {
        SyncState state = sync.state();
        List<Revision> revisions = new ArrayList<>();
        long since = state.baseRevision();
        long head = since;
        while (true) {
            SyncResult<ChangesPage> page = client.changes(state.project(), since, PAGE);
            if (!(page instanceof SyncResult.Ok<ChangesPage> ok)) {
                return failure(page instanceof SyncResult.Failed<ChangesPage> f ? f
                        : new SyncResult.Failed<>(SyncResult.Failure.UNEXPECTED, 0, "unexpected answer " + page), List.of(), 0, List.of());
            }
            revisions.addAll(ok.value().revisions());
            head = Math.max(head, ok.value().head());
            if (ok.value().complete() || ok.value().revisions().isEmpty() || ok.value().to() <= since) {
                break;
            }
            since = ok.value().to();
        }
        if (revisions.isEmpty()) {
            return outcome(SyncOutcome.Status.DONE, List.of(), 0, List.of(), List.of(), "up to date");
        }
        List<JournalRecord> pending = new ArrayList<>(sync.pending());
        Set<Long> own = new HashSet<>(sync.acks().values());
        for (Revision revision : revisions) {
            // A commit whose acknowledgement was lost (crash, outage) comes back as our own revision.
            if (Objects.equals(revision.clientId(), state.clientId()) && revision.clientSequence() != null) {
                own.add(revision.number());
                pending.removeIf(r -> r.sequence() == revision.clientSequence());
            }
        }
        ProjectResources newBase = takeBaseModel();
        // Conflicts need pending changes and someone else's revision; folding one's own commit, or an update without
        // pending changes, builds no second copy of the base (a 100 K-element model is ~100 MB of short-lived objects).
        boolean mayConflict = !pending.isEmpty() && revisions.stream().anyMatch(revision -> !own.contains(revision.number()));
        Rebase rebase = mayConflict ? new Rebase(ProjectFolder.build(sync.folder(), sync.baseOperations())) : null;
        List<Revision> theirs = new ArrayList<>();
        Map<String, Long> theirDeleted = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            Set<String> deleted;
            try {
                deleted = new OperationApplier(newBase).apply(revision.operations());
            } catch (SyncModelException e) {
                throw new SyncException("revision " + revision.number() + " from the server does not apply to this folder's base "
                        + state.baseRevision() + " (" + e.getMessage() + "); clone the project again", e);
            }
            if (!own.contains(revision.number())) {
                theirs.add(revision);
                deleted.forEach(id -> theirDeleted.put(id, revision.number()));
            }
        }
        List<Operation> mine = pending.stream().flatMap(r -> r.operations().stream()).toList();
        List<Conflict> conflicts = mayConflict
                ? ConflictRules.conflicts(mine, rebase.subtrees(), theirs, theirDeleted, rebase::baseValue)
                : List.of();
        if (!conflicts.isEmpty() && !conflicts.stream().allMatch(c -> resolutions.containsKey(c.key()))) {
            return outcome(SyncOutcome.Status.CONFLICTS, List.of(), 0, conflicts, List.of(), conflicts.size()
                    + " conflict(s) between your pending changes and revisions " + (state.baseRevision() + 1) + ".." + head
                    + "; nothing was changed. Settle each with mine, theirs or an edited value.");
        }
        long[] nextSequence = { sync.nextSequence() };
        List<JournalRecord> rebased = conflicts.isEmpty() ? pending : rebase.resolve(pending, conflicts, resolutions, nextSequence);
        List<Operation> newBaseOperations = SnapshotWriter.write(newBase);
        try {
            new OperationApplier(newBase).apply(rebased.stream().flatMap(r -> r.operations().stream()).toList());
        } catch (SyncModelException e) {
            throw new SyncException("your pending changes do not apply on revision " + head + ": " + e.getMessage()
                    + "; nothing was changed", e);
        }
        long newHead = revisions.get(revisions.size() - 1).number();
        sync.rebase(newHead, newBaseOperations, rebased);
        writeFiles(newBase);
        journalModel = newBase;
        String text = userPull ? "merged " + theirs.size() + " revision(s); now at " + newHead : "now at " + newHead;
        return outcome(SyncOutcome.Status.DONE, List.of(), theirs.size(), List.of(), List.of(), text);
    }

    /** Base + every change set in the journal: what the model files hold when nobody has edited them. Not to be changed. */
    private ProjectResources working() throws IOException {
        if (journalModel == null) {
            List<Operation> operations = new ArrayList<>(sync.baseOperations());
            sync.changes().forEach(r -> operations.addAll(r.operations()));
            journalModel = ProjectFolder.build(sync.folder(), operations);
        }
        return journalModel;
    }

    /** A model of the base for a fold to change: the journal model when the journal is empty (it is then the base). */
    private ProjectResources takeBaseModel() throws IOException {
        ProjectResources base = sync.changes().isEmpty() && journalModel != null ? journalModel
                : ProjectFolder.build(sync.folder(), sync.baseOperations());
        journalModel = null;
        return base;
    }

    private void materialise() throws IOException {
        writeFiles(working());
    }

    private void writeFiles(ProjectResources model) throws IOException {
        ProjectFolder.write(model, sync.folder());
        sync.markFilesWritten(true);
        fileWrites++;
    }

    private List<Conflict> withBaseValues(List<Conflict> conflicts) throws IOException {
        Rebase rebase = new Rebase(ProjectFolder.build(sync.folder(), sync.baseOperations()));
        return conflicts.stream().map(c -> c.baseValue() != null ? c : c.withBaseValue(rebase.baseValue(c.key()))).toList();
    }

    private SyncOutcome failure(SyncResult.Failed<?> failed, List<Long> committed, int pulled, List<Finding> findings) {
        SyncOutcome.Status status = failed.failure() == SyncResult.Failure.UNREACHABLE ? SyncOutcome.Status.OFFLINE
                : SyncOutcome.Status.FAILED;
        String kept = sync.pending().isEmpty() ? "" : "; " + sync.pending().size() + " change set(s) kept in the journal";
        return outcome(status, committed, pulled, List.of(), findings, failed.message() + kept);
    }

    private SyncOutcome with(SyncOutcome folded, List<Long> committed, List<Finding> findings) {
        return outcome(folded.status(), committed, folded.pulled(), folded.conflicts(), findings, folded.message());
    }

    private SyncOutcome outcome(SyncOutcome.Status status, List<Long> committed, int pulled, List<Conflict> conflicts,
            List<Finding> findings, String message) {
        return new SyncOutcome(status, committed, sync.state().baseRevision(), pulled, conflicts, findings, sync.pending().size(),
                message);
    }

    @Override
    public void close() throws IOException {
        sync.close();
    }
}
