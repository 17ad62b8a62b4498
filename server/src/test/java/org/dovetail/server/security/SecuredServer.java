package org.dovetail.server.security;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.server.DovetailServer;
import org.dovetail.server.ServerConfig;

/** A server under test, started in-process on port 0, with its first server admin. */
final class SecuredServer implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-password-1";

    private final DovetailServer server;
    private final String jdbcUrl;
    final ApiClient client;

    private SecuredServer(DovetailServer server, String jdbcUrl) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
        this.client = new ApiClient(server.apiUri());
    }

    /**
     * A server with its data in {@code dir} on the database at {@code jdbcUrl} ({@code null}: H2 in {@code dir}); a
     * second instance on the same database shares all state.
     */
    static SecuredServer start(Path dir, String jdbcUrl) throws Exception {
        return start(ServerConfig.builder(dir).port(0).jdbcUrl(jdbcUrl));
    }

    static SecuredServer start(ServerConfig.Builder config) throws Exception {
        DovetailServer server = DovetailServer.start(config.build());
        SecuredServer started = new SecuredServer(server, server.context().config().jdbcUrl());
        started.security().ensureServerAdmin(ADMIN, ADMIN_PASSWORD.toCharArray());
        return started;
    }

    SecurityFeature security() {
        return server.context().security();
    }

    DovetailServer server() {
        return server;
    }

    URI apiUri() {
        return server.apiUri();
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Rows of a query straight on the database (to check what is stored at rest). */
    List<List<Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.add(r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            int updated = s.executeUpdate();
            c.commit();
            return updated;
        }
    }

    /** A connection of the server's own pool (auto-commit off). */
    private Connection connection() throws SQLException {
        return server.context().database().dataSource().getConnection();
    }

    /** Forgets all failed logins, so that a test that sends wrong passwords on purpose is not slowed down. */
    void clearLoginFailures() throws SQLException {
        update("DELETE FROM dt_login_failure");
    }

    /** Creates a user through the API (as the server admin) and logs them in; returns their session token. */
    String createUser(String name, String password) {
        ApiClient.Answer created = client.post("users", ApiClient.basic(ADMIN, ADMIN_PASSWORD),
                ApiClient.json("user", name, "password", password));
        if (created.status() != 201) {
            throw new AssertionError("creating " + name + ": " + created);
        }
        return login(name, password);
    }

    String login(String name, String password) {
        ApiClient.Answer login = client.post("login", null, ApiClient.json("user", name, "password", password));
        if (login.status() != 200) {
            throw new AssertionError("login of " + name + ": " + login);
        }
        return login.json().get("token").asText();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
