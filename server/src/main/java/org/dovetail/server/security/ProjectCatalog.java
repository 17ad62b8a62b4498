package org.dovetail.server.security;

import java.util.Collection;
import java.util.Map;

/**
 * What the security layer needs from the repository's project service (implemented by server-core): {@code POST
 * /projects} creates the project here and then makes the creator its admin; {@code GET /projects} names the caller's.
 */
public interface ProjectCatalog {

    /**
     * Creates an empty project.
     *
     * @throws jakarta.ws.rs.WebApplicationException 409 when the id is taken, 400 when the id or name is not acceptable
     *                                                (JSON errors)
     */
    void create(String id, String name);

    /** The display names of those of {@code ids} that exist, by id. */
    Map<String, String> names(Collection<String> ids);

    /**
     * Creates an empty project with a description (blank: none); checks the description before anything is created.
     *
     * @throws jakarta.ws.rs.WebApplicationException as {@link #create(String, String)}, and 400 for a description too long
     */
    default void create(String id, String name, String description) {
        create(id, name);
    }

    /** The descriptions of those of {@code ids} that have one, by id. */
    default Map<String, String> descriptions(Collection<String> ids) {
        return Map.of();
    }
}
