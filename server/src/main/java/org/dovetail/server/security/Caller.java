package org.dovetail.server.security;

import java.security.Principal;

import jakarta.ws.rs.core.SecurityContext;

/**
 * The authenticated user of a request, as {@link SecurityContext#getUserPrincipal()} gives it to every resource.
 *
 * @param userId      the user's database id
 * @param name        the login name (also the author name of commits)
 * @param serverAdmin whether the user administers the server (creates users); this grants nothing inside projects
 */
public record Caller(long userId, String name, boolean serverAdmin) implements Principal {

    @Override
    public String getName() {
        return name;
    }

    /**
     * The caller of the request behind {@code context}. The authentication filter rejects every unauthenticated request
     * to a non-public endpoint before it reaches a resource, so this fails only if it is called from a public one.
     */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no authenticated caller: the endpoint is not behind the authentication filter");
    }
}
