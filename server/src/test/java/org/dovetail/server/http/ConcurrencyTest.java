package org.dovetail.server.http;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.server.testing.ApiClient;
import org.dovetail.server.testing.PostgresCluster;
import org.dovetail.server.testing.PostgresExtension;
import org.dovetail.server.testing.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 clients × 200 commits of random, overlapping edits to one project over HTTP: every acknowledged commit is stored
 * as sent, every overlap is answered 409 with the conflict, and the history is one line ({@link ConcurrentCommits}).
 * Once on H2 and once on PostgreSQL; the third test runs two server instances on one PostgreSQL database (20 clients ×
 * 100 commits, half of them through each instance). The sizes can be lowered for quick runs with
 * {@code -Ddovetail.concurrency.clients=N -Ddovetail.concurrency.commits=M}.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrencyTest {

    static final int CLIENTS = Integer.getInteger("dovetail.concurrency.clients", 50);
    static final int COMMITS = Integer.getInteger("dovetail.concurrency.commits", 200);
    static final int USERS = 5;
    static final int TASKS = 40;

    @TempDir
    Path data;

    @Test
    void fiftyClientsOnH2() throws Exception {
        try (ServerFixture server = ServerFixture.start(data, null)) {
            run(List.of(server), CLIENTS, COMMITS);
        }
    }

    @Test
    void fiftyClientsOnPostgres(PostgresCluster cluster) throws Exception {
        try (ServerFixture server = ServerFixture.start(data, cluster.newDatabase())) {
            run(List.of(server), CLIENTS, COMMITS);
        }
    }

    @Test
    void twoServerInstancesOnOnePostgres(PostgresCluster cluster) throws Exception {
        String url = cluster.newDatabase();
        try (ServerFixture one = ServerFixture.start(data.resolve("one"), url);
                ServerFixture two = ServerFixture.start(data.resolve("two"), url)) {
            run(List.of(one, two), Math.min(20, CLIENTS), Math.max(1, COMMITS / 2));
        }
    }

    /** Users and clients spread over the servers (client k talks to server k mod n), then the run and the checks. */
    private static void run(List<ServerFixture> servers, int clients, int commits) throws Exception {
        ServerFixture first = servers.get(0);
        ApiClient owner = first.newUser("owner");
        ServerFixture.newProject(owner, "shared");
        List<String> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            first.newUser("architect" + u);
            ServerFixture.member(owner, "shared", "architect" + u, "architect");
            users.add("architect" + u);
        }
        List<ApiClient> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            ServerFixture server = servers.get(c % servers.size());
            sessions.add(ApiClient.login(server.api(), users.get(c % USERS), ServerFixture.PASSWORD));
        }
        ConcurrentCommits run = new ConcurrentCommits("shared");
        long seeded = run.seed(owner, TASKS);
        run.run(sessions, commits, seeded, 42);
        run.verify(owner, seeded, clients * commits);
        System.out.printf("%d servers, %d clients x %d commits: %d acknowledged, %d refused with conflicts%n", servers.size(), clients, commits,
                run.accepted.size(), run.refused.size());
    }
}
