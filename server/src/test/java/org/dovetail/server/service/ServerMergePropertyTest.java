package org.dovetail.server.service;

import static org.dovetail.server.testing.Ops.id;
import static org.dovetail.server.testing.Ops.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.dovetail.server.api.ApiException;
import org.dovetail.server.security.Caller;
import org.dovetail.server.testing.Ops;
import org.dovetail.server.testing.TestRepository;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging through the real server (store, cached model, conflict rules, rebase), over hundreds of seeded cases: two
 * change sets made against the same revision are committed in both orders into two projects with the same start; when
 * the server accepts both in one order it accepts them in the other, and both projects end with the same model.
 */
class ServerMergePropertyTest {

    private static final int CASES = 300;

    @TempDir
    Path data;
    TestRepository repo;
    final Caller alice = TestRepository.caller("alice");
    final Caller bob = TestRepository.caller("bob");

    @BeforeEach
    void open() {
        repo = new TestRepository(data, null);
    }

    @AfterEach
    void close() throws Exception {
        repo.close();
    }

    /** The start of every case: a process with tasks and a few roles. */
    private record Start(Ops ops, String process, String domain, List<String> tasks, List<String> roles) {
    }

    private static Start start(Random random) {
        String root = id();
        String domain = id();
        String process = id();
        Ops ops = ops().skeleton(root, domain).process(process, domain, "Onboarding");
        List<String> tasks = new ArrayList<>();
        for (int i = 0, n = 3 + random.nextInt(8); i < n; i++) {
            String task = id();
            tasks.add(task);
            ops.task(task, process, "task " + i);
        }
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String role = id();
            roles.add(role);
            ops.role(role, domain, "role " + i);
        }
        return new Start(ops, process, domain, tasks, roles);
    }

    /** A random change set against the start: renames, documentation, performers, creates, moves and deletes. */
    private static List<Operation> edits(Start start, Random random, String side) {
        Ops ops = ops();
        List<String> tasks = new ArrayList<>(start.tasks());
        for (int i = 0, n = 1 + random.nextInt(5); i < n && !tasks.isEmpty(); i++) {
            String task = tasks.get(random.nextInt(tasks.size()));
            switch (random.nextInt(7)) {
            case 0, 1 -> ops.set(task, "name", side + " name " + random.nextInt(1000));
            case 2 -> ops.set(task, "description", side + " notes " + random.nextInt(1000));
            case 3 -> ops.set(task, "performer", start.roles().get(random.nextInt(start.roles().size())));
            case 4 -> {
                String created = id();
                ops.task(created, start.process(), side + " new " + i);
                tasks.add(created);
            }
            case 5 -> ops.move(task, start.process(), "steps", 0);
            default -> {
                ops.delete(task);
                tasks.remove(task);
            }
            }
        }
        return ops.list();
    }

    @Test
    void nonConflictingChangeSetsGiveTheSameModelInEitherOrder() {
        int merged = 0;
        int refused = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            Start start = start(random);
            List<Operation> a = edits(start, random, "a");
            List<Operation> b = edits(start, random, "b");
            String ab = "ab" + seed;
            String ba = "ba" + seed;
            boolean abMerged = commitBoth(ab, start, a, b);
            boolean baMerged = commitBoth(ba, start, b, a);
            assertEquals(abMerged, baMerged, "seed " + seed + ": accepted in one order only\nA " + a + "\nB " + b);
            if (!abMerged) {
                refused++;
                continue;
            }
            assertEquals(model(ab), model(ba), "seed " + seed + "\nA " + a + "\nB " + b);
            merged++;
        }
        assertTrue(merged >= CASES / 2, "too few merges to mean anything: " + merged);
        assertTrue(refused >= 10, "the generator should also produce overlaps: " + refused);
    }

    /** Commits {@code first} then {@code second}, both against the start; false when the second is refused (409). */
    private boolean commitBoth(String project, Start start, List<Operation> first, List<Operation> second) {
        repo.projects.create(project, project, "alice");
        long base = repo.commits.commit(alice, project, start.ops().on(0)).revision();
        repo.commits.commit(alice, project, new ChangeSet(base, "first", first, "alice", 1));
        try {
            var result = repo.commits.commit(bob, project, new ChangeSet(base, "second", second, "bob", 1));
            assertTrue(result.rebased(), "the second change set was rebased");
            return true;
        } catch (ApiException e) {
            if (e.status() != 409 || e.conflicts().isEmpty()) {
                fail(project + ": refused without naming a conflict: " + e.getMessage() + "\n" + first + "\n" + second, e);
            }
            return false;
        }
    }

    /** The head model, sibling order aside (concurrent appends to one list land in commit order). */
    private Set<String> model(String project) {
        Set<String> lines = new TreeSet<>();
        for (Operation op : repo.reads.snapshot(project, null).operations()) {
            switch (op) {
            case Operation.Create c -> lines.add("create " + c.id() + " " + c.type() + " in " + c.parent() + "." + c.feature() + " " + c.resource());
            case Operation.SetValue s -> lines.add("set " + s.id() + "." + s.feature() + " = " + s.value());
            case Operation.AddValue x -> lines.add("add " + x.id() + "." + x.feature() + " += " + x.value());
            default -> lines.add(op.toString());
            }
        }
        return lines;
    }
}
