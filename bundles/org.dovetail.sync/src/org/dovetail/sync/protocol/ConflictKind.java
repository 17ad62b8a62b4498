package org.dovetail.sync.protocol;

/** Why a commit cannot be rebased (see the conflict rule in {@code docs/sync-protocol.md}). */
public enum ConflictKind {
    /** Both sides changed the same feature of the same element (or both deleted it). */
    BOTH_CHANGED,
    /** I changed an element that they deleted. */
    CHANGED_DELETED,
    /** I deleted an element that they changed. */
    DELETED_CHANGED,
    /** One side's value (reference, parent) names an element the other side deleted. */
    REFERENCE_TO_DELETED
}
