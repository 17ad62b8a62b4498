package org.dovetail.server.security;

import static org.dovetail.server.security.ApiClient.basic;
import static org.dovetail.server.security.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dovetail.server.security.ApiClient.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeated login failures are slowed down per user and per address, and the block holds on every server instance
 * of the database: failures counted through one instance block the other.
 */
class LoginThrottleTest {

    /** From the 3rd failure: blocked 1 s, then 2 s, 4 s… */
    static final SecuritySettings THROTTLED = SecuritySettings.defaults().withLoginThrottle(3, Duration.ofSeconds(1),
            Duration.ofSeconds(8));

    @TempDir
    Path dir;

    @Test
    void failuresOnOneInstanceBlockTheUserOnAnotherUntilTheDelayHasPassed() throws Exception {
        try (SecuredServer first = SecuredServer.start(dir, THROTTLED);
                SecuredServer second = SecuredServer.start(dir.resolve("second"), first.jdbcUrl(), THROTTLED)) {
            first.createUser("alice", "alice-password");
            for (int i = 0; i < 2; i++) {
                assertEquals(401, login(first, "alice", "guess-" + i).status());
            }
            // The third failure, on the other instance, starts the block.
            assertEquals(401, login(second, "alice", "guess-2").status());

            for (SecuredServer instance : new SecuredServer[] { first, second }) {
                Answer blocked = login(instance, "alice", "alice-password");
                assertEquals(429, blocked.status(), blocked.toString());
                assertEquals("too_many_attempts", blocked.json().get("error").asText());
                assertTrue(Integer.parseInt(blocked.header("Retry-After")) >= 1, blocked.header("Retry-After"));
                // HTTP Basic is a password login too: blocked the same way.
                assertEquals(429, instance.client.get("projects", basic("alice", "alice-password")).status());
            }
            Thread.sleep(1_100);
            assertEquals(200, login(second, "alice", "alice-password").status());
            // Success clears the user's counter, not the address's (a password sprayer's one hit must not reset it).
            assertEquals(List.of(), first.query("SELECT failures FROM dt_login_failure WHERE throttle_key = 'user:alice'"));
            assertEquals(List.of(List.of(3)),
                    first.query("SELECT failures FROM dt_login_failure WHERE throttle_key = 'address:127.0.0.1'"));
        }
    }

    @Test
    void theDelayDoublesWithEveryFurtherFailure() throws Exception {
        try (SecuredServer server = SecuredServer.start(dir, THROTTLED)) {
            server.createUser("bob", "bob-password");
            for (int i = 0; i < 3; i++) {
                login(server, "bob", "guess-" + i);
            }
            Thread.sleep(1_100);
            assertEquals(401, login(server, "bob", "guess-3").status());
            Answer blocked = login(server, "bob", "bob-password");
            assertEquals(429, blocked.status());
            assertEquals(2, Integer.parseInt(blocked.header("Retry-After")));
        }
    }

    @Test
    void failuresFromOneAddressBlockOtherUsersFromThatAddressAndUnknownUsersCountToo() throws Exception {
        try (SecuredServer server = SecuredServer.start(dir, THROTTLED)) {
            String session = server.createUser("carol", "carol-password");
            for (int i = 0; i < 3; i++) {
                assertEquals(401, login(server, "no-such-user-" + i, "guess").status());
            }
            Answer blocked = login(server, "carol", "carol-password");
            assertEquals(429, blocked.status(), blocked.toString());
            // Tokens are not passwords: a session issued earlier keeps working while the address is blocked.
            assertEquals(200, server.client.get("projects", ApiClient.bearer(session)).status());
        }
    }

    private static Answer login(SecuredServer server, String user, String password) {
        return server.client.post("login", null, json("user", user, "password", password));
    }
}
