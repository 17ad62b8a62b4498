package org.dovetail.server.http;

import static org.dovetail.server.testing.Ops.id;
import static org.dovetail.server.testing.Ops.ops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.dovetail.server.testing.ApiClient;
import org.dovetail.server.testing.ApiClient.Answer;
import org.dovetail.server.testing.ServerFixture;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server process is killed with SIGKILL while clients commit, 20 times, and restarted each time on the same H2
 * file. Each commit creates a task with a name and a description (three operations), so a partly stored commit would
 * show as a task without one of them. Clients re-send the commit that was in flight when the server died (same client
 * id and sequence): it must be applied exactly once. At the end every acknowledged commit is in the history as sent,
 * every task of the model is whole, and the history is one gap-free line.
 */
class CrashTest {

    static final int KILLS = Integer.getInteger("dovetail.crash.kills", 20);
    static final int CLIENTS = 4;

    @TempDir
    Path data;

    /** A client's commit: its change set and, once acknowledged, its revision. */
    record Sent(ChangeSet changes, String task, String name, String description) {
    }

    @Test
    void killedServersLoseNoAcknowledgedCommitAndShowNoPartialOne() throws Exception {
        Path folder = data.resolve("server");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>(); // task → revision
        Map<String, Sent> sentByTask = new ConcurrentHashMap<>();
        Map<Integer, Sent> inFlight = new ConcurrentHashMap<>();
        int[] sequences = new int[CLIENTS];
        String process = id();
        Random random = new Random(7);
        int kills = 0;
        while (kills < KILLS) {
            ServerProcess server = ServerProcess.start(folder, null);
            try {
                ApiClient owner = ApiClient.login(server.api(), ServerFixture.ADMIN, ServerFixture.PASSWORD);
                if (kills == 0) {
                    ServerFixture.newProject(owner, "crash");
                    String domain = id();
                    owner.committed("crash", ops().skeleton(id(), domain).process(process, domain, "Survivor").on(0));
                }
                AtomicBoolean dead = new AtomicBoolean();
                List<Thread> threads = new ArrayList<>();
                List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
                int before = acknowledged.size();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    Thread t = new Thread(() -> commitUntilDead(owner, client, process, sequences, inFlight, acknowledged, sentByTask, dead));
                    t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
                    threads.add(t);
                    t.start();
                }
                // Kill while commits flow: after the first acknowledgement of this round, at a random moment.
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (acknowledged.size() == before && failures.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(300));
                server.kill();
                kills++;
                dead.set(true);
                for (Thread t : threads) {
                    t.join(30_000);
                }
                if (!failures.isEmpty()) {
                    throw new AssertionError("a client failed", failures.get(0));
                }
                System.out.printf("crash test: round %d, %d commits acknowledged before the kill%n", kills, acknowledged.size() - before);
            } catch (RuntimeException | Error e) {
                server.kill();
                throw new AssertionError("round " + kills + " failed; server output:\n" + server.output(), e);
            }
        }
        ServerProcess last = ServerProcess.start(folder, null);
        try {
            ApiClient reader = ApiClient.login(last.api(), ServerFixture.ADMIN, ServerFixture.PASSWORD);
            // The commits in flight at the last kill, re-sent: applied once, whatever happened to them.
            for (Sent pending : inFlight.values()) {
                acknowledged.put(pending.task(), reader.committed("crash", pending.changes()).revision());
            }
            verify(reader, acknowledged, sentByTask);
            System.out.printf("crash test: %d kills, %d commits acknowledged%n", kills, acknowledged.size());
        } finally {
            last.kill();
        }
    }

    private static void commitUntilDead(ApiClient owner, int client, String process, int[] sequences, Map<Integer, Sent> inFlight,
            Map<String, Long> acknowledged, Map<String, Sent> sentByTask, AtomicBoolean dead) {
        while (!dead.get()) {
            Sent sent = inFlight.get(client);
            if (sent == null) {
                String task = id();
                int sequence = ++sequences[client];
                String name = "task " + client + "/" + sequence;
                String description = "made by client " + client + " as its commit " + sequence;
                // Base 1 (the seed): creating new tasks never conflicts, so every commit is rebased onto the head.
                ChangeSet changes = ops().task(task, process, name).set(task, "description", description).on(1, "crash-client-" + client,
                        sequence);
                sent = new Sent(changes, task, name, description);
                inFlight.put(client, sent);
                sentByTask.put(task, sent);
            }
            Answer answer;
            try {
                answer = owner.commit("crash", sent.changes());
            } catch (UncheckedIOException | IllegalStateException e) {
                return; // the server died with this commit in flight: re-sent after the restart
            }
            if (answer.status() != 201) {
                throw new AssertionError("commit answered " + answer);
            }
            acknowledged.put(sent.task(), answer.as(CommitResult.class).revision());
            inFlight.remove(client);
        }
    }

    private static void verify(ApiClient reader, Map<String, Long> acknowledged, Map<String, Sent> sentByTask) {
        var page = reader.changes("crash", 0, 1000);
        assertTrue(page.complete(), "fewer than 1000 revisions");
        for (int i = 0; i < page.revisions().size(); i++) {
            assertEquals(i + 1, page.revisions().get(i).number(), "one gap-free line of revisions");
        }
        Set<Long> revisions = new HashSet<>(acknowledged.values());
        assertEquals(acknowledged.size(), revisions.size(), "no revision acknowledged twice");
        assertEquals(page.head() - 1, acknowledged.size(), "every revision after the seed is an acknowledged commit, each once");
        for (Map.Entry<String, Long> a : acknowledged.entrySet()) {
            Sent sent = sentByTask.get(a.getKey());
            assertEquals(sent.changes().operations(), page.revisions().get((int) (long) a.getValue() - 1).operations(),
                    "revision " + a.getValue() + " holds the acknowledged commit");
        }
        Map<String, Map<String, String>> values = new HashMap<>();
        Set<String> tasks = new HashSet<>();
        for (Operation op : reader.snapshot("crash", null).operations()) {
            if (op instanceof Operation.Create c && "process.Task".equals(c.type())) {
                tasks.add(c.id());
            } else if (op instanceof Operation.SetValue s) {
                values.computeIfAbsent(s.id(), k -> new HashMap<>()).put(s.feature(), s.value());
            }
        }
        assertEquals(acknowledged.keySet(), tasks, "the model holds exactly the acknowledged tasks");
        for (String task : tasks) {
            Sent sent = sentByTask.get(task);
            assertEquals(Map.of("name", sent.name(), "description", sent.description()), values.get(task), "task " + task + " is whole");
        }
    }
}
