package org.dovetail.server.service;

import org.dovetail.server.testing.PostgresCluster;
import org.dovetail.server.testing.PostgresExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The repository contract on a real PostgreSQL (started by the test harness; fails if it cannot start). */
@ExtendWith(PostgresExtension.class)
class RepositoryPostgresTest extends RepositoryContract {

    private final String url;

    /** A fresh database per test (the base class' set-up runs before any of this class' methods). */
    RepositoryPostgresTest(PostgresCluster cluster) {
        url = cluster.newDatabase();
    }

    @Override
    String jdbcUrl() {
        return url;
    }
}
