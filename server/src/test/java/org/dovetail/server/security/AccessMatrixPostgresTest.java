package org.dovetail.server.security;

import org.dovetail.server.testing.PostgresCluster;
import org.dovetail.server.testing.PostgresExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The access matrix on a real PostgreSQL (fails if PostgreSQL cannot start). */
@ExtendWith(PostgresExtension.class)
class AccessMatrixPostgresTest extends AccessMatrixContract {

    private final PostgresCluster cluster;

    AccessMatrixPostgresTest(PostgresCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    String jdbcUrl() {
        return cluster.newDatabase();
    }
}
