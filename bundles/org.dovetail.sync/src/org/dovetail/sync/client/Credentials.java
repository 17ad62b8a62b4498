package org.dovetail.sync.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** How the client authenticates: a bearer token (session or API token) or HTTP Basic. Never printed. */
public sealed interface Credentials {

    /** The value of the {@code Authorization} header. */
    String header();

    record Bearer(String token) implements Credentials {
        public Bearer {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String header() {
            return "Bearer " + token;
        }

        @Override
        public String toString() {
            return "Bearer[***]";
        }
    }

    record Basic(String user, String password) implements Credentials {
        public Basic {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String header() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Basic[" + user + ", ***]";
        }
    }
}
