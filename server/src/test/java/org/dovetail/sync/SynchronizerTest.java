package org.dovetail.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sync scenarios against the protocol's reference server, plus retries and typed failures. */
class SynchronizerTest extends SyncScenarios {

    private ReferenceSyncServer server;
    private SyncClient client;
    private int port;

    @BeforeEach
    void start() throws IOException {
        server = new ReferenceSyncServer().start(0);
        port = server.port();
        client = new SyncClient(server.url(), new Credentials.Basic(ReferenceSyncServer.USER, ReferenceSyncServer.PASSWORD));
        assertTrue(client.createProject(PROJECT, "Invoices").isOk());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    String url() {
        return server.url().toString();
    }

    @Override
    SyncClient clientA() {
        return client;
    }

    @Override
    SyncClient clientB() {
        return client;
    }

    @Override
    void stopServer() {
        server.stop();
    }

    @Override
    void restartServer() throws IOException {
        server.start(port);
    }

    @Test
    void aRetriedCommitIsAppliedOnce() {
        ChangeSet changeSet = new ChangeSet(0, "once", List.of(new Operation.Create("root", "dovetail.DovetailModel", null, null,
                "models/x.dovetail", 0)), "client-x", 7);
        SyncResult<CommitResult> first = client.commit(PROJECT, changeSet);
        SyncResult<CommitResult> retry = client.commit(PROJECT, changeSet);
        assertEquals(first.orThrow().revision(), retry.orThrow().revision());
        assertEquals(1, server.revisions(PROJECT));
    }

    @Test
    void wrongCredentialsAndUnknownProjectsAreTypedFailures() {
        SyncClient wrong = new SyncClient(server.url(), new Credentials.Basic("ann", "wrong"));
        assertEquals(SyncResult.Failure.UNAUTHORIZED, ((SyncResult.Failed<?>) wrong.snapshot(PROJECT, null)).failure());
        assertEquals(SyncResult.Failure.NOT_FOUND, ((SyncResult.Failed<?>) client.snapshot("nope", null)).failure());
        assertNotEquals(SyncResult.Failure.UNREACHABLE, ((SyncResult.Failed<?>) client.snapshot("nope", null)).failure());
    }
}
