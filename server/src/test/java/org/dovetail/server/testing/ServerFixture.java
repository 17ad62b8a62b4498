package org.dovetail.server.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.dovetail.server.DovetailServer;
import org.dovetail.server.ServerConfig;

/**
 * A server started in-process on port 0 (H2 in a data folder, or the given JDBC URL) with a server admin, and helpers
 * to make real users, projects and memberships through the API.
 */
public final class ServerFixture implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "correct horse battery staple";

    public final DovetailServer server;

    private ServerFixture(DovetailServer server) {
        this.server = server;
    }

    public static ServerFixture start(Path data, String jdbcUrl) throws Exception {
        DovetailServer server = DovetailServer.start(ServerConfig.builder(data).port(0).jdbcUrl(jdbcUrl).build());
        server.context().security().ensureServerAdmin(ADMIN, PASSWORD.toCharArray());
        return new ServerFixture(server);
    }

    public URI api() {
        return server.apiUri();
    }

    public ApiClient admin() {
        return ApiClient.login(api(), ADMIN, PASSWORD);
    }

    /** Creates {@code name} (server admin's right) and logs it in. */
    public ApiClient newUser(String name) {
        ApiClient.ok(admin().post("users", Map.of("user", name, "password", PASSWORD)));
        return ApiClient.login(api(), name, PASSWORD);
    }

    /** Creates a project as {@code owner}, who becomes its admin. */
    public static void newProject(ApiClient owner, String id) {
        ApiClient.ok(owner.post("projects", Map.of("id", id, "name", "Project " + id)));
    }

    /** Gives {@code user} a role in {@code project} (as the project's admin {@code owner}). */
    public static void member(ApiClient owner, String project, String user, String role) {
        ApiClient.ok(owner.put("projects/" + project + "/members/" + user, Map.of("role", role)));
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
