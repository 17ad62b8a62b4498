package org.dovetail.server.security;

import static org.dovetail.server.security.ApiClient.basic;
import static org.dovetail.server.security.ApiClient.bearer;
import static org.dovetail.server.security.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.dovetail.server.ops.internal.EndpointRegistry.Endpoint;
import org.dovetail.server.security.AccessMatrix.Need;
import org.dovetail.server.security.ApiClient.Answer;
import org.dovetail.server.testing.Ops;
import org.dovetail.sync.protocol.ProtocolJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exhaustive role × endpoint × project matrix over real HTTP: every caller (each project role, a member of another
 * project only, the server admin who is a member of nothing, a wrong password, no credentials) against every endpoint
 * Jersey serves, on the caller's project, on another project and on a project that does not exist. Each cell must give
 * the endpoint's success status exactly when the caller's role grants what the endpoint needs, 403 for a member whose
 * role is too low, 401 without valid credentials, and for a non-member the very answer a missing project gets (404,
 * nothing of the project in it). Subclasses give the database.
 */
abstract class AccessMatrixContract {

    static final String ALPHA = "alpha";
    static final String BETA = "beta";
    static final String GHOST = "ghost";
    static final String PASSWORD = "matrix-password";
    static final String BYSTANDER = "bystander";

    @TempDir
    Path dir;

    /** The JDBC URL of a fresh database, or null for H2 in the data folder. */
    abstract String jdbcUrl();

    /** A caller of the matrix: credentials and roles per project. */
    record Caller(String label, String authorization, Map<String, Role> roles, boolean serverAdmin, boolean authenticated) {
    }

    private SecuredServer server;
    private final Map<String, String> elementOf = new LinkedHashMap<>();
    private final Map<String, String> adminOf = new LinkedHashMap<>();
    private final AtomicInteger unique = new AtomicInteger();
    private final Map<String, Set<String>> createdBy = new LinkedHashMap<>();

    @Test
    void everyCallerGetsExactlyWhatItsRoleAllowsOnEveryEndpointAndProject() throws Exception {
        try (SecuredServer started = SecuredServer.start(dir, jdbcUrl())) {
            server = started;
            List<Caller> callers = setUp();
            List<Endpoint> served = server.security().endpoints().endpoints();
            Set<String> unclassified = new TreeSet<>();
            served.forEach(e -> unclassified.add(e.toString()));
            unclassified.removeAll(AccessMatrix.NEEDS.keySet());
            assertEquals(Set.of(), unclassified, "served endpoints that the matrix does not classify");
            assertEquals(AccessMatrix.NEEDS.keySet(), new TreeSet<>(served.stream().map(Endpoint::toString).toList()),
                    "classified endpoints that are not served");

            List<String> failures = new ArrayList<>();
            int cells = 0;
            for (Endpoint endpoint : served) {
                Need need = AccessMatrix.NEEDS.get(endpoint.toString());
                for (Caller caller : callers) {
                    if (need.projectScoped()) {
                        for (String project : List.of(ALPHA, BETA, GHOST)) {
                            cells++;
                            check(endpoint, need, caller, project, failures);
                        }
                    } else {
                        cells++;
                        check(endpoint, need, caller, null, failures);
                    }
                }
            }
            String report = "access matrix " + getClass().getSimpleName() + ": " + cells + " cells (" + callers.size() + " callers × "
                    + served.size() + " endpoints, project endpoints × 3 projects)";
            System.out.println(report);
            assertEquals(List.of(), failures, report);
            assertTrue(cells >= 400, report);
            checkProjectLists(callers);
        }
    }

    /** Users, the two projects with one revision each, and the callers. */
    private List<Caller> setUp() throws Exception {
        String adminToken = server.createUser("alpha-admin", PASSWORD);
        String outsiderToken = server.createUser("outsider", PASSWORD);
        server.createUser(BYSTANDER, PASSWORD);
        adminOf.put(ALPHA, adminToken);
        adminOf.put(BETA, outsiderToken);
        for (String project : List.of(ALPHA, BETA)) {
            ok(server.client.post("projects", bearer(adminOf.get(project)), json("id", project, "name", "Project " + project)));
            String root = Ops.id();
            String domain = Ops.id();
            String process = Ops.id();
            ok(server.client.post("projects/" + project + "/commits", bearer(adminOf.get(project)),
                    ProtocolJson.write(Ops.ops().skeleton(root, domain).process(process, domain, "Secret of " + project).on(0))));
            elementOf.put(project, process);
            elementOf.put(project + ".domain", domain);
        }
        List<Caller> callers = new ArrayList<>();
        for (Role role : List.of(Role.VIEWER, Role.ARCHITECT, Role.GOVERNANCE)) {
            String name = "alpha-" + role.wireName();
            String token = server.createUser(name, PASSWORD);
            ok(server.client.put("projects/alpha/members/" + name, bearer(adminToken), json("role", role.wireName())));
            callers.add(new Caller(role.wireName(), bearer(token), Map.of(ALPHA, role), false, true));
        }
        callers.add(new Caller("admin", bearer(adminToken), Map.of(ALPHA, Role.ADMIN), false, true));
        callers.add(new Caller("member of another project", bearer(outsiderToken), Map.of(BETA, Role.ADMIN), false, true));
        callers.add(new Caller("server admin, member of nothing",
                bearer(server.login(SecuredServer.ADMIN, SecuredServer.ADMIN_PASSWORD)), Map.of(), true, true));
        callers.add(new Caller("wrong password", basic("alpha-admin", "not-the-password"), Map.of(), false, false));
        callers.add(new Caller("no credentials", null, Map.of(), false, false));
        return callers;
    }

    private void check(Endpoint endpoint, Need need, Caller caller, String project, List<String> failures) throws Exception {
        prepare(endpoint, project);
        if (!caller.authenticated()) {
            server.clearLoginFailures(); // wrong passwords on purpose; the throttle has its own test
        }
        String path = endpoint.path().replace("{project}", project == null ? "" : project).replace("{p}", project == null ? "" : project)
                .replace("{element}", project == null ? "" : elementOf.getOrDefault(project, "x"))
                .replace("{revision}", "1").replace("{user}", BYSTANDER);
        Answer answer = send(endpoint, path, caller, project);
        if (endpoint.toString().equals("POST projects") && answer.status() == 201) {
            createdBy.computeIfAbsent(caller.label(), k -> new HashSet<>()).add(answer.json().get("id").asText());
        }
        String cell = caller.label() + " → " + endpoint + (project == null ? "" : " on " + project) + ": ";

        int expected;
        if (need == Need.PUBLIC) {
            expected = AccessMatrix.success(endpoint.toString());
        } else if (!caller.authenticated()) {
            expected = 401;
        } else if (need == Need.USER) {
            expected = AccessMatrix.success(endpoint.toString());
        } else if (need == Need.SERVER_ADMIN) {
            expected = caller.serverAdmin() ? AccessMatrix.success(endpoint.toString()) : 403;
        } else {
            Role role = caller.roles().get(project);
            expected = role == null ? 404 : role.grants(need.role()) ? AccessMatrix.success(endpoint.toString()) : 403;
        }
        boolean statusOk = answer.status() == expected
                || expected == 200 && endpoint.method().equals("PUT") && answer.status() == 201;
        if (!statusOk) {
            failures.add(cell + "expected " + expected + ", got " + answer);
            return;
        }
        if (expected == 404 && !("{\"error\":\"not_found\",\"message\":\"no project '" + project + "'\"}").equals(answer.body())) {
            failures.add(cell + "a non-member must get exactly what a missing project gets, got " + answer.body());
        }
        if (expected == 401 && !"unauthorized".equals(answer.json().path("error").asText())) {
            failures.add(cell + "401 without the JSON error: " + answer.body());
        }
        // Another project's data is never in an answer.
        for (String other : List.of(ALPHA, BETA)) {
            if (!other.equals(project) && !caller.roles().containsKey(other)
                    && (answer.body().contains(elementOf.get(other)) || answer.body().contains("Secret of " + other))) {
                failures.add(cell + "the answer shows project " + other + "'s data: " + answer);
            }
        }
    }

    /** State a cell needs: the bystander is a member where a cell removes or reads them. */
    private void prepare(Endpoint endpoint, String project) {
        if (project != null && !GHOST.equals(project) && endpoint.path().endsWith("members/{user}")) {
            Answer put = server.client.put("projects/" + project + "/members/" + BYSTANDER, bearer(adminOf.get(project)),
                    json("role", "viewer"));
            assertTrue(put.status() == 200 || put.status() == 201, put.toString());
        }
    }

    private Answer send(Endpoint endpoint, String path, Caller caller, String project) {
        int n = unique.incrementAndGet();
        String auth = caller.authorization();
        return switch (endpoint.toString()) {
            case "POST login" -> server.client.post(path, auth, json("user", "alpha-admin", "password", PASSWORD));
            case "POST tokens" -> server.client.post(path, auth, json("name", "token-" + n));
            case "POST users" -> server.client.post(path, auth, json("user", "made-" + n, "password", PASSWORD));
            case "POST projects" -> server.client.post(path, auth, json("id", "made-" + n, "name", "Made " + n));
            case "POST projects/{project}/commits" -> server.client.post(path, auth, ProtocolJson.write(
                    Ops.ops().process(Ops.id(), elementOf.getOrDefault(project + ".domain", Ops.id()), "Process " + n).on(1)));
            case "POST projects/{project}/imports" -> server.client.send("POST", path + "?path=import-" + n + ".dovetail&message=m",
                    auth, "application/xml", BodyPublishers.ofString(minimalModel(n)));
            case "PUT projects/{project}/policy" -> server.client.put(path, auth, json("failOn", "never"));
            case "POST projects/{project}/waivers" -> server.client.post(path, auth,
                    json("rule", "some.rule", "element", elementOf.getOrDefault(project, "x"), "reason", "accepted risk " + n));
            case "POST projects/{project}/baselines" -> server.client.post(path, auth, json("name", "baseline-" + n, "revision", 1));
            case "PUT projects/{p}/members/{user}" -> server.client.put(path, auth, json("role", "viewer"));
            case "DELETE tokens/{id}" -> server.client.send("DELETE", "tokens/" + ownNewToken(auth, n), auth, null);
            default -> server.client.send(endpoint.method(), path, auth, endpoint.method().equals("GET")
                    || endpoint.method().equals("DELETE") ? null : "{}");
        };
    }

    /** The id of a fresh API token of the caller (0 when the caller cannot make one: the DELETE then answers 401). */
    private long ownNewToken(String auth, int n) {
        Answer created = server.client.post("tokens", auth, json("name", "revoke-" + n));
        if (created.status() != 201) {
            return 0;
        }
        for (var token : server.client.get("tokens", auth).json()) {
            if (token.get("name").asText().equals("revoke-" + n)) {
                return token.get("id").asLong();
            }
        }
        throw new AssertionError("the new token is not listed");
    }

    /** A model file with one fresh root, as the workbench saves it. */
    private static String minimalModel(int n) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dovetail:DovetailModel xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:dovetail=\"http://www.dovetail.org/model/1.0\" id=\""
                + UUID.randomUUID() + "\" name=\"Imported " + n + "\"/>\n";
    }

    /** GET /projects lists exactly the caller's projects (those it was given a role in, and those it created). */
    private void checkProjectLists(List<Caller> callers) {
        for (Caller caller : callers) {
            if (!caller.authenticated()) {
                continue;
            }
            Answer answer = server.client.get("projects", caller.authorization());
            assertEquals(200, answer.status(), answer.toString());
            Set<String> listed = new HashSet<>();
            answer.json().forEach(p -> listed.add(p.get("id").asText()));
            Set<String> expected = new HashSet<>(caller.roles().keySet());
            expected.addAll(createdBy.getOrDefault(caller.label(), Set.of()));
            assertEquals(expected, listed, caller.label());
        }
    }

    private static void ok(Answer answer) {
        assertTrue(answer.status() / 100 == 2, answer.toString());
    }
}
