package org.dovetail.server;

import org.dovetail.server.db.Database;
import org.dovetail.server.service.ProjectService;
import org.dovetail.server.store.RepositoryStore;

/**
 * What a running server is made of, handed to the API layer (and to the security feature): configuration, database,
 * store and services. One per {@link DovetailServer}.
 *
 * @param config   how the server was started
 * @param database the connection pool, migrated schema and persistence unit
 * @param store    the repository store
 * @param projects the project service
 */
public record ServerContext(ServerConfig config, Database database, RepositoryStore store, ProjectService projects) {
}
