package org.dovetail.sync.protocol;

import java.util.Objects;

/** What an operation touches: {@code (element, feature)}, {@code (element, $container)} or {@code (element, *)}. */
public record ConflictKey(String elementId, String feature) {

    /** The feature of a key that stands for the whole element (create, delete). */
    public static final String WHOLE = "*";
    /** The feature of a key that stands for the element's place in its container (move). */
    public static final String CONTAINER = "$container";

    public ConflictKey {
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(feature, "feature");
    }

    public static ConflictKey whole(String elementId) {
        return new ConflictKey(elementId, WHOLE);
    }

    public boolean isWhole() {
        return WHOLE.equals(feature);
    }

    @Override
    public String toString() {
        return "(" + elementId + ", " + feature + ")";
    }
}
