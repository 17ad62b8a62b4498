package org.dovetail.server.security.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON error answers ({@code {"error": code, "message": reason}}) of the security layer. */
public final class Errors {

    private Errors() {
    }

    /** The answer itself, for filters that abort a request (exception mappers do not see those). */
    public static Response response(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** An exception carrying the answer; the server's exception mapper keeps its status and message. */
    public static ApiAnswer error(int status, String code, String message) {
        return new ApiAnswer(message, response(status, code, message));
    }

    public static ApiAnswer badRequest(String message) {
        return error(400, "bad_request", message);
    }

    public static ApiAnswer notFound(String message) {
        return error(404, "not_found", message);
    }

    public static ApiAnswer forbidden(String message) {
        return error(403, "forbidden", message);
    }

    public static ApiAnswer conflict(String message) {
        return error(409, "conflict", message);
    }

    /** A required JSON field that is missing or blank. */
    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw badRequest("the field '" + field + "' is required");
        }
        return value;
    }
}
