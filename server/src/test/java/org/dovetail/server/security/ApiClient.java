package org.dovetail.server.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A real HTTP client for the API under test: raw requests, JSON answers, Basic and Bearer credentials. */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param api the API root, e.g. {@code http://127.0.0.1:1234/api/v1/} */
    ApiClient(URI api) {
        this.api = api;
    }

    /** An answer: status, body text and headers. */
    record Answer(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    Answer send(String method, String path, String authorization, String jsonBody) {
        BodyPublisher body = jsonBody == null ? BodyPublishers.noBody() : BodyPublishers.ofString(jsonBody);
        return send(method, path, authorization, "application/json", body);
    }

    /** A body sent chunked (no Content-Length), as a stream of {@code bytes} bytes. */
    Answer sendChunked(String method, String path, String authorization, long bytes) {
        Supplier<InputStream> stream = () -> new InputStream() {
            private long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? '7' : -1;
            }
        };
        return send(method, path, authorization, "application/json", BodyPublishers.ofInputStream(stream));
    }

    Answer send(String method, String path, String authorization, String contentType, BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body).header("Accept", "application/json, text/plain");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path, String authorization) {
        return send("GET", path, authorization, null);
    }

    Answer post(String path, String authorization, String json) {
        return send("POST", path, authorization, json);
    }

    Answer put(String path, String authorization, String json) {
        return send("PUT", path, authorization, json);
    }

    /** A JSON object from alternating keys and values. */
    static String json(Object... keysAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
        }
        return node.toString();
    }
}
