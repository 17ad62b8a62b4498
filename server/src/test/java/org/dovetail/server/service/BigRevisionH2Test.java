package org.dovetail.server.service;

/** A revision's row delta in many chunks on the embedded H2 file database. */
class BigRevisionH2Test extends BigRevisionContract {

    @Override
    String jdbcUrl() {
        return null;
    }
}
