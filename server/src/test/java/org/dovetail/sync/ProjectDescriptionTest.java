package org.dovetail.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dovetail.cli.DovetailCli;
import org.dovetail.cli.sync.SyncCommands;
import org.dovetail.server.testing.ServerFixture;
import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncClient.ProjectMembership;
import org.dovetail.sync.client.SyncResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's description (V4): set on creation by REST and {@code share --create --description}, listed in {@code GET /projects}. */
class ProjectDescriptionTest {

    @TempDir
    Path dir;

    private ServerFixture server;
    private String url;
    private SyncClient ann;

    @BeforeEach
    void start() throws Exception {
        server = ServerFixture.start(dir.resolve("server-data"), null);
        server.newUser("ann");
        url = "http://127.0.0.1:" + server.server.port();
        ann = new SyncClient(URI.create(url), new Credentials.Basic("ann", ServerFixture.PASSWORD));
        SyncCommands.useEnvironment(Map.of("DOVETAIL_USER", "ann", "DOVETAIL_PASSWORD", ServerFixture.PASSWORD));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        SyncCommands.useEnvironment(System.getenv());
    }

    @Test
    void theCliSetsTheDescriptionOnCreateAndTheProjectListReturnsIt() {
        String[] result = run("share", url, "invoices", dir.resolve("a").toString(), "--create", "--name", "Supplier invoices",
                "--description", "Purchase-to-pay: how a supplier invoice is received, matched, approved and paid");
        assertEquals("0", result[0], result[2]);
        ProjectMembership listed = only(ann.projects());
        assertEquals("invoices", listed.id());
        assertEquals("Supplier invoices", listed.name());
        assertEquals("Purchase-to-pay: how a supplier invoice is received, matched, approved and paid", listed.description());
        assertEquals("admin", listed.role());
    }

    @Test
    void aProjectWithoutDescriptionListsAnEmptyOneAndRestCreationReturnsIt() {
        assertInstanceOf(SyncResult.Ok.class, ann.createProject("plain", "Plain"));
        assertEquals("", only(ann.projects()).description());
        SyncResult<?> described = ann.createProject("described", "Described", "  Board decisions 2026  ");
        assertEquals("Board decisions 2026", ((SyncResult.Ok<com.fasterxml.jackson.databind.JsonNode>) described).value().path("description")
                .asText(), "the answer to the creation carries it, stripped");
        assertEquals("Board decisions 2026", ann.projects().orThrow().stream().filter(p -> p.id().equals("described")).findFirst()
                .orElseThrow().description());
    }

    @Test
    void aTooLongDescriptionIsRefusedAndNothingIsCreated() {
        SyncResult<?> refused = ann.createProject("long", "Long", "x".repeat(2001));
        SyncResult.Failed<?> failed = assertInstanceOf(SyncResult.Failed.class, refused);
        assertEquals(400, failed.status(), failed.message());
        assertTrue(failed.message().contains("at most 2000 characters"), failed.message());
        assertTrue(ann.projects().orThrow().isEmpty(), "no project half-created");
    }

    @Test
    void theCliRefusesADescriptionWithoutCreate() {
        String[] result = run("share", url, "invoices", dir.resolve("b").toString(), "--description", "about");
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("--description needs --create"), result[2]);
    }

    private static ProjectMembership only(SyncResult<List<ProjectMembership>> projects) {
        List<ProjectMembership> list = projects.orThrow();
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DovetailCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] { Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
    }
}
