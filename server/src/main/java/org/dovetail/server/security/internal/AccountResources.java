package org.dovetail.server.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.dovetail.server.security.AuditLog;
import org.dovetail.server.security.Caller;

/** {@code POST /login}, {@code POST /tokens} and {@code POST /users}: thin, the work is in the services. */
public final class AccountResources {

    private AccountResources() {
    }

    /** The body of {@code POST /login} and {@code POST /users}. */
    public record Credentials(String user, String password, Boolean serverAdmin) {
    }

    /** The body of {@code POST /tokens}. */
    public record TokenRequest(String name) {
    }

    /** {@code POST /login {user, password}} → {@code {token, expiresAt}}; open, throttled. */
    @Path("login")
    public static final class Login {
        private final PasswordLogin passwords;
        private final Tokens tokens;
        private final AuditLog audit;

        public Login(PasswordLogin passwords, Tokens tokens, AuditLog audit) {
            this.passwords = passwords;
            this.tokens = tokens;
            this.audit = audit;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> login(Credentials body, @Context HttpServletRequest http) {
            if (body == null) {
                throw Errors.badRequest("the body must be {\"user\": …, \"password\": …}");
            }
            String user = Errors.requireText(body.user(), "user");
            String password = Errors.requireText(body.password(), "password");
            Caller caller = passwords.login(user, password.toCharArray(), http == null ? "unknown" : http.getRemoteAddr());
            Tokens.Issued issued = tokens.issueSession(caller);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("token", issued.token());
            answer.put("expiresAt", issued.expiresAt().toString());
            return answer;
        }
    }

    /** {@code POST /tokens {name}} → 201 {@code {token}}: an API token of the caller, shown once; {@code GET /tokens}, {@code DELETE /tokens/{id}}. */
    @Path("tokens")
    public static final class ApiTokens {
        private final Tokens tokens;

        public ApiTokens(Tokens tokens) {
            this.tokens = tokens;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Response create(TokenRequest body, @Context SecurityContext security) {
            if (body == null) {
                throw Errors.badRequest("the body must be {\"name\": …}");
            }
            Tokens.Issued issued = tokens.issueApiToken(Caller.of(security), body.name());
            return Response.status(201).entity(Map.of("token", issued.token(), "name", body.name())).build();
        }

        /** {@code GET /tokens} → the caller's API tokens: {@code [{id, name, createdAt}]} (never the tokens). */
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public List<Map<String, Object>> list(@Context SecurityContext security) {
            return tokens.apiTokens(Caller.of(security)).stream()
                    .map(t -> Map.<String, Object>of("id", t.id(), "name", t.name(), "createdAt", t.createdAt().toString())).toList();
        }

        /** {@code DELETE /tokens/{id}} → 204: revokes one of the caller's API tokens (404 for anyone else's). */
        @DELETE
        @Path("{id}")
        public Response revoke(@PathParam("id") long id, @Context SecurityContext security) {
            if (!tokens.revokeApiToken(Caller.of(security), id)) {
                throw Errors.notFound("you have no API token " + id);
            }
            return Response.noContent().build();
        }
    }

    /** {@code POST /users {user, password, serverAdmin?}} → 201; server admins only. */
    @Path("users")
    public static final class Users {
        private final Accounts accounts;

        public Users(Accounts accounts) {
            this.accounts = accounts;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Response create(Credentials body, @Context SecurityContext security) {
            Caller caller = Caller.of(security);
            if (!caller.serverAdmin()) {
                throw Errors.forbidden("only a server admin creates users");
            }
            if (body == null) {
                throw Errors.badRequest("the body must be {\"user\": …, \"password\": …}");
            }
            String password = Errors.requireText(body.password(), "password");
            Caller created = accounts.create(caller, body.user(), password.toCharArray(), Boolean.TRUE.equals(body.serverAdmin()));
            return Response.status(201).entity(Map.of("user", created.name(), "serverAdmin", created.serverAdmin())).build();
        }
    }
}
