package org.dovetail.server.security;

/** The access matrix on H2. */
class AccessMatrixH2Test extends AccessMatrixContract {

    @Override
    String jdbcUrl() {
        return null;
    }
}
