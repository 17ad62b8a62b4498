package org.dovetail.server.service;

import org.dovetail.server.testing.PostgresCluster;
import org.dovetail.server.testing.PostgresExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** A revision's row delta in many chunks on a real PostgreSQL (started by the test harness; fails if it cannot start). */
@ExtendWith(PostgresExtension.class)
class BigRevisionPostgresTest extends BigRevisionContract {

    private final PostgresCluster cluster;

    BigRevisionPostgresTest(PostgresCluster cluster) {
        this.cluster = cluster;
    }

    /** A fresh database for each repository of the test. */
    @Override
    String jdbcUrl() {
        return cluster.newDatabase();
    }
}
