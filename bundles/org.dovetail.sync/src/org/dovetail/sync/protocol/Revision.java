package org.dovetail.sync.protocol;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A committed change set: number (1, 2, 3… per project), author, time (UTC ISO-8601), message,
 * operations, and (optional, added after the first version) the {@code clientId} and
 * {@code clientSequence} of the change set it came from, so that a client recognises its own
 * commit even when the acknowledgement was lost.
 */
public record Revision(@JsonProperty(required = true) long number, String author, String time, String message,
        @JsonProperty(required = true) List<Operation> operations, String clientId, Long clientSequence) {

    public Revision {
        Objects.requireNonNull(operations, "revision: missing required field 'operations'");
        operations = List.copyOf(operations);
    }

    /** A revision without its client identification (the first version of the record). */
    public Revision(long number, String author, String time, String message, List<Operation> operations) {
        this(number, author, time, message, operations, null, null);
    }

    public RevisionSummary summary() {
        return new RevisionSummary(number, author, time, message, operations.size());
    }
}
