package org.dovetail.server.service;

import static org.dovetail.server.testing.Ops.id;
import static org.dovetail.server.testing.Ops.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dovetail.server.api.ApiException;
import org.dovetail.server.security.Caller;
import org.dovetail.server.store.FindingRow;
import org.dovetail.server.testing.Ops;
import org.dovetail.server.testing.TestRepository;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKind;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's semantics at service level, the same on every database (subclasses give the JDBC URL): linear
 * revisions, rebase of disjoint edits, conflicts refused whole, retries, snapshots at any revision, history, validation
 * of operations, and the governance gate.
 */
abstract class RepositoryContract {

    @TempDir
    Path data;

    TestRepository repo;
    final Caller alice = TestRepository.caller("alice");
    final Caller bob = TestRepository.caller("bob");
    final String root = id();
    final String domain = id();
    final String process = id();
    final String taskA = id();
    final String taskB = id();

    /** The JDBC URL of a fresh database, or null for the H2 file in the data folder. */
    abstract String jdbcUrl();

    @BeforeEach
    void open() {
        repo = new TestRepository(data, jdbcUrl());
        repo.projects.create("p", "Project P", "alice");
        CommitResult first = repo.commits.commit(alice, "p", ops().skeleton(root, domain).process(process, domain, "Onboarding")
                .task(taskA, process, "Check ID").task(taskB, process, "Open account").on(0));
        assertEquals(1, first.revision());
    }

    @AfterEach
    void close() throws Exception {
        repo.close();
    }

    @Test
    void runsOnTheIntendedDatabase() {
        assertEquals(jdbcUrl() != null && jdbcUrl().startsWith("jdbc:postgresql:"), repo.database.isPostgres());
    }

    @Test
    void disjointEditsAreRebased() {
        CommitResult mine = repo.commits.commit(alice, "p", ops().set(taskA, "name", "Verify ID").on(1));
        CommitResult theirs = repo.commits.commit(bob, "p", ops().set(taskB, "name", "Open the account").on(1));
        assertEquals(2, mine.revision());
        assertFalse(mine.rebased());
        assertEquals(3, theirs.revision());
        assertTrue(theirs.rebased());
        assertEquals("Verify ID", nameAt(3, taskA));
        assertEquals("Open the account", nameAt(3, taskB));
    }

    @Test
    void sameFeatureConflictsAndNothingIsStored() {
        repo.commits.commit(alice, "p", ops().set(taskA, "name", "Verify ID").on(1));
        ApiException refused = assertThrows(ApiException.class,
                () -> repo.commits.commit(bob, "p", ops().set(taskB, "description", "fine").set(taskA, "name", "Scan ID").on(1)));
        assertEquals(409, refused.status());
        assertEquals(1, refused.conflicts().size());
        Conflict conflict = refused.conflicts().get(0);
        assertEquals(taskA, conflict.elementId());
        assertEquals("name", conflict.feature());
        assertEquals(ConflictKind.BOTH_CHANGED, conflict.kind());
        assertEquals("Check ID", conflict.baseValue());
        assertEquals("Scan ID", conflict.mine());
        assertEquals("Verify ID", conflict.theirs());
        assertEquals(2, conflict.theirRevision());
        assertEquals(2, repo.projects.require("p").headRevision());
        assertEquals(null, valueAt(2, taskB, "description"), "the refused change set is not partly stored");
        assertTrue(repo.audit.stream().anyMatch(e -> "conflict".equals(e.outcome())));
    }

    @Test
    void editOfAnElementTheOtherSideDeletedConflicts() {
        repo.commits.commit(alice, "p", ops().delete(taskA).on(1));
        ApiException refused = assertThrows(ApiException.class, () -> repo.commits.commit(bob, "p", ops().set(taskA, "name", "x").on(1)));
        assertEquals(409, refused.status());
        assertEquals(ConflictKind.CHANGED_DELETED, refused.conflicts().get(0).kind());
        String role = id();
        repo.commits.commit(alice, "p", ops().role(role, domain, "Clerk").on(2));
        repo.commits.commit(alice, "p", ops().delete(role).on(3));
        ApiException dangling = assertThrows(ApiException.class, () -> repo.commits.commit(bob, "p", ops().set(taskB, "performer", role).on(3)));
        assertEquals(409, dangling.status());
        assertEquals(ConflictKind.REFERENCE_TO_DELETED, dangling.conflicts().get(0).kind());
    }

    @Test
    void aRetryIsAppliedOnce() {
        var changes = ops().set(taskA, "name", "Verify ID").on(1, "laptop", 7);
        CommitResult first = repo.commits.commit(alice, "p", changes);
        CommitResult again = repo.commits.commit(alice, "p", changes);
        assertEquals(first.revision(), again.revision());
        assertEquals(2, repo.projects.require("p").headRevision());
        // Revisions name the change set they came from: a client whose acknowledgement was lost recognises its own.
        Revision stored = repo.reads.changes("p", 1, 10).revisions().get(0);
        assertEquals("laptop", stored.clientId());
        assertEquals(7L, stored.clientSequence());
        assertEquals("laptop", repo.reads.elementHistory("p", taskA, 0, 10).get(0).clientId());
    }

    @Test
    void snapshotsExistForEveryRevision() {
        repo.commits.commit(alice, "p", ops().set(taskA, "name", "Verify ID").on(1));
        repo.commits.commit(alice, "p", ops().delete(taskB).on(2));
        assertEquals("Check ID", nameAt(1, taskA));
        assertEquals("Verify ID", nameAt(2, taskA));
        assertTrue(ids(repo.reads.snapshot("p", 2L)).contains(taskB));
        assertFalse(ids(repo.reads.snapshot("p", 3L)).contains(taskB));
        assertEquals(0, repo.reads.snapshot("p", 0L).operations().size());
        assertEquals(404, assertThrows(ApiException.class, () -> repo.reads.snapshot("p", 4L)).status());
    }

    @Test
    void siblingOrderSurvivesMovesAndInserts() {
        String c = id();
        String d = id();
        repo.commits.commit(alice, "p", ops().task(c, process, "C").on(1));
        repo.commits.commit(alice, "p", ops().move(c, process, "steps", 0).on(2));
        repo.commits.commit(alice, "p", ops().add(new Operation.Create(d, "process.Task", process, "steps", null, 1)).on(3));
        List<String> order = repo.reads.snapshot("p", null).operations().stream()
                .filter(op -> op instanceof Operation.Create create && process.equals(create.parent())).map(Operation::id).toList();
        assertEquals(List.of(c, d, taskA, taskB), order);
        assertEquals(List.of(taskA, taskB, c), repo.reads.snapshot("p", 2L).operations().stream()
                .filter(op -> op instanceof Operation.Create create && process.equals(create.parent())).map(Operation::id).toList());
    }

    @Test
    void changesSinceAndHistories() {
        repo.commits.commit(alice, "p", ops().set(taskA, "name", "Verify ID").on(1));
        repo.commits.commit(bob, "p", ops().set(taskB, "name", "Open the account").on(2));
        ChangesPage page = repo.reads.changes("p", 1, 1);
        assertEquals(1, page.from());
        assertEquals(2, page.to());
        assertEquals(3, page.head());
        assertEquals(List.of(new Operation.SetValue(taskA, "name", "Verify ID")), page.revisions().get(0).operations());
        assertEquals(List.of(3L, 2L), repo.reads.history("p", 0, 2).stream().map(r -> r.number()).toList());
        assertEquals(List.of(1L), repo.reads.history("p", 2, 10).stream().map(r -> r.number()).toList());
        List<Revision> history = repo.reads.elementHistory("p", taskA, 0, 10);
        assertEquals(List.of(2L, 1L), history.stream().map(Revision::number).toList());
        assertEquals("alice", history.get(0).author());
        assertTrue(history.get(1).operations().stream().allMatch(op -> op.id().equals(taskA)));
    }

    @Test
    void operationsThatDoNotFitTheMetamodelAreRefused() {
        for (var bad : List.of(ops().add(new Operation.Create(id(), "process.Nothing", process, "steps", null, null)),
                ops().set(taskA, "colour", "red"), ops().set(id(), "name", "ghost"),
                ops().add(new Operation.Create(taskA, "process.Task", process, "steps", null, null)))) {
            ApiException refused = assertThrows(ApiException.class, () -> repo.commits.commit(alice, "p", bad.on(1)));
            assertEquals(400, refused.status(), refused.getMessage());
            assertEquals("invalid_operation", refused.code());
        }
        assertEquals(1, repo.projects.require("p").headRevision());
        assertEquals("Check ID", nameAt(1, taskA));
        // The cached model was left as it was: a valid commit still applies.
        assertEquals(2, repo.commits.commit(alice, "p", ops().set(taskA, "name", "ok").on(1)).revision());
    }

    @Test
    void theGateRefusesNewFindingsAtOrAboveThePolicyUntilWaived() {
        repo.governance.setPolicy(alice, "p", "warning");
        String task = id();
        var changes = ops().task(task, process, "Unowned").on(1, "c", 1);
        ApiException refused = assertThrows(ApiException.class, () -> repo.commits.commit(alice, "p", changes));
        assertEquals(422, refused.status());
        assertFalse(refused.findings().isEmpty());
        assertTrue(refused.findings().stream().allMatch(f -> task.equals(f.elementId())), refused.findings().toString());
        assertEquals(1, repo.projects.require("p").headRevision());
        for (var finding : refused.findings()) {
            repo.governance.addWaiver(alice, "p", finding.ruleId(), finding.elementId(), "accepted for the pilot", "2999-12-31");
        }
        CommitResult accepted = repo.commits.commit(alice, "p", changes);
        assertEquals(2, accepted.revision());
        Set<String> stored = repo.allFindings("p", 2).stream().filter(f -> task.equals(f.elementId())).map(FindingRow::ruleId)
                .collect(Collectors.toSet());
        assertEquals(refused.findings().stream().map(f -> f.ruleId()).collect(Collectors.toSet()), stored);
        assertTrue(repo.allFindings("p", 1).stream().noneMatch(f -> task.equals(f.elementId())), "findings are per revision");
    }

    @Test
    void findingsEndWhenTheirCauseIsGone() {
        List<FindingRow> before = repo.allFindings("p", 1).stream().filter(f -> taskA.equals(f.elementId())).toList();
        assertFalse(before.isEmpty(), "an unowned task has findings");
        repo.commits.commit(alice, "p", ops().delete(taskA).on(1));
        assertTrue(repo.allFindings("p", 2).stream().noneMatch(f -> taskA.equals(f.elementId())));
        assertEquals(before, repo.allFindings("p", 1).stream().filter(f -> taskA.equals(f.elementId())).toList());
    }

    /**
     * Findings are read a page at a time in (rule, element) order; following the next keys gives every finding once, and
     * the filters (severity at or above, rule, element) hold on every page.
     */
    @Test
    void findingsArePagedInRuleAndElementOrderWithFilters() {
        Ops more = ops();
        for (int i = 0; i < 12; i++) {
            more.task(id(), process, "Unowned " + i);
        }
        long revision = repo.commits.commit(alice, "p", more.on(1)).revision();
        List<FindingRow> all = repo.allFindings("p", revision);
        assertTrue(all.size() >= 28, "fourteen unowned tasks give two findings or more each: " + all.size());
        List<FindingRow> sorted = all.stream().sorted(Comparator.comparing(FindingRow::ruleId).thenComparing(FindingRow::elementId)).toList();
        assertEquals(sorted, all, "(rule, element) order");

        List<FindingRow> paged = new ArrayList<>();
        FindingRow.Key after = null;
        int pages = 0;
        do {
            FindingsPage page = repo.reads.findings("p", revision, null, null, null, after, 7);
            assertTrue(page.findings().size() <= 7);
            assertEquals(revision, page.revision());
            paged.addAll(page.findings());
            after = page.next();
            pages++;
        } while (after != null);
        assertEquals(all, paged);
        assertEquals((all.size() + 6) / 7, pages, "no empty last page");

        Set<String> severities = all.stream().map(FindingRow::severity).collect(Collectors.toSet());
        List<FindingRow> warningsUp = repo.reads.findings("p", revision, "WARNING", null, null, null, 1000).findings();
        assertEquals(all.stream().filter(f -> !"info".equals(f.severity())).toList(), warningsUp, "severities seen: " + severities);
        String rule = all.get(all.size() / 2).ruleId();
        assertEquals(all.stream().filter(f -> rule.equals(f.ruleId())).toList(),
                repo.reads.findings("p", revision, null, rule, null, null, 1000).findings());
        assertEquals(all.stream().filter(f -> taskA.equals(f.elementId())).toList(),
                repo.reads.findings("p", revision, null, null, taskA, null, 1000).findings());
        assertTrue(repo.reads.findings("p", revision, null, "no.such.rule", null, null, 10).findings().isEmpty());

        assertEquals(400, assertThrows(ApiException.class, () -> repo.reads.findings("p", revision, "fatal", null, null, null, 10)).status());
        assertEquals(400, assertThrows(ApiException.class, () -> repo.reads.findings("p", revision, null, null, null, null, 0)).status());
        assertEquals(404, assertThrows(ApiException.class, () -> repo.reads.findings("p", revision + 1, null, null, null, null, 10)).status());
    }

    /**
     * A commit stores only its revision in the log: it does not wait for the projection of the versioned rows (held back
     * here by another transaction that locks the projection row), and what is read afterwards is exact all the same.
     */
    @Test
    void commitsDoNotWaitForTheProjectionAndReadsAreNeverStale() throws Exception {
        try (java.sql.Connection holder = repo.database.projectionDataSource().getConnection();
                java.sql.Statement s = holder.createStatement()) {
            s.executeQuery("SELECT revision FROM dt_projection WHERE project_id = 'p' FOR UPDATE").close();
            assertEquals(2, repo.commits.commit(alice, "p", ops().set(taskA, "name", "Verify ID").on(1)).revision());
            assertEquals(3, repo.commits.commit(bob, "p", ops().delete(taskB).on(1)).revision());
            assertEquals(List.of(2L, 3L), repo.reads.changes("p", 1, 10).revisions().stream().map(Revision::number).toList(),
                    "changes since come straight from the log");
            assertTrue(projected() <= 1, "the projection is held back");
            holder.rollback();
        }
        assertEquals("Check ID", nameAt(1, taskA));
        assertEquals("Verify ID", nameAt(2, taskA));
        assertTrue(ids(repo.reads.snapshot("p", 2L)).contains(taskB));
        assertFalse(ids(repo.reads.snapshot("p", null)).contains(taskB));
        assertEquals(List.of(2L, 1L), repo.reads.elementHistory("p", taskA, 0, 10).stream().map(Revision::number).toList());
        assertEquals(3, projected());
    }

    /**
     * The background projects the whole log by itself once commits pause, with no read asking for it: more revisions
     * than one of its steps (H2 projects in short steps between commits), each after the pause it waits for.
     */
    @Test
    void theBackgroundProjectsTheLogOnceCommitsPause() throws Exception {
        long head = 1;
        for (int i = 0; i < 40; i++) {
            head = repo.commits.commit(alice, "p", ops().set(taskA, "name", "Check ID " + i).on(head)).revision();
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (projected() < head && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(head, projected(), "projected in the background");
        assertEquals("Check ID 39", nameAt(head, taskA));
    }

    private long projected() throws java.sql.SQLException {
        try (java.sql.Connection c = repo.database.projectionDataSource().getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT revision FROM dt_projection WHERE project_id = 'p'")) {
            long revision = rs.next() ? rs.getLong(1) : 0; // no row until the projector first ran
            c.rollback();
            return revision;
        }
    }

    String nameAt(long revision, String id) {
        return valueAt(revision, id, "name");
    }

    String valueAt(long revision, String id, String feature) {
        return repo.reads.snapshot("p", revision).operations().stream()
                .filter(op -> op instanceof Operation.SetValue set && set.id().equals(id) && set.feature().equals(feature))
                .map(op -> ((Operation.SetValue) op).value()).findFirst().orElse(null);
    }

    static Set<String> ids(Snapshot snapshot) {
        return snapshot.operations().stream().filter(op -> op instanceof Operation.Create).map(Operation::id).collect(Collectors.toSet());
    }
}
