package org.dovetail.server.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

import org.dovetail.server.security.Caller;

/**
 * Authenticates every request before it is matched to a resource, so that no endpoint (nor the difference between an
 * existing and a missing path) is reachable without credentials, except {@link #PUBLIC}. Accepts
 * {@code Authorization: Bearer <token>} (a session or API token) and HTTP Basic (throttled like {@code POST /login}).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {

    /** The only endpoints open without credentials: "METHOD path", the path relative to the API root. */
    public static final Set<String> PUBLIC = Set.of("GET health", "POST login");

    private final Tokens tokens;
    private final PasswordLogin passwords;

    @Context
    private HttpServletRequest servletRequest;

    public AuthenticationFilter(Tokens tokens, PasswordLogin passwords) {
        this.tokens = tokens;
        this.passwords = passwords;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            if (isPublic(request.getMethod(), request.getUriInfo().getPath())) {
                return;
            }
            request.abortWith(PasswordLogin.unauthorized("authentication required: HTTP Basic or a Bearer token").getResponse());
            return;
        }
        Caller caller;
        try {
            caller = authenticate(header.strip());
        } catch (ApiAnswer refused) {
            request.abortWith(refused.getResponse());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        String scheme = header.regionMatches(true, 0, "Basic", 0, 5) ? SecurityContext.BASIC_AUTH : "Bearer";
        request.setSecurityContext(new CallerContext(caller, secure, scheme));
    }

    private Caller authenticate(String header) {
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String credentials = space < 0 ? "" : header.substring(space + 1).strip();
        if ("bearer".equalsIgnoreCase(scheme)) {
            return tokens.resolve(credentials)
                    .orElseThrow(() -> PasswordLogin.unauthorized("unknown, revoked or expired token"));
        }
        if ("basic".equalsIgnoreCase(scheme)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw PasswordLogin.unauthorized("malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw PasswordLogin.unauthorized("malformed Basic credentials");
            }
            return passwords.login(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), remoteAddress());
        }
        throw PasswordLogin.unauthorized("unsupported authorization scheme '" + scheme + "'; use Basic or Bearer");
    }

    private String remoteAddress() {
        return servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
    }

    /** Whether "method path" is a public endpoint; the path may carry the API prefix and slashes at either end. */
    static boolean isPublic(String method, String path) {
        String p = path == null ? "" : path.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.startsWith("api/v1/")) {
            p = p.substring("api/v1/".length());
        }
        return PUBLIC.contains(method.toUpperCase(Locale.ROOT) + " " + p);
    }

    /** The security context of an authenticated request; "server-admin" is the only server-wide role. */
    record CallerContext(Caller caller, boolean secure, String scheme) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return "server-admin".equals(role) && caller.serverAdmin();
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
