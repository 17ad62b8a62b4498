package org.dovetail.importer.api;

/**
 * One line of an import's preview.
 *
 * @param kind added, changed or removed
 * @param type the element type ("Task", "Flow", "Role", "Deviation")
 * @param name what the element is called
 * @param detail what changes, or {@code ""}
 */
public record PlannedChange(Kind kind, String type, String name, String detail) {

    /** What happens to the element. */
    public enum Kind {
        ADD, UPDATE, REMOVE, KEEP
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + type + " " + name + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
