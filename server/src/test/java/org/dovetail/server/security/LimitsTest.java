package org.dovetail.server.security;

import static org.dovetail.server.security.ApiClient.bearer;
import static org.dovetail.server.security.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;

import org.dovetail.server.ServerConfig;
import org.dovetail.server.security.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized bodies get 413 and malformed JSON 400, each as a JSON error with the reason; nothing is stored. */
class LimitsTest {

    static final long LIMIT = 16 * 1024;

    @TempDir
    static Path dir;
    static SecuredServer server;
    static ApiClient api;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        server = SecuredServer.start(ServerConfig.builder(dir).port(0).maxBodyBytes(LIMIT));
        api = server.client;
        token = bearer(server.createUser("limits-user", "limits-password"));
        assertEquals(201, api.post("projects", token, json("id", "lim", "name", "Limits")).status());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aBodyOverTheLimitWithContentLengthIs413AsJson() {
        for (String path : new String[] { "projects/lim/commits", "projects", "login" }) {
            Answer answer = api.post(path, path.equals("login") ? null : token, "{\"x\":\"" + "y".repeat((int) LIMIT) + "\"}");
            assertTooLarge(answer);
        }
    }

    /** Repeated: the client is still sending when the answer is ready, which once lost the answer to a reset. */
    @Test
    void aChunkedBodyOverTheLimitIs413AsJsonToo() {
        for (int round = 0; round < 20; round++) {
            for (String path : new String[] { "projects/lim/commits", "projects/lim/imports", "projects" }) {
                assertTooLarge(api.sendChunked("POST", path, token, LIMIT * (4 + round % 8)));
            }
        }
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndJudgedOnItsContent() {
        Answer answer = api.post("projects", token, "{\"id\":\"ok-size\",\"name\":\"" + "n".repeat(300) + "\"" + " ".repeat((int) LIMIT - 400) + "}");
        assertEquals(201, answer.status(), answer.toString());
    }

    @Test
    void malformedJsonIs400WithTheParsersReason() {
        for (String path : new String[] { "projects", "tokens", "projects/lim/members/limits-user", "projects/lim/commits",
                "projects/lim/waivers" }) {
            String method = path.contains("members") ? "PUT" : "POST";
            Answer answer = api.send(method, path, token, "{\"id\": \"unterminated");
            assertEquals(400, answer.status(), path + ": " + answer);
            assertEquals("malformed_json", answer.json().get("error").asText(), path + ": " + answer);
            assertTrue(answer.json().get("message").asText().contains("line 1"), path + ": " + answer);
        }
        Answer login = api.post("login", null, "[1, 2");
        assertEquals(400, login.status(), login.toString());
        assertEquals("malformed_json", login.json().get("error").asText());
    }

    @Test
    void aWrongContentTypeIsRefusedAsJsonToo() {
        Answer answer = api.send("POST", "projects", token, "text/plain", BodyPublishers.ofString("id=x"));
        assertEquals(415, answer.status(), answer.toString());
        assertEquals("unsupported_media_type", answer.json().get("error").asText());
    }

    private static void assertTooLarge(Answer answer) {
        assertEquals(413, answer.status(), answer.toString());
        assertEquals("payload_too_large", answer.json().get("error").asText(), answer.toString());
        assertTrue(answer.json().get("message").asText().contains(Long.toString(LIMIT)), answer.toString());
    }
}
