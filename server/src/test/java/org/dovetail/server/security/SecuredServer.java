package org.dovetail.server.security;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A server under test, started in-process on port 0, with its first server admin. */
final class SecuredServer implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-password-1";

    private final StandInServer server;
    private final String jdbcUrl;
    final ApiClient client;

    private SecuredServer(StandInServer server, String jdbcUrl) {
        this.server = server;
        this.jdbcUrl = jdbcUrl;
        this.client = new ApiClient(server.apiUri());
    }

    /** A server on a fresh database in {@code dir}. */
    static SecuredServer start(Path dir, SecuritySettings settings) throws Exception {
        return start(dir, jdbcUrl(dir), settings);
    }

    static String jdbcUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("db").toString().replace('\\', '/') + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    }

    /** A server on the database at {@code jdbcUrl} (a second instance on the same database shares all state). */
    static SecuredServer start(Path dir, String jdbcUrl, SecuritySettings settings) throws Exception {
        SecuredServer started = new SecuredServer(new StandInServer(dir, jdbcUrl, settings), jdbcUrl);
        started.security().ensureServerAdmin(ADMIN, ADMIN_PASSWORD.toCharArray());
        return started;
    }

    SecurityFeature security() {
        return server.security;
    }

    URI apiUri() {
        return server.apiUri();
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Rows of a query straight on the database (to check what is stored at rest). */
    List<List<Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement s = c.prepareStatement(sql)) {
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
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
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
