package org.dovetail.server.security;

import static org.dovetail.server.security.ApiClient.basic;
import static org.dovetail.server.security.ApiClient.bearer;
import static org.dovetail.server.security.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.dovetail.server.ops.internal.EndpointRegistry.Endpoint;
import org.dovetail.server.security.ApiClient.Answer;
import org.dovetail.server.security.internal.Secrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authentication over real HTTP: nothing but health and login is reachable without valid credentials. */
class AuthenticationTest {

    /** The endpoints open without credentials. */
    static final Set<String> PUBLIC = Set.of("GET health", "POST login");

    @TempDir
    static Path dir;
    static SecuredServer server;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        server = SecuredServer.start(dir, null);
        api = server.client;
        assertEquals(201, api.post("projects", basic(SecuredServer.ADMIN, SecuredServer.ADMIN_PASSWORD),
                json("id", "p1", "name", "P1")).status());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Every endpoint Jersey serves, with its path parameters filled in (an existing project for {p}). */
    static List<Endpoint> servedEndpoints() {
        List<Endpoint> endpoints = server.security().endpoints().endpoints();
        assertTrue(endpoints.size() >= 10, "Jersey's model was not recorded: " + endpoints);
        return endpoints;
    }

    static String concrete(String template) {
        return template.replace("{p}", "p1").replaceAll("\\{[^}]+}", "1");
    }

    @Test
    void everyServedEndpointButHealthAndLoginAnswers401WithoutValidCredentials() throws Exception {
        List<String> failures = new ArrayList<>();
        Set<String> open = new TreeSet<>();
        int checked = 0;
        for (Endpoint endpoint : servedEndpoints()) {
            if (PUBLIC.contains(endpoint.toString())) {
                open.add(endpoint.toString());
                continue;
            }
            String path = concrete(endpoint.path());
            String body = Set.of("GET", "DELETE").contains(endpoint.method()) ? null : "{}";
            for (String credentials : new String[] { null, basic(SecuredServer.ADMIN, "wrong-password"),
                    basic("nobody", "whatever-password"), bearer("dvt_not-a-token"), "Digest username=\"admin\"", "Basic !!!" }) {
                server.clearLoginFailures(); // wrong passwords on purpose: LoginThrottleContract covers the throttle
                Answer answer = api.send(endpoint.method(), path, credentials, body);
                checked++;
                if (answer.status() != 401 || !"unauthorized".equals(answer.json().path("error").asText())
                        || answer.header("WWW-Authenticate") == null) {
                    failures.add(endpoint + " with " + credentials + ": " + answer);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked >= 60, "checked " + checked);
        assertTrue(PUBLIC.containsAll(open), "open: " + open);
    }

    @Test
    void unknownPathsNeedCredentialsTooSoTheyRevealNothing() {
        assertEquals(401, api.get("no/such/thing", null).status());
        assertEquals(404, api.get("no/such/thing", basic(SecuredServer.ADMIN, SecuredServer.ADMIN_PASSWORD)).status());
    }

    @Test
    void loginGivesASessionTokenThatExpires() throws Exception {
        String token = server.createUser("session-user", "session-password");
        assertEquals(200, api.get("projects", bearer(token)).status());
        Answer login = api.post("login", null, json("user", "session-user", "password", "session-password"));
        assertNotNull(login.json().get("expiresAt").asText());

        assertEquals(2, server.update("UPDATE dt_token SET expires_at = ? WHERE kind = 'session' AND user_id = "
                + "(SELECT id FROM dt_user WHERE name = 'session-user')", java.sql.Timestamp.valueOf("2000-01-01 00:00:00")));
        Answer expired = api.get("projects", bearer(token));
        assertEquals(401, expired.status(), expired.toString());
        assertTrue(expired.json().get("message").asText().contains("expired"), expired.toString());
    }

    @Test
    void loginRefusesWrongPasswordsAndUnknownUsersAlikeAndBadBodies() {
        server.createUser("login-user", "right-password");
        Answer wrong = api.post("login", null, json("user", "login-user", "password", "wrong-password"));
        Answer unknown = api.post("login", null, json("user", "no-such-user", "password", "wrong-password"));
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().get("message"), unknown.json().get("message"));
        Answer missing = api.post("login", null, json("user", "login-user"));
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.json().get("message").asText().contains("password"), missing.toString());
    }

    @Test
    void apiTokensWorkAndOnlyTheirSha256IsStored() throws Exception {
        String session = server.createUser("token-user", "token-password");
        Answer created = api.post("tokens", bearer(session), json("name", "ci"));
        assertEquals(201, created.status(), created.toString());
        String token = created.json().get("token").asText();
        assertTrue(token.startsWith("dvt_") && token.length() >= 40, token);
        assertEquals(200, api.get("projects", bearer(token)).status());

        List<List<Object>> rows = server.query("SELECT token_hash, name FROM dt_token WHERE kind = 'api'");
        assertEquals(1, rows.size());
        assertEquals(Secrets.tokenHash(token), rows.get(0).get(0));
        for (List<Object> row : server.query("SELECT * FROM dt_token")) {
            assertFalse(row.toString().contains(token.substring(4)), "token in clear at rest: " + row);
        }
        assertEquals(400, api.post("tokens", bearer(session), json("name", "")).status());
    }

    @Test
    void apiTokensAreListedWithoutTheTokenAndRevokedOnlyByTheirOwner() throws Exception {
        String owner = server.createUser("revoke-owner", "revoke-password");
        String other = server.createUser("revoke-other", "revoke-password");
        String laptop = api.post("tokens", bearer(owner), json("name", "laptop")).json().get("token").asText();
        String ci = api.post("tokens", bearer(owner), json("name", "ci")).json().get("token").asText();

        Answer listed = api.get("tokens", bearer(owner));
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(List.of("laptop", "ci"), names(listed));
        assertFalse(listed.body().contains(laptop.substring(4)) || listed.body().contains(ci.substring(4)), listed.body());
        assertFalse(listed.body().contains(Secrets.tokenHash(laptop)), "the hash is not shown either");
        assertEquals(List.of(), names(api.get("tokens", bearer(other))), "another user's tokens are not listed");

        long laptopId = listed.json().get(0).get("id").asLong();
        assertEquals(404, api.send("DELETE", "tokens/" + laptopId, bearer(other), null).status(), "only the owner revokes");
        assertEquals(200, api.get("projects", bearer(laptop)).status());
        assertEquals(204, api.send("DELETE", "tokens/" + laptopId, bearer(owner), null).status());
        assertEquals(401, api.get("projects", bearer(laptop)).status(), "a revoked token stops working at once");
        assertEquals(200, api.get("projects", bearer(ci)).status(), "the other token still works");
        assertEquals(List.of("ci"), names(api.get("tokens", bearer(owner))));
        assertEquals(404, api.send("DELETE", "tokens/" + laptopId, bearer(owner), null).status(), "revoked once");
        assertEquals(404, api.send("DELETE", "tokens/999999", bearer(owner), null).status());
        assertEquals(404, api.send("DELETE", "tokens/not-a-number", bearer(owner), null).status());
        long ciId = api.get("tokens", bearer(owner)).json().get(0).get("id").asLong();
        assertEquals(204, api.send("DELETE", "tokens/" + ciId, bearer(ci), null).status(), "a token may revoke itself");
        assertEquals(401, api.get("tokens", bearer(ci)).status());
    }

    private static List<String> names(Answer answer) {
        List<String> names = new ArrayList<>();
        answer.json().forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesWithTheirParameters() throws Exception {
        server.createUser("hash-user", "hash-password");
        String hash = (String) server.query("SELECT password_hash FROM dt_user WHERE name = 'hash-user'").get(0).get(0);
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertFalse(hash.contains("hash-password"));
        assertEquals(200, api.get("projects", basic("hash-user", "hash-password")).status());
    }

    @Test
    void onlyServerAdminsCreateUsersWithValidNamesAndPasswords() {
        String user = server.createUser("plain-user", "plain-password");
        Answer refused = api.post("users", bearer(user), json("user", "x-user", "password", "x-password"));
        assertEquals(403, refused.status(), refused.toString());
        String admin = basic(SecuredServer.ADMIN, SecuredServer.ADMIN_PASSWORD);
        assertEquals(409, api.post("users", admin, json("user", "plain-user", "password", "other-password")).status());
        assertEquals(400, api.post("users", admin, json("user", "short-pw", "password", "short")).status());
        assertEquals(400, api.post("users", admin, json("user", "bad name/..", "password", "long-enough")).status());
        Answer second = api.post("users", admin, json("user", "second-admin", "password", "second-password", "serverAdmin", true));
        assertEquals(201, second.status(), second.toString());
        assertEquals(201, api.post("users", basic("second-admin", "second-password"),
                json("user", "made-by-second", "password", "x-password")).status());
    }

    @Test
    void theFirstAdminIsNeverResetByALaterStart() {
        assertFalse(server.security().ensureServerAdmin(SecuredServer.ADMIN, "another-password".toCharArray()));
        assertEquals(401, api.get("projects", basic(SecuredServer.ADMIN, "another-password")).status());
        assertEquals(200, api.get("projects", basic(SecuredServer.ADMIN, SecuredServer.ADMIN_PASSWORD)).status());
    }
}
