package org.dovetail.sync;

import java.net.URI;
import java.nio.file.Path;

import org.dovetail.server.DovetailServer;
import org.dovetail.server.ServerConfig;
import org.dovetail.server.testing.ApiClient;
import org.dovetail.server.testing.ServerFixture;
import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.SyncClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync scenarios against the real repository server, in-process on a free port with H2 in a data
 * folder and real users: ann shares and pushes from folder A, bob (an architect) clones into folder
 * B. The outage stops the server and starts it again on the same port and data.
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
}
