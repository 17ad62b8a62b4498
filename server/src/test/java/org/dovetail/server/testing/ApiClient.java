package org.dovetail.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.dovetail.sync.protocol.ApiError;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.Snapshot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A real HTTP client of the server's API ({@code java.net.http}) for the tests: one user's session (Bearer token from
 * {@code POST /login}), JSON in and out through the protocol's mapper.
 */
public final class ApiClient {

    /** An answer: status and body. */
    public record Answer(int status, String body) {
        public <T> T as(Class<T> type) {
            return ProtocolJson.read(body, type);
        }

        public JsonNode json() {
            try {
                return ProtocolJson.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public ApiError error() {
            return as(ApiError.class);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI api;
    private final String authorization;

    private ApiClient(URI api, String authorization) {
        this.api = api;
        this.authorization = authorization;
    }

    /** A client without credentials. */
    public static ApiClient anonymous(URI api) {
        return new ApiClient(api, null);
    }

    /** Logs {@code user} in and returns a client with the session token. */
    public static ApiClient login(URI api, String user, String password) {
        Answer answer = anonymous(api).post("login", Map.of("user", user, "password", password));
        if (answer.status() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + answer);
        }
        return new ApiClient(api, "Bearer " + answer.json().get("token").asText());
    }

    public URI api() {
        return api;
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public Answer postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Answer put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** {@code POST /projects/{p}/commits}. */
    public Answer commit(String project, ChangeSet changes) {
        return send(request("projects/" + project + "/commits").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ProtocolJson.write(changes), StandardCharsets.UTF_8)));
    }

    public CommitResult committed(String project, ChangeSet changes) {
        Answer answer = commit(project, changes);
        if (answer.status() != 201) {
            throw new IllegalStateException("commit refused: " + answer);
        }
        return answer.as(CommitResult.class);
    }

    public ChangesPage changes(String project, long since, int limit) {
        return ok(get("projects/" + project + "/changes?since=" + since + "&limit=" + limit)).as(ChangesPage.class);
    }

    public Snapshot snapshot(String project, Long revision) {
        return ok(get("projects/" + project + "/snapshot" + (revision == null ? "" : "?revision=" + revision))).as(Snapshot.class);
    }

    public <T> T read(Answer answer, TypeReference<T> type) {
        try {
            return ProtocolJson.mapper().readValue(ok(answer).body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answer ok(Answer answer) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("expected success, got " + answer);
        }
        return answer;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(ProtocolJson.write(body), StandardCharsets.UTF_8);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
