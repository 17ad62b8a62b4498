package org.dovetail.server.api;

import java.util.List;

import org.dovetail.sync.protocol.ApiError;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.Finding;

import jakarta.ws.rs.core.Response.Status;

/**
 * A failure with its HTTP answer: status, error code, reason and, for refused commits, the conflicts (409) or the
 * gate's findings (422). The {@link ApiExceptionMapper} turns it into the protocol's {@link ApiError} body.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<Conflict> conflicts;
    private final transient List<Finding> findings;

    public ApiException(int status, String code, String message, List<Conflict> conflicts, List<Finding> findings) {
        super(message);
        this.status = status;
        this.code = code;
        this.conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        this.findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public ApiException(Status status, String code, String message) {
        this(status.getStatusCode(), code, message, List.of(), List.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Status.BAD_REQUEST, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(Status.NOT_FOUND, "not_found", message);
    }

    /** 409 with every conflict of a refused commit. */
    public static ApiException conflicts(List<Conflict> conflicts) {
        ApiError error = ApiError.conflicts(conflicts);
        return new ApiException(409, error.error(), error.message(), conflicts, List.of());
    }

    /** 422: the governance gate refused a commit because of {@code findings}. */
    public static ApiException gateRefused(List<Finding> findings, String policy) {
        return new ApiException(422, "gate_refused", "the project's policy (failOn " + policy + ") refuses this commit: it adds "
                + findings.size() + " finding(s) at or above " + policy + "; nothing was stored", List.of(), findings);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public List<Finding> findings() {
        return findings;
    }

    public ApiError toError() {
        return new ApiError(code, getMessage(), conflicts, findings);
    }
}
