package org.dovetail.server.security;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.dovetail.server.ServerConfig;
import org.dovetail.server.api.ApiExceptionMapper;
import org.dovetail.server.api.HealthResource;
import org.dovetail.server.db.Database;
import org.dovetail.server.service.ProjectService;
import org.dovetail.server.store.ProjectRecord;
import org.dovetail.server.store.jpa.JpaRepositoryStore;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/** TEMP: server-core's database and project service with the security feature, until DovetailServer registers it. */
final class StandInServer implements AutoCloseable {

    final SecurityFeature security;
    final Database database;
    private final Server jetty;

    StandInServer(Path dataDir, String jdbcUrl, SecuritySettings settings) throws Exception {
        database = Database.open(ServerConfig.builder(dataDir).jdbcUrl(jdbcUrl).port(0).build());
        ProjectService projects = new ProjectService(new JpaRepositoryStore(database));
        ProjectCatalog catalog = new ProjectCatalog() {
            @Override
            public void create(String id, String name) {
                projects.create(id, name, null);
            }

            @Override
            public Map<String, String> names(Collection<String> ids) {
                return projects.list(ids).stream().collect(Collectors.toMap(ProjectRecord::id, ProjectRecord::name));
            }
        };
        security = new SecurityFeature(settings, database.entityManagerFactory(), catalog);
        ResourceConfig app = new ResourceConfig();
        app.register(new JacksonJsonProvider());
        app.register(ApiExceptionMapper.class);
        app.register(new HealthResource(database));
        app.register(security);
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler servlets = new ServletContextHandler();
        servlets.setContextPath("/");
        servlets.addServlet(new ServletHolder(new ServletContainer(app)), "/api/v1/*");
        jetty.setHandler(servlets);
        jetty.start();
    }

    URI apiUri() {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/api/v1/");
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
        database.close();
    }
}
