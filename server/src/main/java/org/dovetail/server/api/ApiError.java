package org.dovetail.server.api;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The body of every error answer: {@code {"error": "<code>", "message": "<reason>", ...}} with further fields
 * (conflicts, findings) beside them.
 *
 * @param error   a stable, machine-readable code ({@code not_found}, {@code conflict}, {@code bad_request}…)
 * @param message the reason, for people
 * @param details further fields of the answer
 */
public record ApiError(String error, String message, Map<String, Object> details) {

    public ApiError(String error, String message) {
        this(error, message, Map.of());
    }

    public ApiError {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    @JsonValue
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", error);
        json.put("message", message);
        json.putAll(details);
        return json;
    }
}
