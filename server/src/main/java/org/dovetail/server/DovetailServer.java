package org.dovetail.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.dovetail.server.api.DovetailApi;
import org.dovetail.server.db.Database;
import org.dovetail.server.governance.GateRules;
import org.dovetail.server.model.ModelCache;
import org.dovetail.server.security.SecurityFeature;
import org.dovetail.server.security.SecuritySettings;
import org.dovetail.server.service.CommitService;
import org.dovetail.server.service.GovernanceService;
import org.dovetail.server.service.ImportService;
import org.dovetail.server.service.ProjectCatalogAdapter;
import org.dovetail.server.service.ProjectService;
import org.dovetail.server.service.ReadService;
import org.dovetail.server.store.RepositoryStore;
import org.dovetail.server.store.jpa.JpaRepositoryStore;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The Dovetail repository server: Jetty 12 (ee10 servlets) serving the Jersey application {@link DovetailApi} under
 * {@code /api/v1}, on a database migrated by Flyway (H2 in the data folder by default, PostgreSQL by JDBC URL).
 * Stateless: every piece of state lives in the database, so several instances may serve one PostgreSQL.
 *
 * <pre>{@code
 * DovetailServer server = DovetailServer.start(ServerConfig.builder(dataDir).port(0).build());
 * URI api = server.apiUri();   // http://127.0.0.1:<port>/api/v1/
 * server.stop();
 * }</pre>
 */
public final class DovetailServer implements AutoCloseable {

    /** The path prefix of the API. */
    public static final String API_PATH = "/api/v1";

    private final ServerContext context;
    private final Server jetty;

    private DovetailServer(ServerContext context, Server jetty) {
        this.context = context;
        this.jetty = jetty;
    }

    /** Opens the database (migrating it), then listens; fails if either cannot be done. */
    public static DovetailServer start(ServerConfig config) throws Exception {
        Files.createDirectories(config.dataDir());
        Database database = Database.open(config);
        try {
            ServerContext context = assemble(config, database);

            Server jetty = new Server();
            ServerConnector connector = new ServerConnector(jetty);
            connector.setHost(config.host());
            connector.setPort(config.port());
            jetty.addConnector(connector);

            ServletContextHandler servlets = new ServletContextHandler();
            servlets.setContextPath("/");
            servlets.addServlet(new ServletHolder("api", new ServletContainer(new DovetailApi(context))), API_PATH + "/*");
            // Bodies over config.maxBodyBytes() are refused by the security feature's BodyLimitFilter: 413 with a JSON error,
            // at once for a Content-Length over it, while reading for chunked bodies.
            jetty.setHandler(servlets);
            jetty.setStopAtShutdown(false);
            jetty.start();
            return new DovetailServer(context, jetty);
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    /** Store, rules, model cache, services and security, wired. */
    private static ServerContext assemble(ServerConfig config, Database database) {
        RepositoryStore store = new JpaRepositoryStore(database);
        GateRules rules = GateRules.load(config.rulesDir());
        ModelCache models = new ModelCache(store, project -> rules.newEngine(), config.cachedModels());
        ProjectService projects = new ProjectService(store);
        Clock clock = config.clock();
        SecurityFeature security = new SecurityFeature(SecuritySettings.defaults().withMaxBodyBytes(config.maxBodyBytes()),
                database.entityManagerFactory(), new ProjectCatalogAdapter(projects), clock);
        security.watchDatabaseFiles(database::h2Files); // none on PostgreSQL
        SecurityBridge bridge = new SecurityBridge(security);
        CommitService commits = new CommitService(store, models, bridge, bridge, clock);
        return new ServerContext(config, database, store, rules, models, projects, commits, new ReadService(store, projects),
                new GovernanceService(store, projects, bridge, clock), new ImportService(commits), security);
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    /** {@code http://<host>:<port>/api/v1/}. */
    public URI apiUri() {
        String host = context.config().host();
        String reachable = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
        return URI.create("http://" + reachable + ":" + port() + API_PATH + "/");
    }

    public ServerContext context() {
        return context;
    }

    public Path dataDir() {
        return context.config().dataDir();
    }

    /** Waits until the server stops (for the command line). */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops listening, then closes the database. */
    public void stop() throws Exception {
        try {
            jetty.stop();
        } finally {
            try {
                context.models().clear();
                context.rules().close();
            } finally {
                context.database().close();
            }
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
