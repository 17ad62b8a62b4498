package org.dovetail.server.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.dovetail.server.store.ProjectRecord;
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
import org.dovetail.sync.protocol.Revision;

/**
 * Commits: a change set against a base revision becomes the project's next revision, rebased over what was committed
 * since its base when nothing conflicts ({@link ConflictRules}), refused as a whole with every conflict otherwise, and
 * checked by the governance gate. Retries (same client id and sequence) get the first answer again.
 *
 * <p>Serialisation: the project row's lock (in the database, so across server instances) around the whole commit, and
 * the project's lock in this instance around the cached model. Nothing is stored unless everything succeeded.</p>
 */
public final class CommitService {

    private final RepositoryStore store;
    private final ModelCache models;
    private final AuditLog audit;
    private final ServerMetrics metrics;
    private final Clock clock;

    public CommitService(RepositoryStore store, ModelCache models, AuditLog audit, ServerMetrics metrics, Clock clock) {
        this.store = store;
        this.models = models;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Commits {@code changes} as {@code caller} (whose right to write the caller has checked). */
    public CommitResult commit(Caller caller, String projectId, ChangeSet changes) {
        if (changes.operations().isEmpty()) {
            throw ApiException.badRequest("a change set needs at least one operation");
        }
        return commit(caller, projectId, "change set " + changes.clientId() + "#" + changes.clientSequence(), (model, head) -> changes);
    }

    /**
     * Commits the change set {@code derive} makes from the head model (an import's differences). {@code derive} runs under
     * the project's locks; when it returns {@code null} nothing is committed and the answer names the head.
     */
    public CommitResult commit(Caller caller, String projectId, String what, ChangeSetSource derive) {
        try {
            int[] stored = { -1 };
            CommitResult result = models.withProject(projectId, slot -> commitLocked(caller, projectId, derive, slot, stored));
            if (stored[0] >= 0) {
                metrics.commitAccepted(result.rebased(), stored[0]);
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

    /** {@code stored[0]} is set to the number of operations stored (left alone for retries and empty imports). */
    private CommitResult commitLocked(Caller caller, String projectId, ChangeSetSource derive, ModelCache.Slot slot, int[] stored) {
        ProjectModel[] applied = new ProjectModel[1];
        ProjectModel.Change[] change = new ProjectModel.Change[1];
        long[] number = new long[1];
        Revision[] accepted = new Revision[1];
        try {
            Optional<CommitResult> result = store.withLockedProject(projectId, locked -> {
                ProjectRecord project = locked.project();
                long head = project.headRevision();
                ProjectModel model = models.at(slot, projectId, head);
                ChangeSet changes = derive.changes(model, head);
                if (changes == null) {
                    return new CommitResult(head, false, List.of());
                }
                Optional<StoredRevision> earlier = locked.byClient(changes.clientId(), changes.clientSequence());
                if (earlier.isPresent()) {
                    return new CommitResult(earlier.get().number(), earlier.get().rebased(), List.of());
                }
                if (changes.baseRevision() > head) {
                    throw ApiException.badRequest("base revision " + changes.baseRevision() + " does not exist; the head is " + head);
                }
                boolean rebased = changes.baseRevision() < head;
                if (rebased) {
                    List<Conflict> conflicts = conflicts(locked, slot, model, changes, head);
                    if (!conflicts.isEmpty()) {
                        throw ApiException.conflicts(conflicts);
                    }
                }
                Set<ConflictKey> keys = ConflictRules.touchedKeys(changes.operations(), model::subtree);
                Set<String> deleted = ConflictRules.deletedIds(changes.operations(), model::subtree);
                try {
                    change[0] = model.apply(changes.operations());
                } catch (SyncModelException e) {
                    throw new ApiException(400, "invalid_operation", e.getMessage(), List.of(), List.of());
                }
                applied[0] = model;
                List<FindingRow> added = rows(change[0].findings().added());
                List<FindingRow> fresh = fresh(added, change[0]);
                FailOn policy = FailOn.of(project.failOn());
                List<FindingRow> blocking = blocking(projectId, fresh, policy);
                if (!blocking.isEmpty()) {
                    throw ApiException.gateRefused(blocking.stream().map(Findings::wire).toList(), policy.wireName());
                }
                number[0] = head + 1;
                RevisionWrite write = write(caller, changes, number[0], rebased, keys, deleted, change[0], added);
                locked.write(write);
                accepted[0] = new Revision(number[0], caller.name(), write.revision().time().toString(), changes.message(), changes.operations(),
                        changes.clientId(), changes.clientId() == null ? null : changes.clientSequence());
                audit.record(locked.transaction(), caller, projectId, "commit", "revision " + number[0]);
                stored[0] = changes.operations().size();
                return new CommitResult(number[0], rebased, fresh.stream().map(Findings::wire).toList());
            });
            if (applied[0] != null) {
                applied[0].accept(change[0], number[0]);
                slot.remember(accepted[0], change[0].removed());
            }
            return result.orElseThrow(() -> ApiException.notFound("no project '" + projectId + "'"));
        } catch (RuntimeException e) {
            if (applied[0] != null) {
                undo(slot, applied[0], change[0]);
            }
            throw e;
        }
    }

    private static void undo(ModelCache.Slot slot, ProjectModel model, ProjectModel.Change change) {
        try {
            model.revert(change);
        } catch (RuntimeException e) {
            slot.invalidate(); // rebuilt from the database next time
        }
    }

    /** The conflicts with revisions {@code base+1 … head}, read from the slot when it kept them, else from the database. */
    private static List<Conflict> conflicts(LockedProject locked, ModelCache.Slot slot, ProjectModel model, ChangeSet changes, long head) {
        long base = changes.baseRevision();
        List<Revision> theirs = new ArrayList<>();
        Map<String, Long> theirDeleted;
        Optional<List<ModelCache.Recent>> kept = slot.between(base, head);
        if (kept.isPresent()) {
            theirDeleted = new java.util.HashMap<>();
            for (ModelCache.Recent r : kept.get()) {
                theirs.add(r.revision());
                for (String id : r.deleted()) {
                    theirDeleted.put(id, r.revision().number());
                }
            }
        } else {
            for (StoredRevision r : locked.revisionsAfter(base)) {
                theirs.add(RevisionViews.revision(r));
            }
            theirDeleted = locked.deletedAfter(base);
        }
        return ConflictRules.conflicts(changes.operations(), model::subtree, theirs, theirDeleted,
                key -> key.isWhole() || ConflictKey.CONTAINER.equals(key.feature()) ? null : locked.valueAt(base, key.elementId(), key.feature()));
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
        StoredRevision revision = new StoredRevision(number, changes.baseRevision(), caller.name(), Instant.now(clock), changes.message(),
                changes.clientId(), changes.clientSequence(), rebased, changes.operations().size(), RevisionViews.json(changes.operations()));
        List<RevisionWrite.Touch> touches = new ArrayList<>();
        for (ConflictKey key : keys) {
            touches.add(new RevisionWrite.Touch(key.elementId(), key.feature(), key.isWhole() && deleted.contains(key.elementId())));
        }
        Set<FindingRow.Key> ended = new HashSet<>();
        rows(change.findings().removed()).forEach(row -> ended.add(row.key()));
        return new RevisionWrite(revision, touches, change.removed(), change.elements(), change.endedValues(), change.values(), ended, added);
    }
}
