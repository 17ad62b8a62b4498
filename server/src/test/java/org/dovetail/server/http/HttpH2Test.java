package org.dovetail.server.http;

/** The HTTP contract on the embedded H2 file database. */
class HttpH2Test extends HttpContract {

    @Override
    String jdbcUrl() {
        return null;
    }
}
