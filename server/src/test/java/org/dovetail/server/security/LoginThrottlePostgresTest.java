package org.dovetail.server.security;

import org.dovetail.server.testing.PostgresCluster;
import org.dovetail.server.testing.PostgresExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login throttle on a real PostgreSQL shared by two server instances (fails if PostgreSQL cannot start). */
@ExtendWith(PostgresExtension.class)
class LoginThrottlePostgresTest extends LoginThrottleContract {

    private final PostgresCluster cluster;

    LoginThrottlePostgresTest(PostgresCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    String jdbcUrl() {
        return cluster.newDatabase();
    }
}
