package org.dovetail.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.dovetail.server.DovetailServer;
import org.dovetail.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jersey starts the application without warnings (it once warned that every resource "will be ignored"). */
class StartupWarningsTest {

    @TempDir
    Path data;

    @Test
    void jerseyStartsTheApplicationWithoutWarnings() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // The handler sees every Jersey in this JVM; a Responder's warning is about a client that closed its
                // connection to another test class's server, not about how an application starts.
                if (record.getLevel().intValue() >= Level.WARNING.intValue() && !record.getLoggerName().endsWith("ServerRuntime$Responder")) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger jersey = Logger.getLogger("org.glassfish.jersey");
        jersey.addHandler(handler);
        try (DovetailServer server = DovetailServer.start(ServerConfig.builder(data).port(0).build())) {
            // Jersey initialises on the first request.
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.apiUri() + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
        } finally {
            jersey.removeHandler(handler);
        }
        assertEquals(List.of(), warnings);
    }
}
