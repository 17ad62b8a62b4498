package org.dovetail.server.store;

import java.util.List;

/**
 * A project's model at one revision as rows.
 *
 * @param elements every element: type and place
 * @param values   every set feature value
 */
public record ModelRows(List<ElementRow> elements, List<ValueRow> values) {

    /**
     * An element's type and place.
     *
     * @param id           the element id
     * @param type         {@code <nsPrefix>.<EClass>}
     * @param parentId     its container, {@code null} for a root
     * @param containment  the containment feature of the container, {@code null} for a root
     * @param resourcePath the file of a root, {@code null} otherwise
     * @param ord          its order among its siblings (or among the roots of its file)
     */
    public record ElementRow(String id, String type, String parentId, String containment, String resourcePath, long ord) {
    }

    /**
     * A feature value: the protocol's string form of a single value, or a JSON array of them for a many-valued feature.
     */
    public record ValueRow(String elementId, String feature, String value) {
    }

    /** An element's feature. */
    public record ValueKey(String elementId, String feature) {
    }
}
