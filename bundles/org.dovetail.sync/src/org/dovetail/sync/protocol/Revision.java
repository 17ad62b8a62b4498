package org.dovetail.sync.protocol;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A committed change set: number (1, 2, 3… per project), author, time (UTC ISO-8601), message, operations. */
public record Revision(@JsonProperty(required = true) long number, String author, String time, String message,
        @JsonProperty(required = true) List<Operation> operations) {

    public Revision {
        Objects.requireNonNull(operations, "revision: missing required field 'operations'");
        operations = List.copyOf(operations);
    }

    public RevisionSummary summary() {
        return new RevisionSummary(number, author, time, message);
    }
}
