package org.dovetail.sync.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to an accepted commit (201): the new revision, whether it was rebased, the gate's findings. */
public record CommitResult(@JsonProperty(required = true) long revision, boolean rebased, List<Finding> findings) {

    public CommitResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
