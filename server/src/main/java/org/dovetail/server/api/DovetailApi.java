package org.dovetail.server.api;

import org.dovetail.server.ServerContext;
import org.dovetail.sync.protocol.ProtocolJson;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

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

        register(new Resources(context));

        // Security (server-security): authentication, users, tokens, members, GET/POST /projects, audit, metrics.
        register(context.security());
    }

    /**
     * The repository's resource instances, registered through a feature: registered on the {@link ResourceConfig}
     * itself, Jersey 3 serves them but warns at start-up that each "will be ignored" (it checks instances there as
     * providers, eclipse-ee4j/jersey#3700); a feature's instances are checked as resources.
     */
    private static final class Resources implements Feature {
        private final ServerContext context;

        Resources(ServerContext context) {
            this.context = context;
        }

        @Override
        public boolean configure(FeatureContext features) {
            features.register(new HealthResource(context.database()));
            features.register(new ProjectResource(context));
            features.register(new GovernanceResource(context));
            return true;
        }
    }
}
