package org.dovetail.server.security.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.dovetail.server.security.Caller;
import org.dovetail.server.security.ProjectCatalog;
import org.dovetail.server.security.Role;

/** The caller's projects, project membership and the audit log: thin resources over the services. */
public final class ProjectResources {

    private ProjectResources() {
    }

    /** The body of {@code POST /projects} ({@code description} optional). */
    public record NewProject(String id, String name, String description) {
    }

    /** The body of {@code PUT /projects/{p}/members/{user}}. */
    public record RoleRequest(String role) {
    }

    /** {@code GET /projects} (the caller's, with their role) and {@code POST /projects} (the creator becomes admin). */
    @Path("projects")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Projects {
        private final ProjectCatalog catalog;
        private final Memberships memberships;

        public Projects(ProjectCatalog catalog, Memberships memberships) {
            this.catalog = catalog;
            this.memberships = memberships;
        }

        @GET
        public List<Map<String, Object>> list(@Context SecurityContext security) {
            Map<String, Role> mine = memberships.projectsOf(Caller.of(security));
            Map<String, String> names = mine.isEmpty() ? Map.of() : catalog.names(mine.keySet());
            Map<String, String> descriptions = mine.isEmpty() ? Map.of() : catalog.descriptions(mine.keySet());
            List<Map<String, Object>> projects = new ArrayList<>();
            mine.forEach((id, role) -> {
                if (names.containsKey(id)) {
                    projects.add(project(id, names.get(id), descriptions.get(id), role));
                }
            });
            return projects;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response create(NewProject body, @Context SecurityContext security) {
            if (body == null) {
                throw Errors.badRequest("the body must be {\"id\": …, \"name\": …}");
            }
            Caller caller = Caller.of(security);
            String id = Errors.requireText(body.id(), "id");
            String name = body.name() == null || body.name().isBlank() ? id : body.name();
            String description = body.description() == null || body.description().isBlank() ? null : body.description().strip();
            catalog.create(id, name, description);
            memberships.addCreator(caller, id);
            return Response.status(201).entity(project(id, name, description, Role.ADMIN)).build();
        }

        private static Map<String, Object> project(String id, String name, String description, Role role) {
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("id", id);
            project.put("name", name);
            if (description != null) {
                project.put("description", description);
            }
            project.put("role", role.wireName());
            return project;
        }
    }

    /**
     * {@code GET /projects/{p}/me} (any member): the caller's own role in the project and what it allows, so that a
     * client can offer only what the server will accept (e.g. waiving needs governance or admin).
     */
    @Path("projects/{p}/me")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Me {
        private final Memberships memberships;

        public Me(Memberships memberships) {
            this.memberships = memberships;
        }

        @GET
        public Map<String, Object> get(@PathParam("p") String projectId, @Context SecurityContext security) {
            Caller caller = Caller.of(security);
            Role role = memberships.require(caller, projectId, Role.VIEWER);
            Map<String, Object> me = new LinkedHashMap<>();
            me.put("project", projectId);
            me.put("user", caller.name());
            me.put("role", role.wireName());
            me.put("serverAdmin", caller.serverAdmin());
            me.put("canWrite", role.grants(Role.ARCHITECT));
            me.put("canGovern", role.grants(Role.GOVERNANCE));
            me.put("canAdminister", role.grants(Role.ADMIN));
            return me;
        }
    }

    /** {@code GET /projects/{p}/members} (viewer), {@code PUT|DELETE /projects/{p}/members/{user}} (admin). */
    @Path("projects/{p}/members")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Members {
        private final Memberships memberships;

        public Members(Memberships memberships) {
            this.memberships = memberships;
        }

        @GET
        public List<Map<String, String>> list(@PathParam("p") String projectId, @Context SecurityContext security) {
            memberships.require(Caller.of(security), projectId, Role.VIEWER);
            List<Map<String, String>> members = new ArrayList<>();
            memberships.members(projectId).forEach((user, role) -> members.add(Map.of("user", user, "role", role.wireName())));
            return members;
        }

        @GET
        @Path("{user}")
        public Map<String, String> get(@PathParam("p") String projectId, @PathParam("user") String user,
                @Context SecurityContext security) {
            memberships.require(Caller.of(security), projectId, Role.VIEWER);
            Role role = memberships.members(projectId).get(user);
            if (role == null) {
                throw Errors.notFound("'" + user + "' is not a member of project '" + projectId + "'");
            }
            return Map.of("user", user, "role", role.wireName());
        }

        @PUT
        @Path("{user}")
        @Consumes(MediaType.APPLICATION_JSON)
        public Response put(@PathParam("p") String projectId, @PathParam("user") String user, RoleRequest body,
                @Context SecurityContext security) {
            if (body == null) {
                throw Errors.badRequest("the body must be {\"role\": …}");
            }
            Role role;
            try {
                role = Role.fromWireName(Errors.requireText(body.role(), "role"));
            } catch (IllegalArgumentException e) {
                throw Errors.badRequest(e.getMessage());
            }
            boolean added = memberships.setRole(Caller.of(security), projectId, user, role);
            return Response.status(added ? 201 : 200).entity(Map.of("user", user, "role", role.wireName())).build();
        }

        @DELETE
        @Path("{user}")
        public Response delete(@PathParam("p") String projectId, @PathParam("user") String user,
                @Context SecurityContext security) {
            memberships.remove(Caller.of(security), projectId, user);
            return Response.noContent().build();
        }
    }

    /** {@code GET /projects/{p}/audit?offset&limit}: the project's audit log, newest first (admin). */
    @Path("projects/{p}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Audit {
        private static final int MAX_LIMIT = 1000;
        private final Memberships memberships;
        private final JpaAuditLog audit;

        public Audit(Memberships memberships, JpaAuditLog audit) {
            this.memberships = memberships;
            this.audit = audit;
        }

        @GET
        public Map<String, Object> page(@PathParam("p") String projectId, @QueryParam("offset") @DefaultValue("0") int offset,
                @QueryParam("limit") @DefaultValue("100") int limit, @Context SecurityContext security) {
            memberships.require(Caller.of(security), projectId, Role.ADMIN);
            if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
                throw Errors.badRequest("offset >= 0 and 1 <= limit <= " + MAX_LIMIT);
            }
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("offset", offset);
            page.put("limit", limit);
            page.put("entries", audit.page(projectId, offset, limit));
            return page;
        }
    }
}
