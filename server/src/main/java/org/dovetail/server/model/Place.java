package org.dovetail.server.model;

import org.dovetail.server.store.ModelRows.ElementRow;

/**
 * Where an element sits, as stored in its element row: container and containment feature (or the file of a root), and
 * its order key among its siblings.
 */
record Place(String type, String parentId, String containment, String resourcePath, long ord) {

    static Place of(ElementRow row) {
        return new Place(row.type(), row.parentId(), row.containment(), row.resourcePath(), row.ord());
    }

    ElementRow row(String id) {
        return new ElementRow(id, type, parentId, containment, resourcePath, ord);
    }

    boolean sameContainer(Place other) {
        return other != null && java.util.Objects.equals(parentId, other.parentId) && java.util.Objects.equals(containment, other.containment)
                && java.util.Objects.equals(resourcePath, other.resourcePath);
    }
}
