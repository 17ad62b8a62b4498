package org.dovetail.sync.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of every error answer: a machine-readable {@code error} code and a human
 * {@code message}; a 409 lists the {@code conflicts}, a gate refusal (422) the {@code findings}.
 */
public record ApiError(@JsonProperty(required = true) String error, String message, List<Conflict> conflicts,
        List<Finding> findings) {

    public ApiError {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of(), List.of());
    }

    public static ApiError conflicts(List<Conflict> conflicts) {
        return new ApiError("conflict", conflicts.size() + " conflicting change(s); pull, resolve and commit again",
                conflicts, List.of());
    }
}
