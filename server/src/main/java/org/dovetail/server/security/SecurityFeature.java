package org.dovetail.server.security;

import java.util.Objects;

import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

import org.dovetail.server.ops.ServerMetrics;

/**
 * Everything of the security and operations layer in one JAX-RS feature: authentication (Basic and Bearer) in front of
 * every endpoint but {@code GET /health} and {@code POST /login}; the login, token, user, project-list and membership
 * endpoints; the audit log; body-size limits and JSON errors for malformed input; {@code /metrics}, {@code /openapi.json}
 * and one JSON log line per request. The server registers it once:
 *
 * <pre>
 * SecurityFeature security = new SecurityFeature(settings, entityManagerFactory, projectCatalog);
 * resourceConfig.register(security);
 * // services: security.projectAccess(), security.auditLog(), security.metrics()
 * </pre>
 *
 * Its entities belong to the server's persistence unit; its tables come from migrations V50–V99.
 */
public final class SecurityFeature implements Feature {

    private final SecuritySettings settings;
    private final EntityManagerFactory entityManagerFactory;
    private final ProjectCatalog projects;

    public SecurityFeature(SecuritySettings settings, EntityManagerFactory entityManagerFactory, ProjectCatalog projects) {
        this.settings = Objects.requireNonNull(settings);
        this.entityManagerFactory = Objects.requireNonNull(entityManagerFactory);
        this.projects = Objects.requireNonNull(projects);
    }

    /** Project authorisation for the repository's resources. */
    public ProjectAccess projectAccess() {
        throw new UnsupportedOperationException("in progress");
    }

    /** The audit log for the repository's write services. */
    public AuditLog auditLog() {
        throw new UnsupportedOperationException("in progress");
    }

    /** Repository counters for {@code /metrics}. */
    public ServerMetrics metrics() {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * Creates the server admin {@code user} with {@code password} unless a user of that name exists (an existing
     * password is never reset this way). Called at start-up from {@code --admin-password-file} or the environment.
     *
     * @return whether the user was created
     */
    public boolean ensureServerAdmin(String user, char[] password) {
        throw new UnsupportedOperationException("in progress");
    }

    @Override
    public boolean configure(FeatureContext context) {
        return true;
    }
}
