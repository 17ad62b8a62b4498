package org.dovetail.server.security;

import static org.dovetail.server.security.ApiClient.bearer;
import static org.dovetail.server.security.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.server.ops.internal.EndpointRegistry.Endpoint;
import org.dovetail.server.ops.internal.RequestObserver;
import org.dovetail.server.security.ApiClient.Answer;
import org.dovetail.server.testing.Ops;
import org.dovetail.sync.protocol.ProtocolJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;

/** The audit log of writes, the Prometheus metrics, the OpenAPI description and the JSON request log, over HTTP. */
class AuditAndOpsTest {

    @TempDir
    static Path dir;
    static SecuredServer server;
    static ApiClient api;
    static String owner;
    static String architect;
    static String viewer;
    static String domain;
    static String process;

    @BeforeAll
    static void start() throws Exception {
        server = SecuredServer.start(dir, null);
        api = server.client;
        owner = bearer(server.createUser("owner", "owner-password"));
        architect = bearer(server.createUser("archie", "archie-password"));
        viewer = bearer(server.createUser("vera", "vera-password"));
        assertEquals(201, api.post("projects", owner, json("id", "aud", "name", "Audited")).status());
        assertEquals(201, api.put("projects/aud/members/archie", owner, json("role", "architect")).status());
        assertEquals(201, api.put("projects/aud/members/vera", owner, json("role", "viewer")).status());
        domain = Ops.id();
        process = Ops.id();
        assertEquals(201, api.post("projects/aud/commits", architect,
                ProtocolJson.write(Ops.ops().skeleton(Ops.id(), domain).process(process, domain, "First").on(0))).status());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyWriteIsAuditedWithWhoWhatAndOutcomeAndTheRequestId() {
        Answer commit = api.send("POST", "projects/aud/commits", architect, "application/json",
                BodyPublishers.ofString(ProtocolJson.write(Ops.ops().set(process, "name", "Renamed").on(1))));
        assertEquals(201, commit.status(), commit.toString());
        String requestId = commit.header(RequestObserver.REQUEST_ID_HEADER);
        assertNotNull(requestId);
        assertEquals(403, api.put("projects/aud/policy", viewer, json("failOn", "never")).status());
        // Two commits on the same base touching the same feature: the second is refused and audited as a conflict.
        assertEquals(201, api.post("projects/aud/commits", architect,
                ProtocolJson.write(Ops.ops().set(process, "name", "Mine").on(2))).status());
        assertEquals(409, api.post("projects/aud/commits", architect,
                ProtocolJson.write(Ops.ops().set(process, "name", "Theirs").on(2))).status());

        Answer page = api.get("projects/aud/audit?limit=50", owner);
        assertEquals(200, page.status(), page.toString());
        List<String> lines = new ArrayList<>();
        for (JsonNode e : page.json().get("entries")) {
            assertTrue(e.get("at").asText().endsWith("Z"), e.toString());
            assertEquals("aud", e.get("project").asText(), e.toString());
            lines.add(e.get("user").asText() + " " + e.get("action").asText() + " " + e.get("target").asText() + " " + e.get("outcome").asText());
        }
        // Newest first; each write once; the refused ones with their outcome.
        assertEquals(List.of("archie commit change set conflict", "archie commit revision 3 success",
                "vera PUT projects/aud/policy projects/aud/policy denied (403)", "archie commit revision 2 success",
                "archie commit revision 1 success", "owner member.set vera = viewer success", "owner member.set archie = architect success",
                "owner project.create aud (creator owner is admin) success"), lines.stream().map(l -> l.replaceAll("change set client-\\S+", "change set")).toList(),
                lines.toString());
        assertEquals(requestId, page.json().get("entries").get(3).get("requestId").asText());
        assertEquals(2, api.get("projects/aud/audit?limit=2&offset=1", owner).json().get("entries").size());
    }

    @Test
    void metricsCountRequestsByPathTemplateAndTheRepositorysEvents() {
        Answer metrics = api.get("metrics", viewer);
        assertEquals(200, metrics.status());
        assertTrue(metrics.header("Content-Type").startsWith("text/plain"), metrics.header("Content-Type"));
        String text = metrics.body();
        assertTrue(text.contains("dovetail_http_requests_total{method=\"POST\",path=\"/api/v1/projects/{project}/commits\",status=\"201\"}"),
                text);
        assertTrue(text.contains("dovetail_http_requests_total{method=\"PUT\",path=\"/api/v1/projects/{p}/members/{user}\",status=\"201\"} 2.0"),
                text);
        assertTrue(text.contains("dovetail_http_request_duration_seconds_bucket{method=\"POST\",path=\"/api/v1/projects/{project}/commits\",le=\"0.05\"}"),
                text);
        assertTrue(text.matches("(?s).*dovetail_commits_total\\{rebased=\"false\"} [1-9].*"), text);
        assertTrue(text.contains("dovetail_gate_rejections_total 0.0"), text);
        assertTrue(text.contains("# TYPE dovetail_commit_conflicts_total counter"), text);
        assertTrue(!text.contains("path=\"/api/v1/projects/aud"), "raw paths would make a series per project: " + text);
        assertTrue(text.matches("(?s).*dovetail_h2_file_bytes\\{file=\"dovetail-projection.mv.db\"} [1-9].*"), text);
        assertTrue(text.matches("(?s).*dovetail_h2_file_live_ratio\\{file=\"dovetail.mv.db\"} (0\\.[0-9]+|1\\.0).*"), text);
    }

    @Test
    void theOpenApiDescriptionIsOpenApi3AndCoversEveryServedEndpoint() throws Exception {
        Answer answer = api.get("openapi.json", viewer);
        assertEquals(200, answer.status());
        OpenAPI openApi = io.swagger.v3.core.util.Json.mapper().readValue(answer.body(), OpenAPI.class);
        assertTrue(openApi.getOpenapi().startsWith("3."), openApi.getOpenapi());
        assertEquals("/api/v1", openApi.getServers().get(0).getUrl());
        assertTrue(openApi.getComponents().getSecuritySchemes().keySet().containsAll(List.of("basic", "bearer")));
        List<String> missing = new ArrayList<>();
        for (Endpoint endpoint : server.security().endpoints().endpoints()) {
            PathItem item = openApi.getPaths().get("/" + endpoint.path());
            if (item == null || item.readOperationsMap().keySet().stream().noneMatch(m -> m.name().equals(endpoint.method()))) {
                missing.add(endpoint.toString());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void eachRequestIsOneJsonLogLineWithMethodPathTemplateStatusDurationUserAndRequestId() throws Exception {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger requests = logging.getLogger(RequestObserver.REQUEST_LOG);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        requests.addAppender(captured);
        try {
            api.send("GET", "projects/aud/history", viewer, "application/json", BodyPublishers.noBody());
            Answer withId = api.send("GET", "projects/aud/history", viewer, null, BodyPublishers.noBody());
            assertNotNull(withId.header(RequestObserver.REQUEST_ID_HEADER));
        } finally {
            requests.detachAppender(captured);
        }
        // Encoded by the encoder the server's logback.xml gives its console appender.
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) logging.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("JSON");
        assertNotNull(console, "logback.xml's JSON appender");
        ILoggingEvent event = captured.list.get(captured.list.size() - 1);
        String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        JsonNode json = ApiClient.JSON.readTree(line);
        assertEquals("GET", json.get("method").asText());
        assertEquals("/api/v1/projects/{project}/history", json.get("path").asText());
        assertEquals(200, json.get("status").asInt());
        assertTrue(json.get("durationMs").asDouble() > 0, line);
        assertEquals("vera", json.get("user").asText());
        assertTrue(json.get("requestId").asText().length() >= 8, line);
        assertNotNull(json.get("@timestamp"), line);
    }
}
