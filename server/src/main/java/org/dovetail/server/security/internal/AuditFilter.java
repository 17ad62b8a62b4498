package org.dovetail.server.security.internal;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;

import org.dovetail.server.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audits every authenticated write request that did not record itself in its own transaction: refusals (403, 404,
 * 409, 413, 422…), failures, and successful writes of services that do not call the {@link JpaAuditLog}. The action
 * is the method and the request path; the project is the path segment after {@code projects}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
public final class AuditFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final JpaAuditLog audit;

    public AuditFilter(JpaAuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        audit.startRequest();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean recorded = audit.recordedInRequest();
        if (!WRITES.contains(request.getMethod())
                || !(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
            return;
        }
        int status = response.getStatus();
        if (recorded && status < 400) {
            return;
        }
        String path = request.getUriInfo().getPath();
        try {
            audit.recordOutcome(caller, projectOf(request.getUriInfo().getPathSegments()),
                    request.getMethod() + " " + path, path, outcome(status));
        } catch (RuntimeException e) {
            // The answer is decided already; a failing audit write must not turn it into a 500, but it must be seen.
            LOG.error("could not audit {} {} by {} ({})", request.getMethod(), path, caller.name(), status, e);
        }
    }

    static String projectOf(List<PathSegment> segments) {
        for (int i = 0; i + 1 < segments.size(); i++) {
            if ("projects".equals(segments.get(i).getPath()) && !segments.get(i + 1).getPath().isEmpty()) {
                return segments.get(i + 1).getPath();
            }
        }
        return null;
    }

    static String outcome(int status) {
        if (status < 400) {
            return JpaAuditLog.SUCCESS;
        }
        return switch (status) {
            case 401, 403, 404 -> "denied";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 422 -> "rejected";
            case 429 -> "throttled";
            default -> status >= 500 ? "error" : "invalid";
        } + " (" + status + ")";
    }
}
