package org.dovetail.server.api;

import java.util.Map;

import org.dovetail.server.db.Database;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /health}: open to everyone; UP when the database answers (for load balancers and monitors). */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private final Database database;

    public HealthResource(Database database) {
        this.database = database;
    }

    @GET
    public Response health() {
        boolean up = database.isUp();
        return Response.status(up ? 200 : 503).entity(Map.of("status", up ? "UP" : "DOWN")).build();
    }
}
