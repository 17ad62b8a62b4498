package org.dovetail.server.api;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

/**
 * A failure with its HTTP answer: status, error code, reason and further fields. Services throw it; the
 * {@link ApiExceptionMapper} turns it into an {@link ApiError} body.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> details;

    public ApiException(int status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : details;
    }

    public ApiException(Status status, String code, String message) {
        this(status.getStatusCode(), code, message, Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Status.BAD_REQUEST, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(Status.NOT_FOUND, "not_found", message);
    }

    public static ApiException conflict(String code, String message, Map<String, Object> details) {
        return new ApiException(Status.CONFLICT.getStatusCode(), code, message, details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public ApiError toError() {
        return new ApiError(code, getMessage(), details);
    }
}
