package org.dovetail.sync.protocol;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a client commits: ordered operations against {@code baseRevision}. {@code clientId} and
 * {@code clientSequence} identify the change set so that a retried commit is applied only once.
 */
public record ChangeSet(@JsonProperty(required = true) long baseRevision, String message,
        @JsonProperty(required = true) List<Operation> operations, @JsonProperty(required = true) String clientId,
        @JsonProperty(required = true) long clientSequence) {

    public ChangeSet {
        Objects.requireNonNull(operations, "change set: missing required field 'operations'");
        Objects.requireNonNull(clientId, "change set: missing required field 'clientId'");
        if (baseRevision < 0) {
            throw new IllegalArgumentException("change set: 'baseRevision' must be >= 0, was " + baseRevision);
        }
        operations = List.copyOf(operations);
        message = message == null ? "" : message;
    }
}
