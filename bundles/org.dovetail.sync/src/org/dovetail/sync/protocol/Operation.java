package org.dovetail.sync.protocol;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One element- or feature-level edit of a model (see {@code docs/sync-protocol.md}). Serialised
 * with an {@code op} discriminator; values are strings ({@code EcoreUtil.convertToString} for
 * attributes, the target's element id for references, {@code null} for "unset").
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Operation.Create.class, name = "create"),
        @JsonSubTypes.Type(value = Operation.Delete.class, name = "delete"),
        @JsonSubTypes.Type(value = Operation.SetValue.class, name = "set"),
        @JsonSubTypes.Type(value = Operation.AddValue.class, name = "add"),
        @JsonSubTypes.Type(value = Operation.RemoveValue.class, name = "remove"),
        @JsonSubTypes.Type(value = Operation.Move.class, name = "move") })
public sealed interface Operation {

    /** The element this operation changes (the new element for {@code create}). */
    String id();

    /**
     * A new element of {@code type} ({@code <nsPrefix>.<EClass>}) in {@code parent}'s containment
     * {@code feature}, or a root ({@code parent} and {@code feature} null) of file {@code resource}.
     * {@code index} null appends.
     */
    record Create(@JsonProperty(required = true) String id, @JsonProperty(required = true) String type,
            String parent, String feature, String resource, Integer index) implements Operation {
        public Create {
            required("create", "id", id);
            required("create", "type", type);
            if (parent == null && resource == null) {
                throw new IllegalArgumentException("create " + id + ": a root needs 'resource', a child needs 'parent'");
            }
            if (parent != null && feature == null) {
                throw new IllegalArgumentException("create " + id + ": 'feature' is required with 'parent'");
            }
        }
    }

    /** Removes the element and its whole containment subtree. */
    record Delete(@JsonProperty(required = true) String id) implements Operation {
        public Delete {
            required("delete", "id", id);
        }
    }

    /** Sets a single-valued feature; {@code value} null unsets it. */
    record SetValue(@JsonProperty(required = true) String id, @JsonProperty(required = true) String feature,
            String value) implements Operation {
        public SetValue {
            required("set", "id", id);
            required("set", "feature", feature);
        }
    }

    /** Adds a value to a many-valued non-containment feature; {@code index} null appends. */
    record AddValue(@JsonProperty(required = true) String id, @JsonProperty(required = true) String feature,
            @JsonProperty(required = true) String value, Integer index) implements Operation {
        public AddValue {
            required("add", "id", id);
            required("add", "feature", feature);
            required("add", "value", value);
        }
    }

    /** Removes one occurrence of a value from a many-valued non-containment feature. */
    record RemoveValue(@JsonProperty(required = true) String id, @JsonProperty(required = true) String feature,
            @JsonProperty(required = true) String value) implements Operation {
        public RemoveValue {
            required("remove", "id", id);
            required("remove", "feature", feature);
            required("remove", "value", value);
        }
    }

    /**
     * Moves an element into {@code parent}'s containment {@code feature}, or makes it a root of file
     * {@code resource} ({@code parent} null); {@code index} null appends.
     */
    record Move(@JsonProperty(required = true) String id, String parent, String feature, Integer index,
            String resource) implements Operation {
        public Move {
            required("move", "id", id);
            if (parent == null && resource == null) {
                throw new IllegalArgumentException("move " + id + ": needs 'parent' or, for a root, 'resource'");
            }
            if (parent != null && feature == null) {
                throw new IllegalArgumentException("move " + id + ": 'feature' is required with 'parent'");
            }
        }
    }

    private static void required(String op, String field, Object value) {
        Objects.requireNonNull(value, () -> op + ": missing required field '" + field + "'");
    }
}
