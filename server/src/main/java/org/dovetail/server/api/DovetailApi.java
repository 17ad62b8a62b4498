package org.dovetail.server.api;

import org.dovetail.server.ServerContext;
import org.dovetail.sync.protocol.ProtocolJson;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/**
 * The one JAX-RS application of the server, under {@code /api/v1}: resources, JSON, error mapping and the security
 * feature. Resources are instances built here from the {@link ServerContext} (no container injection of services).
 */
public final class DovetailApi extends ResourceConfig {

    public DovetailApi(ServerContext context) {
        register(new JacksonJsonProvider(ProtocolJson.mapper()));
        register(ApiExceptionMapper.class);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);

        register(new HealthResource(context.database()));
        register(new ProjectResource(context));
        register(new GovernanceResource(context));

        // Security (server-security): authentication, users, tokens, members, GET/POST /projects, audit, metrics.
        register(context.security());
    }
}
