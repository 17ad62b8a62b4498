package org.dovetail.server;

import org.dovetail.server.db.Database;
import org.dovetail.server.governance.GateRules;
import org.dovetail.server.model.ModelCache;
import org.dovetail.server.security.ProjectAccess;
import org.dovetail.server.security.SecurityFeature;
import org.dovetail.server.service.CommitService;
import org.dovetail.server.service.GovernanceService;
import org.dovetail.server.service.ImportService;
import org.dovetail.server.service.ProjectService;
import org.dovetail.server.service.ReadService;
import org.dovetail.server.store.RepositoryStore;

/**
 * What a running server is made of, handed to the API layer: configuration, database, store, services and the
 * security feature. One per {@link DovetailServer}.
 */
public record ServerContext(ServerConfig config, Database database, RepositoryStore store, GateRules rules, ModelCache models,
        ProjectService projects, CommitService commits, ReadService reads, GovernanceService governance, ImportService imports,
        SecurityFeature security) {

    /** Project authorisation (from the security feature). */
    public ProjectAccess access() {
        return security.projectAccess();
    }
}
