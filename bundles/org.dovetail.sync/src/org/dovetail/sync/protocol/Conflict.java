package org.dovetail.sync.protocol;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One reason a change set was refused. {@code feature} is a feature name, {@link ConflictKey#CONTAINER}
 * for the element's place, or {@link ConflictKey#WHOLE} for a deleted element. {@code baseValue},
 * {@code mine} and {@code theirs} are the values at the base revision, in my change and in theirs
 * (null: unset, deleted, or not known to the side that produced the conflict).
 */
public record Conflict(@JsonProperty(required = true) String elementId, @JsonProperty(required = true) String feature,
        @JsonProperty(required = true) ConflictKind kind, String baseValue, String mine, String theirs,
        long theirRevision) {

    public Conflict {
        Objects.requireNonNull(elementId, "conflict: missing required field 'elementId'");
        Objects.requireNonNull(feature, "conflict: missing required field 'feature'");
        Objects.requireNonNull(kind, "conflict: missing required field 'kind'");
    }

    public ConflictKey key() {
        return new ConflictKey(elementId, feature);
    }

    /** The same conflict with the base value filled in (the client knows it from its base snapshot). */
    public Conflict withBaseValue(String value) {
        return new Conflict(elementId, feature, kind, value, mine, theirs, theirRevision);
    }
}
