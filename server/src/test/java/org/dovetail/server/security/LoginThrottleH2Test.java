package org.dovetail.server.security;

/** The login throttle on H2 (two instances in one JVM share the database file). */
class LoginThrottleH2Test extends LoginThrottleContract {

    @Override
    String jdbcUrl() {
        return null;
    }
}
