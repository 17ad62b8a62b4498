package org.dovetail.sync.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A whole model at {@code revision} as {@code create}/{@code set}/{@code add} operations applicable in order. */
public record Snapshot(@JsonProperty(required = true) long revision,
        @JsonProperty(required = true) List<Operation> operations) {

    public Snapshot {
        operations = operations == null ? List.of() : List.copyOf(operations);
    }
}
