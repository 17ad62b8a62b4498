package org.dovetail.server.service;

/** The repository contract on the embedded H2 file database. */
class RepositoryH2Test extends RepositoryContract {

    @Override
    String jdbcUrl() {
        return null;
    }
}
