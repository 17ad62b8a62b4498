package org.dovetail.server.api;

import java.util.List;
import java.util.Map;

import org.dovetail.server.ServerContext;
import org.dovetail.server.security.Caller;
import org.dovetail.server.security.Role;
import org.dovetail.server.service.FindingsPage;
import org.dovetail.server.store.BaselineRecord;
import org.dovetail.server.store.FindingRow;
import org.dovetail.server.store.WaiverRecord;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The governance side of a project: stored findings, the gate's policy, waivers and baselines. */
@Path("projects/{project}")
@Produces(MediaType.APPLICATION_JSON)
public final class GovernanceResource {

    /** Body of {@code PUT /policy}. */
    public record PolicyBody(String failOn) {
    }

    /** Body of {@code POST /waivers}. */
    public record WaiverBody(String rule, String element, String reason, String until) {
    }

    /** Body of {@code POST /baselines}. */
    public record BaselineBody(String name, Long revision) {
    }

    /** A waiver on the wire. */
    public record WaiverView(String id, String rule, String element, String reason, String until, String grantedBy, String grantedAt) {
        static WaiverView of(WaiverRecord w) {
            return new WaiverView(w.id(), w.ruleId(), w.elementId(), w.reason(), w.until() == null ? null : w.until().toString(), w.grantedBy(),
                    w.grantedAt().toString());
        }
    }

    /** A baseline on the wire. */
    public record BaselineView(String name, long revision, String createdBy, String createdAt) {
        static BaselineView of(BaselineRecord b) {
            return new BaselineView(b.name(), b.revision(), b.createdBy(), b.createdAt().toString());
        }
    }

    private final ServerContext context;

    public GovernanceResource(ServerContext context) {
        this.context = context;
    }

    /**
     * A page of the findings that held at a revision, in (rule, element) order; the next page continues after the
     * page's {@code next} key ({@code afterRule}, {@code afterElement}).
     */
    @GET
    @Path("revisions/{revision}/findings")
    public FindingsPage findings(@PathParam("project") String project, @PathParam("revision") long revision,
            @QueryParam("severity") String minSeverity, @QueryParam("rule") String rule, @QueryParam("element") String element,
            @QueryParam("afterRule") String afterRule, @QueryParam("afterElement") String afterElement,
            @QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext security) {
        require(security, project, Role.VIEWER);
        if ((afterRule == null) != (afterElement == null)) {
            throw ApiException.badRequest("afterRule and afterElement go together (the next key of the previous page)");
        }
        FindingRow.Key after = afterRule == null ? null : new FindingRow.Key(afterRule, afterElement);
        return context.reads().findings(project, revision, minSeverity, rule, element, after, limit);
    }

    @GET
    @Path("policy")
    public Map<String, String> policy(@PathParam("project") String project, @Context SecurityContext security) {
        require(security, project, Role.VIEWER);
        return Map.of("failOn", context.governance().policy(project).wireName());
    }

    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> setPolicy(@PathParam("project") String project, @Context SecurityContext security, PolicyBody body) {
        Caller caller = require(security, project, Role.GOVERNANCE);
        if (body == null) {
            throw ApiException.badRequest("missing body {\"failOn\": \"error|warning|never\"}");
        }
        return Map.of("failOn", context.governance().setPolicy(caller, project, body.failOn()).wireName());
    }

    @POST
    @Path("waivers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addWaiver(@PathParam("project") String project, @Context SecurityContext security, WaiverBody body) {
        Caller caller = require(security, project, Role.GOVERNANCE);
        if (body == null) {
            throw ApiException.badRequest("missing body {rule, element, reason, until}");
        }
        WaiverRecord waiver = context.governance().addWaiver(caller, project, body.rule(), body.element(), body.reason(), body.until());
        return Response.status(Response.Status.CREATED).entity(WaiverView.of(waiver)).build();
    }

    @GET
    @Path("waivers")
    public List<WaiverView> waivers(@PathParam("project") String project, @Context SecurityContext security) {
        require(security, project, Role.VIEWER);
        return context.governance().waivers(project).stream().map(WaiverView::of).toList();
    }

    @POST
    @Path("baselines")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addBaseline(@PathParam("project") String project, @Context SecurityContext security, BaselineBody body) {
        Caller caller = require(security, project, Role.GOVERNANCE);
        if (body == null) {
            throw ApiException.badRequest("missing body {name, revision}");
        }
        BaselineRecord baseline = context.governance().addBaseline(caller, project, body.name(), body.revision());
        return Response.status(Response.Status.CREATED).entity(BaselineView.of(baseline)).build();
    }

    @GET
    @Path("baselines")
    public List<BaselineView> baselines(@PathParam("project") String project, @Context SecurityContext security) {
        require(security, project, Role.VIEWER);
        return context.governance().baselines(project).stream().map(BaselineView::of).toList();
    }

    private Caller require(SecurityContext security, String project, Role role) {
        Caller caller = Caller.of(security);
        context.access().require(caller, project, role);
        return caller;
    }
}
