package org.dovetail.server.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dovetail.rules.api.RuleFinding;
import org.dovetail.server.api.ApiException;
import org.dovetail.server.governance.FailOn;
import org.dovetail.server.governance.Findings;
import org.dovetail.server.model.ModelCache;
import org.dovetail.server.model.ProjectModel;
import org.dovetail.server.ops.ServerMetrics;
import org.dovetail.server.security.AuditLog;
import org.dovetail.server.security.Caller;
import org.dovetail.server.store.FindingRow;
import org.dovetail.server.store.LockedProject;
import org.dovetail.server.store.RepositoryStore;
import org.dovetail.server.store.RevisionWrite;
import org.dovetail.server.store.StoredRevision;
import org.dovetail.server.store.WaiverRecord;
import org.dovetail.sync.emf.SyncModelException;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKey;
import org.dovetail.sync.protocol.ConflictRules;
import org.dovetail.sync.protocol.Finding;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Commits: a change set against a base revision becomes the project's next revision, rebased over what was committed
 * since its base when nothing conflicts ({@link ConflictRules}), refused as a whole with every conflict otherwise, and
 * checked by the governance gate. Retries (same client id and sequence) get the first answer again.
 *
 * <p>Group commit ({@link CommitQueue}): the change sets waiting for a project are checked, rebased and applied one
 * after the other to the cached model and stored in one transaction, each as its own revision with its own answer; a
 * refused one is undone at once and does not affect the others. Serialisation: the project row's lock (in the
 * database, so across server instances) around the transaction, and the project's lock in this instance around the
 * cached model. Every answer waits for the transaction's commit; if it fails, every change set of the group fails.</p>
 */
public final class CommitService {

    /** Most change sets committed in one transaction. */
    static final int MAX_GROUP = 64;

    private final RepositoryStore store;
    private final ModelCache models;
    private final AuditLog audit;
    private final ServerMetrics metrics;
    private final Clock clock;
    private final CommitQueue<Request> queue = new CommitQueue<>(MAX_GROUP);
    private final CommitPhases phases = new CommitPhases();

    public CommitService(RepositoryStore store, ModelCache models, AuditLog audit, ServerMetrics metrics, Clock clock) {
        this.store = store;
        this.models = models;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * What the committing member may change: the model (the architect role) and waivers (the governance role); a
     * project admin both. A change set that goes beyond them is refused with 403 naming what it may not change.
     */
    public record Rights(boolean model, boolean waivers) {
        /** Everything (service-level callers that checked nothing finer). */
        public static final Rights ALL = new Rights(true, true);
    }

    /** Where the time of commits went so far. */
    public CommitPhases phases() {
        return phases;
    }

    /** Commits {@code changes} as {@code caller} with every right (whose right to write the caller has checked). */
    public CommitResult commit(Caller caller, String projectId, ChangeSet changes) {
        return commit(caller, projectId, changes, Rights.ALL);
    }

    /** Commits {@code changes} as {@code caller}, who may change what {@code rights} allow. */
    public CommitResult commit(Caller caller, String projectId, ChangeSet changes, Rights rights) {
        if (changes.operations().isEmpty()) {
            throw ApiException.badRequest("a change set needs at least one operation");
        }
        return commit(caller, projectId, "change set " + changes.clientId() + "#" + changes.clientSequence(), rights, (model, head) -> changes);
    }

    /**
     * Commits the change set {@code derive} makes from the head model (an import's differences). {@code derive} runs under
     * the project's locks; when it returns {@code null} nothing is committed and the answer names the head.
     */
    public CommitResult commit(Caller caller, String projectId, String what, Rights rights, ChangeSetSource derive) {
        Request request = new Request(caller, rights, derive);
        queue.submit(projectId, request, group -> commitGroup(projectId, group));
        try {
            CommitResult result = request.outcome();
            if (request.stored >= 0) {
                metrics.commitAccepted(result.rebased(), request.stored);
                audit.noteRecorded();
            }
            return result;
        } catch (ApiException e) {
            if (e.status() == 409) {
                metrics.commitConflict(e.conflicts().size());
                audit.recordOutcome(caller, projectId, "commit", what, "conflict");
            } else if (e.status() == 422) {
                metrics.gateRejection(e.findings().size());
                audit.recordOutcome(caller, projectId, "commit", what, "rejected");
            }
            throw e;
        }
    }

    /** Makes the change set of a commit from the head model. */
    @FunctionalInterface
    public interface ChangeSetSource {
        ChangeSet changes(ProjectModel head, long headRevision);
    }

    /** One waiting commit and, once its group is done, its answer. */
    private static final class Request extends CommitQueue.Waiter {
        final Caller caller;
        final Rights rights;
        final ChangeSetSource derive;
        final long submitted = System.nanoTime();
        final long gcAtSubmit = CommitPhases.gcMillis();
        CommitResult result;
        RuntimeException failure;
        /** Operations stored (-1 for retries, empty imports and failures). */
        int stored = -1;

        Request(Caller caller, Rights rights, ChangeSetSource derive) {
            this.caller = caller;
            this.rights = rights;
            this.derive = derive;
        }

        @Override
        void failIfOpen(RuntimeException e) {
            if (result == null && failure == null) {
                failure = e;
            }
        }

        void failGroup(RuntimeException e) {
            result = null;
            stored = -1;
            failure = e;
        }

        CommitResult outcome() {
            if (failure != null) {
                throw failure;
            }
            if (result == null) {
                throw new IllegalStateException("commit left without an answer");
            }
            return result;
        }
    }

    /** The state of a group while its transaction is open. */
    private static final class Group {
        final LockedProject locked;
        final ModelCache.Slot slot;
        final ProjectModel model;
        final long startHead;
        long head;
        final List<Revision> accepted = new ArrayList<>();
        final Map<String, Long> deleted = new HashMap<>();
        final Map<List<Object>, CommitResult> byClient = new HashMap<>();

        Group(LockedProject locked, ModelCache.Slot slot, ProjectModel model, long head) {
            this.locked = locked;
            this.slot = slot;
            this.model = model;
            this.startHead = head;
            this.head = head;
        }
    }

    private void commitGroup(String projectId, List<Request> requests) {
        long start = System.nanoTime();
        requests.forEach(r -> phases.queueWait.add(start - r.submitted));
        phases.groups.increment();
        phases.commits.add(requests.size());
        models.withProject(projectId, slot -> {
            Map<Request, CommitResult> answers = new HashMap<>();
            long[] workDone = { 0 };
            long[] applied = { 0 };
            long locking = System.nanoTime();
            try {
                Optional<Boolean> found = store.withLockedProject(projectId, locked -> {
                    long head = locked.project().headRevision();
                    Group group = new Group(locked, slot, models.at(slot, projectId, head), head);
                    long applying = System.nanoTime();
                    applied[0] = applying;
                    phases.lockAndModel.add(applying - locking);
                    for (Request r : requests) {
                        try {
                            answers.put(r, commitOne(projectId, r, group));
                        } catch (ApiException e) {
                            r.failure = e;
                        }
                    }
                    workDone[0] = System.nanoTime();
                    phases.inMemory.add(workDone[0] - applying);
                    return true;
                });
                if (workDone[0] != 0) {
                    phases.appendAndCommit.add(System.nanoTime() - workDone[0]);
                }
                if (found.isEmpty()) {
                    requests.forEach(r -> r.failGroup(ApiException.notFound("no project '" + projectId + "'")));
                } else {
                    answers.forEach((r, answer) -> r.result = answer);
                }
            } catch (RuntimeException e) {
                // The model holds revisions that were not stored: rebuilt from the database next time.
                slot.invalidate();
                requests.forEach(r -> r.failGroup(e));
            }
            long end = System.nanoTime();
            long gc = CommitPhases.gcMillis();
            for (Request r : requests) {
                phases.noteCommit(new CommitPhases.Slow(end - r.submitted, start - r.submitted, applied[0] == 0 ? 0 : applied[0] - locking,
                        workDone[0] == 0 ? 0 : workDone[0] - applied[0], workDone[0] == 0 ? 0 : end - workDone[0], gc - r.gcAtSubmit, requests.size()));
            }
            return null;
        });
    }

    private CommitResult commitOne(String projectId, Request request, Group group) {
        ProjectModel model = group.model;
        ChangeSet changes = request.derive.changes(model, group.head);
        if (changes == null) {
            return new CommitResult(group.head, false, List.of());
        }
        List<Object> client = changes.clientId() == null ? null : List.of(changes.clientId(), changes.clientSequence());
        if (client != null) {
            CommitResult same = group.byClient.get(client);
            if (same != null) {
                return same;
            }
            Optional<StoredRevision> earlier = group.locked.byClient(changes.clientId(), changes.clientSequence());
            if (earlier.isPresent()) {
                return new CommitResult(earlier.get().number(), earlier.get().rebased(), List.of());
            }
        }
        checkRights(request.rights, projectId, changes, model);
        long head = group.head;
        if (changes.baseRevision() > head) {
            throw ApiException.badRequest("base revision " + changes.baseRevision() + " does not exist; the head is " + head);
        }
        boolean rebased = changes.baseRevision() < head;
        if (rebased) {
            List<Conflict> conflicts = conflicts(group, changes);
            if (!conflicts.isEmpty()) {
                throw ApiException.conflicts(conflicts);
            }
        }
        Set<ConflictKey> keys = ConflictRules.touchedKeys(changes.operations(), model::subtree);
        Set<String> deleted = ConflictRules.deletedIds(changes.operations(), model::subtree);
        ProjectModel.Change change;
        try {
            change = model.apply(changes.operations());
        } catch (SyncModelException e) {
            throw new ApiException(400, "invalid_operation", e.getMessage(), List.of(), List.of());
        }
        List<FindingRow> added = rows(change.findings().added());
        List<FindingRow> fresh = fresh(added, change);
        FailOn policy = FailOn.of(group.locked.project().failOn());
        long gating = System.nanoTime();
        List<FindingRow> blocking = blocking(projectId, fresh, policy);
        long gated = System.nanoTime() - gating;
        phases.gate.add(gated);
        phases.inMemory.add(-gated);
        if (!blocking.isEmpty()) {
            model.revert(change); // if this throws, the whole group fails and the model is rebuilt
            throw ApiException.gateRefused(blocking.stream().map(Findings::wire).toList(), policy.wireName());
        }
        long number = head + 1;
        RevisionWrite write = write(request.caller, changes, number, rebased, keys, deleted, change, added);
        group.locked.write(write);
        model.accept(change, number);
        Revision accepted = new Revision(number, request.caller.name(), write.revision().time().toString(), changes.message(),
                changes.operations(), changes.clientId(), changes.clientId() == null ? null : changes.clientSequence());
        group.slot.remember(accepted, change.removed());
        group.accepted.add(accepted);
        change.removed().forEach(id -> group.deleted.put(id, number));
        audit.recordOnBehalf(group.locked.transaction(), request.caller, projectId, "commit", "revision " + number);
        group.head = number;
        request.stored = changes.operations().size();
        CommitResult result = new CommitResult(number, rebased, fresh.stream().map(Findings::wire).toList());
        if (client != null) {
            group.byClient.put(client, result);
        }
        return result;
    }

    private static void checkRights(Rights rights, String projectId, ChangeSet changes, ProjectModel model) {
        if (!rights.waivers()) {
            List<String> waivers = WaiverChanges.touched(changes.operations(), model);
            if (!waivers.isEmpty()) {
                throw new ApiException(403, "forbidden", "adding, changing or removing waivers needs the governance role in project '"
                        + projectId + "': " + String.join(", ", waivers), List.of(), List.of());
            }
        }
        if (!rights.model()) {
            String outside = WaiverChanges.firstOutsideWaivers(changes.operations(), model);
            if (outside != null) {
                throw new ApiException(403, "forbidden", "your role in project '" + projectId + "' may commit waivers only; "
                        + outside + " needs architect", List.of(), List.of());
            }
        }
    }

    /**
     * The conflicts with revisions {@code base+1 … head}, read from the slot when it kept them, else from the database
     * (what was committed before the group) and the group's own revisions.
     */
    private static List<Conflict> conflicts(Group group, ChangeSet changes) {
        long base = changes.baseRevision();
        List<Revision> theirs = new ArrayList<>();
        Map<String, Long> theirDeleted;
        ProjectModel model = group.model;
        Optional<List<ModelCache.Recent>> kept = group.slot.between(base, group.head, concerned(changes.operations(), model));
        if (kept.isPresent()) {
            theirDeleted = new HashMap<>();
            for (ModelCache.Recent r : kept.get()) {
                theirs.add(r.revision());
                for (String id : r.deleted()) {
                    theirDeleted.put(id, r.revision().number());
                }
            }
        } else {
            for (StoredRevision r : group.locked.revisionsAfter(base)) {
                theirs.add(RevisionViews.revision(r));
            }
            theirs.addAll(group.accepted);
            theirDeleted = new HashMap<>(group.locked.deletedAfter(base));
            theirDeleted.putAll(group.deleted);
        }
        LockedProject locked = group.locked;
        return ConflictRules.conflicts(changes.operations(), model::subtree, theirs, theirDeleted,
                key -> key.isWhole() || ConflictKey.CONTAINER.equals(key.feature()) ? null : locked.valueAt(base, key.elementId(), key.feature()),
                (parentId, feature) -> {
                    EObject parent = model.find(parentId);
                    return parent != null && parent.eClass().getEStructuralFeature(feature) instanceof EReference reference
                            && reference.isContainment() && !reference.isMany();
                });
    }

    /**
     * The elements whose changes by others can conflict with {@code operations}: those they change or delete (subtrees
     * included) and those they name as parent or reference.
     */
    private static Set<String> concerned(List<Operation> operations, ProjectModel model) {
        Set<String> ids = new HashSet<>(ConflictRules.deletedIds(operations, model::subtree));
        for (Operation op : operations) {
            ids.add(op.id());
            ids.addAll(ConflictRules.referencedValues(op));
        }
        return ids;
    }

    private static List<FindingRow> rows(List<RuleFinding> findings) {
        Map<FindingRow.Key, FindingRow> rows = new java.util.LinkedHashMap<>();
        for (RuleFinding f : findings) {
            FindingRow row = Findings.row(f);
            if (row != null) {
                rows.putIfAbsent(row.key(), row);
            }
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * The findings a change adds: (rule, element) pairs that did not hold before, or that held with a lower severity (a
     * finding whose message changed is not new).
     */
    private static List<FindingRow> fresh(List<FindingRow> added, ProjectModel.Change change) {
        Map<FindingRow.Key, Integer> before = new java.util.HashMap<>();
        for (FindingRow row : rows(change.findings().removed())) {
            before.put(row.key(), severity(row));
        }
        return added.stream().filter(f -> !before.containsKey(f.key()) || before.get(f.key()) < severity(f)).toList();
    }

    private static int severity(FindingRow row) {
        org.dovetail.model.governance.Severity severity = org.dovetail.model.governance.Severity.get(row.severity());
        return severity == null ? 0 : severity.getValue();
    }

    private List<FindingRow> blocking(String projectId, List<FindingRow> added, FailOn policy) {
        if (policy == FailOn.NEVER || added.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Set<FindingRow.Key> waived = new HashSet<>();
        for (WaiverRecord w : store.waivers(projectId)) {
            if (w.holdsOn(today)) {
                waived.add(new FindingRow.Key(w.ruleId(), w.elementId()));
            }
        }
        return added.stream().filter(f -> "open".equals(f.status()) && !waived.contains(f.key())
                && policy.blocks(org.dovetail.model.governance.Severity.get(f.severity()))).toList();
    }

    private RevisionWrite write(Caller caller, ChangeSet changes, long number, boolean rebased, Set<ConflictKey> keys, Set<String> deleted,
            ProjectModel.Change change, List<FindingRow> added) {
        long writing = System.nanoTime();
        String operations = RevisionViews.json(changes.operations());
        long written = System.nanoTime();
        phases.json.add(written - writing);
        phases.inMemory.add(writing - written);
        StoredRevision revision = new StoredRevision(number, changes.baseRevision(), caller.name(), Instant.now(clock), changes.message(),
                changes.clientId(), changes.clientSequence(), rebased, changes.operations().size(), operations);
        List<RevisionWrite.Touch> touches = new ArrayList<>();
        for (ConflictKey key : keys) {
            touches.add(new RevisionWrite.Touch(key.elementId(), key.feature(), key.isWhole() && deleted.contains(key.elementId())));
        }
        Set<FindingRow.Key> ended = new HashSet<>();
        rows(change.findings().removed()).forEach(row -> ended.add(row.key()));
        return new RevisionWrite(revision, touches, change.removed(), change.elements(), change.endedValues(), change.values(), ended, added);
    }
}
