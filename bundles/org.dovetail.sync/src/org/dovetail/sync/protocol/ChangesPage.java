package org.dovetail.sync.protocol;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Revisions {@code from+1 … to} of a project whose head is {@code head}; when {@code to < head}
 * the client asks again with {@code since=to}.
 */
public record ChangesPage(@JsonProperty(required = true) long from, @JsonProperty(required = true) long to,
        @JsonProperty(required = true) long head, List<Revision> revisions) {

    public ChangesPage {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }

    public boolean complete() {
        return to >= head;
    }
}
