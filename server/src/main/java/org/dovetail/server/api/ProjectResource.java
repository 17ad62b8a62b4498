package org.dovetail.server.api;

import java.util.List;

import org.dovetail.server.ServerContext;
import org.dovetail.server.security.Caller;
import org.dovetail.server.security.Role;
import org.dovetail.server.service.CommitService;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.CommitResult;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.protocol.Snapshot;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The repository of one project: commits, changes, snapshots, imports and history. Thin: each method checks the
 * caller's role and hands over to a service.
 */
@Path("projects/{project}")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectResource {

    private final ServerContext context;

    public ProjectResource(ServerContext context) {
        this.context = context;
    }

    @POST
    @Path("commits")
    @Consumes(MediaType.WILDCARD)
    public Response commit(@PathParam("project") String project, @Context SecurityContext security, byte[] body) {
        Caller caller = Caller.of(security);
        CommitService.Rights rights = commitRights(caller, project);
        ChangeSet changes = ProtocolJson.read(body, ChangeSet.class);
        CommitResult result = context.commits().commit(caller, project, changes, rights);
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Path("changes")
    public ChangesPage changes(@PathParam("project") String project, @QueryParam("since") @DefaultValue("0") long since,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext security) {
        require(security, project, Role.VIEWER);
        return context.reads().changes(project, since, limit);
    }

    @GET
    @Path("snapshot")
    public Snapshot snapshot(@PathParam("project") String project, @QueryParam("revision") Long revision,
            @Context SecurityContext security) {
        require(security, project, Role.VIEWER);
        return context.reads().snapshot(project, revision);
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    public Response importModel(@PathParam("project") String project, @QueryParam("message") String message,
            @QueryParam("path") String path, @Context SecurityContext security, byte[] body) {
        Caller caller = require(security, project, Role.ARCHITECT);
        CommitResult result = context.imports().importModel(caller, project, path, message, body, commitRights(caller, project));
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Path("history")
    public List<RevisionSummary> history(@PathParam("project") String project, @QueryParam("offset") @DefaultValue("0") long offset,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context SecurityContext security) {
        require(security, project, Role.VIEWER);
        return context.reads().history(project, offset, limit);
    }

    @GET
    @Path("elements/{element}/history")
    public List<Revision> elementHistory(@PathParam("project") String project, @PathParam("element") String element,
            @QueryParam("offset") @DefaultValue("0") long offset, @QueryParam("limit") @DefaultValue("50") int limit,
            @Context SecurityContext security) {
        require(security, project, Role.VIEWER);
        return context.reads().elementHistory(project, element, offset, limit);
    }

    /**
     * Architects commit the model, governance members waivers only (the Waive action), admins both; a viewer gets the
     * usual 403 naming the architect role.
     */
    private CommitService.Rights commitRights(Caller caller, String project) {
        Role role = context.access().require(caller, project, Role.VIEWER);
        if (!role.grants(Role.ARCHITECT) && !role.grants(Role.GOVERNANCE)) {
            context.access().require(caller, project, Role.ARCHITECT);
        }
        return new CommitService.Rights(role.grants(Role.ARCHITECT), role.grants(Role.GOVERNANCE));
    }

    private Caller require(SecurityContext security, String project, Role role) {
        Caller caller = Caller.of(security);
        context.access().require(caller, project, role);
        return caller;
    }
}
