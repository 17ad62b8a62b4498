package org.dovetail.server.security;

import static org.dovetail.server.security.ApiClient.basic;
import static org.dovetail.server.security.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.dovetail.server.ServerConfig;
import org.dovetail.server.security.ApiClient.Answer;
import org.dovetail.server.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeated login failures are slowed down per user and per address, and the block holds on every server instance
 * of the database: failures counted through one instance block the other. The default settings apply: from the 5th
 * failure a block of 1 s, doubling with every further failure. Subclasses give the database.
 */
abstract class LoginThrottleContract {

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T08:00:00Z"));

    /** The JDBC URL of a fresh database, or null for H2 in the data folder. */
    abstract String jdbcUrl();

    @Test
    void failuresOnOneInstanceBlockTheUserOnAnotherUntilTheDelayHasPassed() throws Exception {
        String url = jdbcUrl();
        try (SecuredServer first = start(dir.resolve("first"), url);
                SecuredServer second = start(dir.resolve("second"), first.jdbcUrl())) {
            first.createUser("alice", "alice-password");
            for (int i = 0; i < 4; i++) {
                assertEquals(401, login(first, "alice", "guess-" + i).status());
            }
            // The fifth failure, on the other instance, starts the block.
            assertEquals(401, login(second, "alice", "guess-4").status());

            for (SecuredServer instance : new SecuredServer[] { first, second }) {
                Answer blocked = login(instance, "alice", "alice-password");
                assertEquals(429, blocked.status(), blocked.toString());
                assertEquals("too_many_attempts", blocked.json().get("error").asText());
                assertTrue(Integer.parseInt(blocked.header("Retry-After")) >= 1, blocked.header("Retry-After"));
                // HTTP Basic is a password login too: blocked the same way.
                assertEquals(429, instance.client.get("projects", basic("alice", "alice-password")).status());
            }
            clock.advance(Duration.ofMillis(999));
            assertEquals(429, login(second, "alice", "alice-password").status(), "still blocked just before the second has passed");
            clock.advance(Duration.ofMillis(2));
            assertEquals(200, login(second, "alice", "alice-password").status());
            // Success clears the user's counter, not the address's (a password sprayer's one hit must not reset it).
            assertEquals(List.of(), first.query("SELECT failures FROM dt_login_failure WHERE throttle_key = 'user:alice'"));
            assertEquals(5, ((Number) first.query("SELECT failures FROM dt_login_failure WHERE throttle_key = ?",
                    "address:127.0.0.1").get(0).get(0)).intValue());
        }
    }

    @Test
    void theDelayDoublesWithEveryFurtherFailure() throws Exception {
        try (SecuredServer server = start(dir, jdbcUrl())) {
            server.createUser("bob", "bob-password");
            for (int i = 0; i < 5; i++) {
                assertEquals(401, login(server, "bob", "guess-" + i).status());
            }
            Answer first = login(server, "bob", "bob-password");
            assertEquals(429, first.status());
            assertEquals("1", first.header("Retry-After"));
            clock.advance(Duration.ofMillis(1_001));
            assertEquals(401, login(server, "bob", "guess-5").status());
            Answer second = login(server, "bob", "bob-password");
            assertEquals(429, second.status());
            assertEquals("2", second.header("Retry-After"));
        }
    }

    @Test
    void failuresFromOneAddressBlockOtherUsersAndUnknownUsersCountToo() throws Exception {
        try (SecuredServer server = start(dir, jdbcUrl())) {
            String session = server.createUser("carol", "carol-password");
            for (int i = 0; i < 5; i++) {
                assertEquals(401, login(server, "no-such-user-" + i, "guess").status());
            }
            Answer blocked = login(server, "carol", "carol-password");
            assertEquals(429, blocked.status(), blocked.toString());
            // Tokens are not passwords: a session issued earlier keeps working while the address is blocked.
            assertEquals(200, server.client.get("projects", ApiClient.bearer(session)).status());
        }
    }

    /** The server's time stands still unless the test moves it (a block of 1 s must not pass while a loaded machine works). */
    private SecuredServer start(Path data, String url) throws Exception {
        return SecuredServer.start(ServerConfig.builder(data).port(0).jdbcUrl(url).clock(clock));
    }

    private static Answer login(SecuredServer server, String user, String password) {
        return server.client.post("login", null, json("user", user, "password", password));
    }
}
