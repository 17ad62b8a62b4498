package org.dovetail.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dovetail.server.DovetailServer;
import org.dovetail.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dovetail.sync.protocol.ProtocolJson;

import com.fasterxml.jackson.core.type.TypeReference;

/** The bootstrap over real HTTP: health without authentication, JSON errors, the H2 file in the data folder. */
class HealthAndErrorsTest {

    @TempDir
    Path data;

    private DovetailServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = DovetailServer.start(ServerConfig.builder(data).port(0).maxBodyBytes(1024).build());
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void healthIsUpWithoutAuthentication() throws Exception {
        HttpResponse<String> response = get("health");
        assertEquals(200, response.statusCode());
        assertEquals(Map.of("status", "UP"), json(response));
        assertTrue(Files.exists(data.resolve("dovetail.mv.db")), "the H2 database lives in the data folder");
    }

    @Test
    void unknownPathIsAJson404() throws Exception {
        HttpResponse<String> response = get("no/such/thing");
        assertEquals(404, response.statusCode());
        assertEquals("not_found", json(response).get("error"));
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.apiUri().resolve("health"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("x".repeat(4096))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
    }

    @Test
    void restartKeepsTheDatabase() throws Exception {
        server.context().projects().create("kept", "Kept", "tester");
        server.stop();
        server = DovetailServer.start(ServerConfig.builder(data).port(0).build());
        assertEquals("Kept", server.context().projects().require("kept").name());
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = server.apiUri().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
        return ProtocolJson.mapper().readValue(response.body(), new TypeReference<Map<String, Object>>() {
        });
    }
}
