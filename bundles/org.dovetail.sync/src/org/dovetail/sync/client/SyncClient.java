package org.dovetail.sync.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.dovetail.sync.protocol.ApiError;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.ProtocolException;
import org.dovetail.sync.protocol.ProjectRole;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.protocol.Snapshot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The HTTP side of sync ({@code docs/sync-protocol.md}, prefix {@code /api/v1}) on
 * {@code java.net.http}. Every call answers a {@link SyncResult}: conflicts (409) and gate refusals
 * (422) as data, 401/403/404/413 as typed failures, an unreachable server as
 * {@link SyncResult.Failure#UNREACHABLE}, so callers keep their journal and try later.
 */
public final class SyncClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI api;
    private final Credentials credentials;
    private final HttpClient http;

    /** @param server the server's base URL, with or without {@code /api/v1} */
    public SyncClient(URI server, Credentials credentials) {
        String base = server.toString().replaceAll("/+$", "");
        this.api = URI.create(base.endsWith("/api/v1") ? base + "/" : base + "/api/v1/");
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public URI api() {
        return api;
    }

    public SyncResult<CommitResult> commit(String project, ChangeSet changeSet) {
        return send("POST", "projects/" + encode(project) + "/commits", ProtocolJson.writeBytes(changeSet), CommitResult.class);
    }

    public SyncResult<ChangesPage> changes(String project, long since, int limit) {
        return send("GET", "projects/" + encode(project) + "/changes?since=" + since + "&limit=" + limit, null, ChangesPage.class);
    }

    /** The project at {@code revision}, or at its head when {@code revision} is null. */
    public SyncResult<Snapshot> snapshot(String project, Long revision) {
        String query = revision == null ? "" : "?revision=" + revision;
        return send("GET", "projects/" + encode(project) + "/snapshot" + query, null, Snapshot.class);
    }

    public SyncResult<List<RevisionSummary>> history(String project, int offset, int limit) {
        SyncResult<JsonNode> result = send("GET", "projects/" + encode(project) + "/history?offset=" + offset + "&limit=" + limit,
                null, JsonNode.class);
        if (!(result instanceof SyncResult.Ok<JsonNode> ok)) {
            return retype(result);
        }
        // Either a bare array or a page object with the array in "revisions" or "items".
        JsonNode node = ok.value();
        JsonNode items = node.isArray() ? node : node.has("revisions") ? node.get("revisions") : node.get("items");
        RevisionSummary[] summaries = ProtocolJson.mapper().convertValue(items == null ? node : items, RevisionSummary[].class);
        return new SyncResult.Ok<>(List.of(summaries));
    }

    /** The revisions that changed {@code element}, newest first, with their operations. */
    public SyncResult<List<Revision>> elementHistory(String project, String element, int offset, int limit) {
        SyncResult<JsonNode> result = send("GET", "projects/" + encode(project) + "/elements/" + encode(element) + "/history?offset="
                + offset + "&limit=" + limit, null, JsonNode.class);
        if (!(result instanceof SyncResult.Ok<JsonNode> ok)) {
            return retype(result);
        }
        JsonNode node = ok.value();
        JsonNode items = node.isArray() ? node : node.has("revisions") ? node.get("revisions") : node.get("items");
        Revision[] revisions = ProtocolJson.mapper().convertValue(items == null ? node : items, Revision[].class);
        return new SyncResult.Ok<>(List.of(revisions));
    }

    /** The project's signed-off baselines: an array of {@code {name, revision, createdBy, createdAt}}. */
    public SyncResult<JsonNode> baselines(String project) {
        return send("GET", "projects/" + encode(project) + "/baselines", null, JsonNode.class);
    }

    /** Signs off {@code revision} as a baseline named {@code name} (needs the governance role). */
    public SyncResult<JsonNode> addBaseline(String project, String name, long revision) {
        return send("POST", "projects/" + encode(project) + "/baselines",
                ProtocolJson.writeBytes(Map.of("name", name, "revision", revision)), JsonNode.class);
    }

    /** The caller's own role in {@code project} and what it allows (e.g. {@link ProjectRole#canGovern()} to waive). */
    public SyncResult<ProjectRole> myRole(String project) {
        return send("GET", "projects/" + encode(project) + "/me", null, ProjectRole.class);
    }

    /** Creates a user (server admins only); the password travels in the body, never in a URL. */
    public SyncResult<JsonNode> createUser(String name, String password, boolean serverAdmin) {
        return send("POST", "users", ProtocolJson.writeBytes(Map.of("user", name, "password", password, "serverAdmin", serverAdmin)),
                JsonNode.class);
    }

    public SyncResult<JsonNode> createProject(String id, String name) {
        return send("POST", "projects", ProtocolJson.writeBytes(Map.of("id", id, "name", name)), JsonNode.class);
    }

    /** Creates a project with a description (what it is about; blank or null: none). */
    public SyncResult<JsonNode> createProject(String id, String name, String description) {
        if (description == null || description.isBlank()) {
            return createProject(id, name);
        }
        return send("POST", "projects", ProtocolJson.writeBytes(Map.of("id", id, "name", name, "description", description)), JsonNode.class);
    }

    /**
     * A project the caller is a member of, with the caller's role in it ({@code viewer}, {@code architect}, {@code governance},
     * {@code admin}) and its description ({@code ""} when it has none, or the server is older than descriptions).
     */
    public record ProjectMembership(String id, String name, String role, String description) {

        public ProjectMembership(String id, String name, String role) {
            this(id, name, role, "");
        }
    }

    /** The caller's projects with their role in each ({@code GET /projects}). */
    public SyncResult<List<ProjectMembership>> projects() {
        SyncResult<JsonNode> result = send("GET", "projects", null, JsonNode.class);
        if (!(result instanceof SyncResult.Ok<JsonNode> ok)) {
            return retype(result);
        }
        List<ProjectMembership> projects = new java.util.ArrayList<>();
        for (JsonNode project : ok.value()) {
            projects.add(new ProjectMembership(project.path("id").asText(), project.path("name").asText(project.path("id").asText()),
                    project.path("role").asText(""), project.path("description").asText("")));
        }
        return new SyncResult.Ok<>(List.copyOf(projects));
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @SuppressWarnings("unchecked")
    private static <A, B> SyncResult<B> retype(SyncResult<A> failure) {
        return (SyncResult<B>) failure;
    }

    private <T> SyncResult<T> send(String method, String path, byte[] body, Class<T> answer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", credentials.header()).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new SyncResult.Failed<>(SyncResult.Failure.UNREACHABLE, 0,
                    "server " + api + " unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SyncResult.Failed<>(SyncResult.Failure.UNREACHABLE, 0, "interrupted");
        }
        return answer(method + " " + path, response, answer);
    }

    private static <T> SyncResult<T> answer(String call, HttpResponse<byte[]> response, Class<T> type) {
        int status = response.statusCode();
        try {
            if (status >= 200 && status < 300) {
                return new SyncResult.Ok<>(ProtocolJson.read(response.body(), type));
            }
            ApiError error = readError(response.body(), status);
            String message = error.message() == null ? error.error() : error.message();
            return switch (status) {
            case 409 -> new SyncResult.Conflicts<>(error.conflicts(), message);
            case 422 -> new SyncResult.GateRefused<>(error.findings(), message);
            case 400 -> failed(SyncResult.Failure.BAD_REQUEST, status, "bad request: " + message);
            case 401 -> failed(SyncResult.Failure.UNAUTHORIZED, status, "not authenticated (wrong or expired credentials): " + message);
            case 403 -> failed(SyncResult.Failure.FORBIDDEN, status, "not allowed: " + message);
            case 404 -> failed(SyncResult.Failure.NOT_FOUND, status, "not found: " + message);
            case 413 -> failed(SyncResult.Failure.TOO_LARGE, status, "too large for the server: " + message);
            default -> failed(status >= 500 ? SyncResult.Failure.SERVER_ERROR : SyncResult.Failure.UNEXPECTED, status,
                    "server answered " + status + " to " + call + ": " + message);
            };
        } catch (ProtocolException e) {
            return failed(SyncResult.Failure.UNEXPECTED, status, "unreadable answer to " + call + " (" + status + "): " + e.getMessage());
        }
    }

    private static ApiError readError(byte[] body, int status) {
        try {
            return ProtocolJson.read(body, ApiError.class);
        } catch (ProtocolException e) {
            String text = new String(body, StandardCharsets.UTF_8);
            return ApiError.of("http_" + status, text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private static <T> SyncResult<T> failed(SyncResult.Failure failure, int status, String message) {
        return new SyncResult.Failed<>(failure, status, message);
    }
}
