package org.dovetail.sync.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conflict rule of {@code docs/sync-protocol.md} as pure functions, used by the server when
 * it rebases a commit and by the client when it rebases pending local work onto pulled revisions.
 *
 * <p>Everything about the model comes in through two small lookups that a database answers as
 * easily as an in-memory model: {@link Subtrees} (which ids a delete removes) and
 * {@link BaseValues} (a feature's value at the base revision, for the three-way conflict data).
 * What the other side did comes in as their revisions plus the ids they deleted (subtrees
 * included) with the revision that deleted each.
 */
public final class ConflictRules {

    /** The ids a delete of {@code id} removes: {@code id} itself and everything it contains. */
    @FunctionalInterface
    public interface Subtrees {
        Set<String> subtree(String id);

        /** For callers that know no containment (each element is its own subtree). */
        Subtrees NONE = Set::of;
    }

    /** The value of a key at the base revision, or null when unknown or unset. */
    @FunctionalInterface
    public interface BaseValues {
        String valueAt(ConflictKey key);

        BaseValues UNKNOWN = key -> null;
    }

    /**
     * Whether {@code feature} of element {@code parentId} holds at most one child: two creates or moves into such a
     * slot conflict (the second would silently replace the first).
     */
    @FunctionalInterface
    public interface SingleSlots {
        boolean isSingle(String parentId, String feature);

        /** For callers that know no metamodel (every containment counts as many-valued). */
        SingleSlots NONE = (parentId, feature) -> false;
    }

    private ConflictRules() {
    }

    /**
     * The keys {@code operations} touch, in first-touch order: {@code (id, *)} for a create and for
     * every element of a deleted subtree, {@code (id, $container)} for a move, {@code (id, feature)}
     * otherwise. Elements created or moved into a subtree earlier in the same list count as part of
     * it (an element moved out of it still counts: a false conflict is safe, a missed one is not).
     */
    public static Set<ConflictKey> touchedKeys(List<Operation> operations, Subtrees subtrees) {
        Set<ConflictKey> keys = new LinkedHashSet<>();
        Map<String, String> createdParents = new HashMap<>();
        for (Operation op : operations) {
            switch (op) {
            case Operation.Create c -> {
                keys.add(ConflictKey.whole(c.id()));
                if (c.parent() != null) {
                    createdParents.put(c.id(), c.parent());
                }
            }
            case Operation.Delete d -> expand(d.id(), subtrees, createdParents).forEach(x -> keys.add(ConflictKey.whole(x)));
            case Operation.Move m -> {
                keys.add(new ConflictKey(m.id(), ConflictKey.CONTAINER));
                if (m.parent() != null) {
                    createdParents.put(m.id(), m.parent());
                }
            }
            default -> keys.add(featureKey(op));
            }
        }
        return keys;
    }

    /** Every id that {@code operations} delete, subtrees included (elements created in the list too). */
    public static Set<String> deletedIds(List<Operation> operations, Subtrees subtrees) {
        Set<String> deleted = new LinkedHashSet<>();
        Map<String, String> createdParents = new HashMap<>();
        for (Operation op : operations) {
            if (op instanceof Operation.Create c && c.parent() != null) {
                createdParents.put(c.id(), c.parent());
            } else if (op instanceof Operation.Move m && m.parent() != null) {
                createdParents.put(m.id(), m.parent());
            } else if (op instanceof Operation.Delete d) {
                deleted.addAll(expand(d.id(), subtrees, createdParents));
            }
        }
        return deleted;
    }

    /**
     * The ids each revision deleted (for a caller that has no deletion index, e.g. the client):
     * id → the revision that deleted it.
     */
    public static Map<String, Long> deletedBy(List<Revision> revisions, Subtrees subtrees) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            for (String id : deletedIds(revision.operations(), subtrees)) {
                deleted.put(id, revision.number());
            }
        }
        return deleted;
    }

    /** The element ids an operation's values name: reference values and the new parent of a create or move. */
    public static List<String> referencedValues(Operation op) {
        return switch (op) {
        case Operation.Create c -> c.parent() == null ? List.of() : List.of(c.parent());
        case Operation.Move m -> m.parent() == null ? List.of() : List.of(m.parent());
        case Operation.SetValue s -> s.value() == null ? List.of() : List.of(s.value());
        case Operation.AddValue a -> List.of(a.value());
        case Operation.RemoveValue r -> List.of();
        case Operation.Delete d -> List.of();
        };
    }

    /** The key a non-delete, non-create operation touches. */
    public static ConflictKey featureKey(Operation op) {
        return switch (op) {
        case Operation.SetValue s -> new ConflictKey(s.id(), s.feature());
        case Operation.AddValue a -> new ConflictKey(a.id(), a.feature());
        case Operation.RemoveValue r -> new ConflictKey(r.id(), r.feature());
        case Operation.Move m -> new ConflictKey(m.id(), ConflictKey.CONTAINER);
        case Operation.Create c -> ConflictKey.whole(c.id());
        case Operation.Delete d -> ConflictKey.whole(d.id());
        };
    }

    /** The value an operation gives its key (the parent for create/move, null for delete). */
    public static String valueOf(Operation op) {
        return switch (op) {
        case Operation.SetValue s -> s.value();
        case Operation.AddValue a -> a.value();
        case Operation.RemoveValue r -> r.value();
        case Operation.Move m -> m.parent() != null ? m.parent() : m.resource();
        case Operation.Create c -> c.parent() != null ? c.parent() : c.resource();
        case Operation.Delete d -> null;
        };
    }

    /**
     * The conflicts of my operations against their revisions (those after my base). Empty means my
     * change set can be rebased onto theirs as it is.
     *
     * @param mine         my operations, in order
     * @param mySubtrees   what my deletes remove, as the caller's model knows it
     * @param theirs       the revisions after my base, in order
     * @param theirDeleted every id those revisions deleted, subtrees included → deleting revision
     * @param base         values at my base revision (or {@link BaseValues#UNKNOWN})
     */
    public static List<Conflict> conflicts(List<Operation> mine, Subtrees mySubtrees, List<Revision> theirs,
            Map<String, Long> theirDeleted, BaseValues base) {
        return conflicts(mine, mySubtrees, theirs, theirDeleted, base, SingleSlots.NONE);
    }

    /**
     * As {@link #conflicts(List, Subtrees, List, Map, BaseValues)}, and a create or move of mine into a single-valued
     * containment slot that one of theirs also filled is a conflict on {@code (parent, feature)}.
     */
    public static List<Conflict> conflicts(List<Operation> mine, Subtrees mySubtrees, List<Revision> theirs,
            Map<String, Long> theirDeleted, BaseValues base, SingleSlots singleSlots) {
        Map<ConflictKey, Touch> theirSlots = new HashMap<>();
        Map<ConflictKey, Touch> theirKeys = new HashMap<>();
        Map<String, List<ConflictKey>> theirKeysByElement = new HashMap<>();
        Map<String, List<Touch>> theirReferences = new HashMap<>();
        for (Revision revision : theirs) {
            for (Operation op : revision.operations()) {
                if (op instanceof Operation.Delete) {
                    continue; // covered by theirDeleted, subtrees included
                }
                ConflictKey key = featureKey(op);
                Touch touch = new Touch(key, valueOf(op), revision.number());
                if (theirKeys.put(key, touch) == null) {
                    theirKeysByElement.computeIfAbsent(key.elementId(), k -> new ArrayList<>()).add(key);
                }
                for (String referenced : referencedValues(op)) {
                    theirReferences.computeIfAbsent(referenced, k -> new ArrayList<>()).add(touch);
                }
                ConflictKey slot = slotOf(op);
                if (slot != null) {
                    theirSlots.put(slot, new Touch(slot, op.id(), revision.number()));
                }
            }
        }

        Map<List<Object>, Conflict> found = new LinkedHashMap<>();
        Map<String, String> createdParents = new HashMap<>();
        for (Operation op : mine) {
            if (op instanceof Operation.Delete d) {
                for (String x : expand(d.id(), mySubtrees, createdParents)) {
                    deletedByMe(x, theirKeys, theirKeysByElement, theirReferences, theirDeleted, base, found);
                }
                continue;
            }
            if (op instanceof Operation.Create c && c.parent() != null) {
                createdParents.put(c.id(), c.parent());
            } else if (op instanceof Operation.Move m && m.parent() != null) {
                createdParents.put(m.id(), m.parent());
            }
            ConflictKey slot = slotOf(op);
            if (slot != null && theirSlots.containsKey(slot) && singleSlots.isSingle(slot.elementId(), slot.feature())) {
                Touch touch = theirSlots.get(slot);
                add(found, new Conflict(slot.elementId(), slot.feature(), ConflictKind.BOTH_CHANGED, null, op.id(), touch.value(),
                        touch.revision()));
            }
            ConflictKey key = featureKey(op);
            String value = valueOf(op);
            Long deletedIn = theirDeleted.get(key.elementId());
            if (!(op instanceof Operation.Create) && deletedIn != null) {
                add(found, new Conflict(key.elementId(), key.feature(), ConflictKind.CHANGED_DELETED, base.valueAt(key),
                        value, null, deletedIn));
            } else if (!(op instanceof Operation.Create) && theirKeys.containsKey(key)) {
                Touch touch = theirKeys.get(key);
                add(found, new Conflict(key.elementId(), key.feature(), ConflictKind.BOTH_CHANGED, base.valueAt(key),
                        value, touch.value(), touch.revision()));
            }
            for (String referenced : referencedValues(op)) {
                Long referencedDeletedIn = theirDeleted.get(referenced);
                if (referencedDeletedIn != null) {
                    ConflictKey reported = op instanceof Operation.Create ? new ConflictKey(key.elementId(), ConflictKey.CONTAINER) : key;
                    add(found, new Conflict(reported.elementId(), reported.feature(), ConflictKind.REFERENCE_TO_DELETED,
                            base.valueAt(reported), referenced, null, referencedDeletedIn));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static void deletedByMe(String x, Map<ConflictKey, Touch> theirKeys, Map<String, List<ConflictKey>> theirKeysByElement,
            Map<String, List<Touch>> theirReferences, Map<String, Long> theirDeleted, BaseValues base,
            Map<List<Object>, Conflict> found) {
        Long deletedIn = theirDeleted.get(x);
        if (deletedIn != null) {
            add(found, new Conflict(x, ConflictKey.WHOLE, ConflictKind.BOTH_CHANGED, null, null, null, deletedIn));
            return;
        }
        for (ConflictKey key : theirKeysByElement.getOrDefault(x, List.of())) {
            Touch touch = theirKeys.get(key);
            add(found, new Conflict(x, key.feature(), ConflictKind.DELETED_CHANGED, base.valueAt(key), null,
                    touch.value(), touch.revision()));
        }
        for (Touch touch : theirReferences.getOrDefault(x, List.of())) {
            ConflictKey key = touch.key().isWhole() ? new ConflictKey(touch.key().elementId(), ConflictKey.CONTAINER) : touch.key();
            add(found, new Conflict(key.elementId(), key.feature(), ConflictKind.REFERENCE_TO_DELETED,
                    base.valueAt(key), null, x, touch.revision()));
        }
    }

    /** The containment slot {@code (parent, feature)} a create or move puts its element into, else null. */
    private static ConflictKey slotOf(Operation op) {
        return switch (op) {
        case Operation.Create c -> c.parent() == null ? null : new ConflictKey(c.parent(), c.feature());
        case Operation.Move m -> m.parent() == null ? null : new ConflictKey(m.parent(), m.feature());
        default -> null;
        };
    }

    private static void add(Map<List<Object>, Conflict> found, Conflict conflict) {
        found.put(List.of(conflict.elementId(), conflict.feature(), conflict.kind()), conflict);
    }

    /** The subtree as the lookup knows it plus elements created or moved under it earlier in the same operations. */
    private static Set<String> expand(String id, Subtrees subtrees, Map<String, String> createdParents) {
        Set<String> result = new LinkedHashSet<>();
        result.add(id);
        result.addAll(subtrees.subtree(id));
        boolean grew = !createdParents.isEmpty();
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> created : createdParents.entrySet()) {
                if (result.contains(created.getValue()) && result.add(created.getKey())) {
                    grew = true;
                }
            }
        }
        return result;
    }

    private record Touch(ConflictKey key, String value, long revision) {
    }
}
