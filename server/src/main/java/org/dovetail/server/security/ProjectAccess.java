package org.dovetail.server.security;

import java.util.Optional;

/**
 * Project-level authorisation; every resource that touches a project calls {@link #require} first.
 * The roles are in the database, so every server instance sees the same answer.
 */
public interface ProjectAccess {

    /**
     * The caller's role in {@code projectId}, if it is at least {@code required}.
     *
     * @throws jakarta.ws.rs.NotFoundException  (404, JSON error {@code not_found}) when the project does not exist or the
     *                                          caller is not a member of it: a non-member cannot tell the two apart
     * @throws jakarta.ws.rs.ForbiddenException (403, JSON error {@code forbidden}) when the caller is a member with a role
     *                                          that does not {@link Role#grants grant} {@code required}
     */
    Role require(Caller caller, String projectId, Role required);

    /** The caller's role in {@code projectId}; empty for a non-member or an unknown project. */
    Optional<Role> roleOf(Caller caller, String projectId);
}
