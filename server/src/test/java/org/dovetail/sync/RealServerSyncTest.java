package org.dovetail.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.dovetail.server.DovetailServer;
import org.dovetail.server.ServerConfig;
import org.dovetail.server.testing.ApiClient;
import org.dovetail.server.testing.ServerFixture;
import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync scenarios against the real repository server, in-process on a free port with H2 in a data
 * folder and real users: ann shares and pushes from folder A, bob (an architect) clones into folder
 * B. The outage stops the server and starts it again on the same port and data. Also: a retried commit is applied
 * once, and wrong credentials and unknown projects come back as typed failures.
 */
class RealServerSyncTest extends SyncScenarios {

    @TempDir
    Path data;

    private ServerFixture fixture;
    private DovetailServer restarted;
    private int port;
    private SyncClient ann;
    private SyncClient bob;

    @BeforeEach
    void start() throws Exception {
        fixture = ServerFixture.start(data, null);
        port = fixture.server.port();
        ApiClient annApi = fixture.newUser("ann");
        fixture.newUser("bob");
        ServerFixture.newProject(annApi, PROJECT);
        ServerFixture.member(annApi, PROJECT, "bob", "architect");
        ann = new SyncClient(URI.create(url()), new Credentials.Basic("ann", ServerFixture.PASSWORD));
        bob = new SyncClient(URI.create(url()), new Credentials.Basic("bob", ServerFixture.PASSWORD));
    }

    @AfterEach
    void stop() throws Exception {
        if (restarted != null) {
            restarted.stop();
        } else if (fixture != null) {
            fixture.close();
        }
    }

    @Override
    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    SyncClient clientA() {
        return ann;
    }

    @Override
    SyncClient clientB() {
        return bob;
    }

    @Override
    void stopServer() throws Exception {
        fixture.close();
    }

    @Override
    void restartServer() throws Exception {
        restarted = DovetailServer.start(ServerConfig.builder(data).port(port).build());
    }

    @Test
    void aRetriedCommitIsAppliedOnce() {
        ChangeSet changeSet = new ChangeSet(0, "once", List.of(new Operation.Create("root", "dovetail.DovetailModel", null, null,
                "models/x.dovetail", 0)), "client-x", 7);
        SyncResult<CommitResult> first = ann.commit(PROJECT, changeSet);
        SyncResult<CommitResult> retry = ann.commit(PROJECT, changeSet);
        assertEquals(first.orThrow().revision(), retry.orThrow().revision());
        assertEquals(1, ann.changes(PROJECT, 0, 100).orThrow().head(), "one revision, not two");
    }

    @Test
    void wrongCredentialsAndUnknownProjectsAreTypedFailures() {
        SyncClient wrong = new SyncClient(URI.create(url()), new Credentials.Basic("ann", "wrong"));
        assertEquals(SyncResult.Failure.UNAUTHORIZED, ((SyncResult.Failed<?>) wrong.snapshot(PROJECT, null)).failure());
        assertEquals(SyncResult.Failure.NOT_FOUND, ((SyncResult.Failed<?>) ann.snapshot("nope", null)).failure());
        assertEquals(SyncResult.Failure.NOT_FOUND, ((SyncResult.Failed<?>) bob.snapshot("nope", null)).failure());
    }
}
