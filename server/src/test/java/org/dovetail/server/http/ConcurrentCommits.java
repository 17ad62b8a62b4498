package org.dovetail.server.http;

import static org.dovetail.server.testing.Ops.id;
import static org.dovetail.server.testing.Ops.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dovetail.server.testing.ApiClient;
import org.dovetail.server.testing.ApiClient.Answer;
import org.dovetail.server.testing.Ops;
import org.dovetail.sync.protocol.ApiError;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKind;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.Revision;

/**
 * Many clients committing random, overlapping edits at once, and the checks that prove nothing was lost or silently
 * overwritten: every acknowledged commit is in the history exactly as sent, the history is one gap-free line, every
 * refusal names a real overlap, and no accepted commit overlaps a revision its base did not have.
 */
final class ConcurrentCommits {

    /** An acknowledged commit. */
    record Accepted(String client, long base, long revision, String task, String value) {
    }

    /** A refused commit and the conflicts the server named. */
    record Refused(String client, long base, String task, List<Conflict> conflicts) {
    }

    final List<String> tasks = new ArrayList<>();
    final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Refused> refused = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final String project;

    ConcurrentCommits(String project) {
        this.project = project;
    }

    /** Commits the model every client edits: one process with {@code count} tasks. Returns its revision. */
    long seed(ApiClient client, int count) {
        String root = id();
        String domain = id();
        String process = id();
        Ops seed = ops().skeleton(root, domain).process(process, domain, "Shared");
        for (int i = 0; i < count; i++) {
            String task = id();
            tasks.add(task);
            seed.task(task, process, "task " + i);
        }
        return client.committed(project, seed.on(0)).revision();
    }

    /** Runs {@code clients.size()} clients, each making {@code commits} commits starting from {@code base}. */
    void run(List<ApiClient> clients, int commits, long base, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients.size(); c++) {
                ApiClient http = clients.get(c);
                String clientId = "client-" + c;
                Random random = new Random(seed + c);
                done.add(pool.submit(() -> client(http, clientId, random, commits, base)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void client(ApiClient http, String clientId, Random random, int commits, long start) {
        long base = start;
        for (int i = 1; i <= commits; i++) {
            String task = tasks.get(random.nextInt(tasks.size()));
            String value = clientId + "/" + i;
            Answer answer = http.commit(project, ops().set(task, "name", value).on(base, clientId, i));
            if (answer.status() == 201) {
                long revision = answer.as(CommitResult.class).revision();
                accepted.add(new Accepted(clientId, base, revision, task, value));
                base = revision;
            } else if (answer.status() == 409) {
                ApiError error = answer.error();
                refused.add(new Refused(clientId, base, task, error.conflicts()));
                base = http.changes(project, base, 1).head(); // pull, then go on
            } else {
                failures.add(clientId + " #" + i + ": " + answer);
                return;
            }
        }
    }

    /** All the checks; {@code reader} reads the project, {@code first} is the revision the clients started from. */
    void verify(ApiClient reader, long first, int expectedCommits) {
        assertTrue(failures.isEmpty(), () -> "unexpected answers: " + failures.stream().limit(5).toList());
        assertEquals(expectedCommits, accepted.size() + refused.size(), "every commit was answered 201 or 409");
        List<Revision> history = new ArrayList<>();
        long since = 0;
        while (true) {
            ChangesPage page = reader.changes(project, since, 1000);
            history.addAll(page.revisions());
            if (page.complete()) {
                break;
            }
            since = page.to();
        }
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i + 1, history.get(i).number(), "one gap-free line of revisions");
        }
        assertEquals(first + accepted.size(), history.size(), "exactly one revision per acknowledged commit");
        Map<Long, Accepted> byRevision = new HashMap<>();
        for (Accepted a : accepted) {
            assertEquals(null, byRevision.put(a.revision(), a), "two acknowledgements of one revision");
            Revision stored = history.get((int) a.revision() - 1);
            assertEquals(List.of(new Operation.SetValue(a.task(), "name", a.value())), stored.operations(),
                    "revision " + a.revision() + " holds what was acknowledged");
            // Nothing silently overwritten: no revision between its base and itself touched the same task.
            for (long r = a.base() + 1; r < a.revision(); r++) {
                Accepted other = byRevisionOrNull(r);
                if (other != null) {
                    assertFalse(other.task().equals(a.task()), "revision " + a.revision() + " overwrote revision " + r + " unseen");
                }
            }
        }
        for (Refused r : refused) {
            assertFalse(r.conflicts().isEmpty(), "a 409 names its conflicts");
            for (Conflict c : r.conflicts()) {
                assertEquals(r.task(), c.elementId());
                assertEquals("name", c.feature());
                assertEquals(ConflictKind.BOTH_CHANGED, c.kind());
                assertTrue(c.theirRevision() > r.base(), "the conflicting revision is newer than the base");
                Accepted theirs = byRevisionOrNull(c.theirRevision());
                assertNotNull(theirs, "the conflicting revision was acknowledged");
                assertEquals(r.task(), theirs.task(), "the conflict is a real overlap");
                assertEquals(theirs.value(), c.theirs());
            }
        }
        Map<String, String> last = new HashMap<>();
        accepted.stream().sorted(java.util.Comparator.comparingLong(Accepted::revision)).forEach(a -> last.put(a.task(), a.value()));
        List<Operation> head = reader.snapshot(project, null).operations();
        for (Map.Entry<String, String> e : last.entrySet()) {
            assertTrue(head.contains(new Operation.SetValue(e.getKey(), "name", e.getValue())), "the head has the last value of " + e.getKey());
        }
    }

    private Map<Long, Accepted> index;

    private Accepted byRevisionOrNull(long revision) {
        if (index == null) {
            index = new HashMap<>();
            accepted.forEach(a -> index.put(a.revision(), a));
        }
        return index.get(revision);
    }
}
