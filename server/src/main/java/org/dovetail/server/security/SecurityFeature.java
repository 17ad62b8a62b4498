package org.dovetail.server.security;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

import org.dovetail.server.db.H2File;
import org.dovetail.server.ops.ServerMetrics;
import org.dovetail.server.ops.internal.BodyLimitFilter;
import org.dovetail.server.ops.internal.EndpointRegistry;
import org.dovetail.server.ops.internal.OpsResources;
import org.dovetail.server.ops.internal.PrometheusMetrics;
import org.dovetail.server.ops.internal.RequestObserver;
import org.dovetail.server.security.internal.AccountResources;
import org.dovetail.server.security.internal.Accounts;
import org.dovetail.server.security.internal.ApiAnswer;
import org.dovetail.server.security.internal.AuditFilter;
import org.dovetail.server.security.internal.AuthenticationFilter;
import org.dovetail.server.security.internal.JpaAuditLog;
import org.dovetail.server.security.internal.LoginThrottle;
import org.dovetail.server.security.internal.Memberships;
import org.dovetail.server.security.internal.PasswordLogin;
import org.dovetail.server.security.internal.ProjectResources;
import org.dovetail.server.security.internal.Secrets;
import org.dovetail.server.security.internal.Tokens;
import org.dovetail.server.security.internal.Transactions;

/**
 * Everything of the security and operations layer in one JAX-RS feature: authentication (Basic and Bearer) in front of
 * every endpoint but {@code GET /health} and {@code POST /login}; the login, token, user, project-list and membership
 * endpoints; the audit log; body-size limits and JSON errors for malformed input; {@code /metrics}, {@code /openapi.json}
 * and one JSON log line per request. The server registers it once:
 *
 * <pre>
 * SecurityFeature security = new SecurityFeature(settings, entityManagerFactory, projectCatalog, clock);
 * resourceConfig.register(security);
 * // services: security.projectAccess(), security.auditLog(), security.metrics()
 * </pre>
 *
 * Its entities belong to the server's persistence unit; its tables come from migrations V50–V99.
 */
public final class SecurityFeature implements Feature {

    /** Where the API is served; the request log and the OpenAPI description name paths with it. */
    public static final String API_PREFIX = "/api/v1";

    private final SecuritySettings settings;
    private final ProjectCatalog projects;
    private final JpaAuditLog audit;
    private final Accounts accounts;
    private final Tokens tokens;
    private final PasswordLogin passwords;
    private final Memberships memberships;
    private final PrometheusMetrics metrics = new PrometheusMetrics();
    private final EndpointRegistry endpoints = new EndpointRegistry();

    public SecurityFeature(SecuritySettings settings, EntityManagerFactory entityManagerFactory, ProjectCatalog projects,
            Clock clock) {
        this.settings = Objects.requireNonNull(settings);
        this.projects = Objects.requireNonNull(projects);
        Transactions transactions = new Transactions(Objects.requireNonNull(entityManagerFactory));
        Objects.requireNonNull(clock);
        Secrets secrets = new Secrets(settings.passwordHashMemoryKiB(), settings.passwordHashIterations());
        this.audit = new JpaAuditLog(transactions, clock);
        this.accounts = new Accounts(transactions, secrets, audit, clock);
        this.tokens = new Tokens(transactions, secrets, audit, clock, settings.sessionLifetime());
        LoginThrottle throttle = new LoginThrottle(transactions, clock, settings.failuresBeforeDelay(), settings.firstDelay(),
                settings.maxDelay());
        this.passwords = new PasswordLogin(accounts, secrets, throttle);
        this.memberships = new Memberships(transactions, audit);
    }

    /** Project authorisation for the repository's resources. */
    public ProjectAccess projectAccess() {
        return memberships;
    }

    /** The audit log for the repository's write services. */
    public AuditLog auditLog() {
        return audit;
    }

    /** Also shows H2's files in {@code /metrics} (size, live share). */
    public void watchDatabaseFiles(Supplier<List<H2File>> files) {
        metrics.watchDatabaseFiles(files);
    }

    /** Repository counters for {@code /metrics}. */
    public ServerMetrics metrics() {
        return metrics;
    }

    /** The endpoints Jersey serves (known once the application has started). */
    public EndpointRegistry endpoints() {
        return endpoints;
    }

    /**
     * Creates the server admin {@code user} with {@code password} unless a user of that name exists (an existing
     * password is never reset this way). Called at start-up from {@code --admin-password-file} or the environment.
     *
     * @return whether the user was created
     */
    public boolean ensureServerAdmin(String user, char[] password) {
        return accounts.ensureServerAdmin(user, password);
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new RequestObserver(metrics, API_PREFIX));
        context.register(new AuthenticationFilter(tokens, passwords));
        context.register(new AuditFilter(audit));
        BodyLimitFilter bodyLimit = new BodyLimitFilter(settings.maxBodyBytes());
        context.register(bodyLimit);
        context.register(bodyLimit.new TooLargeAnswer());
        context.register(new ApiAnswer.Mapper());
        context.register(endpoints);

        context.register(new AccountResources.Login(passwords, tokens, audit));
        context.register(new AccountResources.ApiTokens(tokens));
        context.register(new AccountResources.Users(accounts));
        context.register(new ProjectResources.Projects(projects, memberships));
        context.register(new ProjectResources.Members(memberships));
        context.register(new ProjectResources.Me(memberships));
        context.register(new ProjectResources.Audit(memberships, audit));
        context.register(new OpsResources.Metrics(metrics));
        context.register(new OpsResources.OpenApi(endpoints, API_PREFIX));
        return true;
    }
}
