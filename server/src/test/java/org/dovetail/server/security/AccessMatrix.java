package org.dovetail.server.security;

import java.util.Map;
import java.util.TreeMap;

/**
 * What every endpoint needs, as docs/sync-protocol.md's table says, and what it answers on success. A served endpoint
 * missing here fails the matrix test, so a new endpoint cannot go unclassified.
 */
final class AccessMatrix {

    private AccessMatrix() {
    }

    /** Who may call an endpoint. */
    enum Need {
        PUBLIC(null), USER(null), SERVER_ADMIN(null),
        VIEWER(Role.VIEWER), ARCHITECT(Role.ARCHITECT), GOVERNANCE(Role.GOVERNANCE), ADMIN(Role.ADMIN);

        private final Role role;

        Need(Role role) {
            this.role = role;
        }

        Role role() {
            return role;
        }

        boolean projectScoped() {
            return role != null;
        }
    }

    static final Map<String, Need> NEEDS = new TreeMap<>();
    private static final Map<String, Integer> SUCCESS = new TreeMap<>();

    private static void endpoint(String endpoint, Need need, int success) {
        NEEDS.put(endpoint, need);
        SUCCESS.put(endpoint, success);
    }

    static {
        endpoint("GET health", Need.PUBLIC, 200);
        endpoint("POST login", Need.PUBLIC, 200);
        endpoint("GET openapi.json", Need.USER, 200);
        endpoint("GET metrics", Need.USER, 200);
        endpoint("POST tokens", Need.USER, 201);
        endpoint("GET tokens", Need.USER, 200);
        endpoint("DELETE tokens/{id}", Need.USER, 204);
        endpoint("GET projects", Need.USER, 200);
        endpoint("POST projects", Need.USER, 201);
        endpoint("POST users", Need.SERVER_ADMIN, 201);

        endpoint("POST projects/{project}/commits", Need.ARCHITECT, 201);
        endpoint("POST projects/{project}/imports", Need.ARCHITECT, 201);
        endpoint("GET projects/{project}/changes", Need.VIEWER, 200);
        endpoint("GET projects/{project}/snapshot", Need.VIEWER, 200);
        endpoint("GET projects/{project}/history", Need.VIEWER, 200);
        endpoint("GET projects/{project}/elements/{element}/history", Need.VIEWER, 200);
        endpoint("GET projects/{project}/revisions/{revision}/findings", Need.VIEWER, 200);
        endpoint("GET projects/{project}/policy", Need.VIEWER, 200);
        endpoint("PUT projects/{project}/policy", Need.GOVERNANCE, 200);
        endpoint("GET projects/{project}/waivers", Need.VIEWER, 200);
        endpoint("POST projects/{project}/waivers", Need.GOVERNANCE, 201);
        endpoint("GET projects/{project}/baselines", Need.VIEWER, 200);
        endpoint("POST projects/{project}/baselines", Need.GOVERNANCE, 201);
        endpoint("GET projects/{p}/members", Need.VIEWER, 200);
        endpoint("GET projects/{p}/members/{user}", Need.VIEWER, 200);
        endpoint("PUT projects/{p}/members/{user}", Need.ADMIN, 200);
        endpoint("DELETE projects/{p}/members/{user}", Need.ADMIN, 204);
        endpoint("GET projects/{p}/audit", Need.ADMIN, 200);
        endpoint("GET projects/{p}/me", Need.VIEWER, 200);
    }

    static int success(String endpoint) {
        return SUCCESS.get(endpoint);
    }
}
