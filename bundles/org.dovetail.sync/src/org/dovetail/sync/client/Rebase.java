package org.dovetail.sync.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.sync.emf.ElementIndex;
import org.dovetail.sync.emf.ModelTypes;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKey;
import org.dovetail.sync.protocol.ConflictKind;
import org.dovetail.sync.protocol.ConflictRules;
import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Local pending operations against pulled revisions: the conflicts with three-way values from the
 * base model, and the pending operations rewritten by the user's resolutions.
 */
final class Rebase {

    private final ElementIndex base;
    private final ConflictRules.Subtrees subtrees;

    Rebase(ProjectResources baseModel) {
        this.base = ElementIndex.of(baseModel.resourceSet());
        this.subtrees = id -> {
            EObject element = base.find(id);
            Set<String> ids = new LinkedHashSet<>();
            ids.add(id);
            if (element != null) {
                element.eAllContents().forEachRemaining(e -> ids.add(ModelTypes.idOf(e)));
            }
            return ids;
        };
    }

    ConflictRules.Subtrees subtrees() {
        return subtrees;
    }

    /** The value of {@code key} in the base model, as a string (feature value, parent, or null). */
    String baseValue(ConflictKey key) {
        EObject element = base.find(key.elementId());
        if (element == null || key.isWhole()) {
            return null;
        }
        if (ConflictKey.CONTAINER.equals(key.feature())) {
            return element.eContainer() == null ? null : ModelTypes.idOf(element.eContainer());
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(key.feature());
        if (feature == null || !element.eIsSet(feature)) {
            return null;
        }
        if (feature.isMany()) {
            return ((List<?>) element.eGet(feature)).stream().map(v -> ModelTypes.toValue(feature, v)).toList().toString();
        }
        return ModelTypes.toValue(feature, element.eGet(feature));
    }

    /**
     * The pending change sets with every conflicting operation settled: {@code THEIRS} drops mine
     * (and whatever depends on it: later operations on an element whose create was dropped, the
     * reference drops of a delete that was dropped), {@code MINE} keeps it, {@code EDITED} replaces
     * the value. A choice that cannot be honoured is an error, not a silent drop.
     */
    List<JournalRecord> resolve(List<JournalRecord> pending, List<Conflict> conflicts, Map<ConflictKey, Resolution> resolutions,
            long[] nextSequence) {
        Map<ConflictKey, Conflict> byKey = new HashMap<>();
        for (Conflict conflict : conflicts) {
            Resolution resolution = resolutions.get(conflict.key());
            if (resolution == null) {
                throw new SyncException("conflict on " + conflict.key() + " has no resolution");
            }
            check(conflict, resolution);
            byKey.put(conflict.key(), conflict);
        }
        Settling settling = new Settling(byKey, resolutions);
        List<List<Operation>> settled = new ArrayList<>();
        for (JournalRecord record : pending) {
            List<Operation> kept = new ArrayList<>();
            for (Operation op : record.operations()) {
                Operation result = settling.settle(op);
                if (result != null) {
                    kept.add(result);
                }
            }
            settled.add(kept);
        }
        List<JournalRecord> result = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            JournalRecord record = pending.get(i);
            List<Operation> kept = settled.get(i).stream().filter(op -> !settling.dropsReferenceOfUndeleted(op)).toList();
            if (kept.equals(record.operations())) {
                result.add(record);
            } else if (!kept.isEmpty()) {
                // Changed content gets a new number: the server must never take it for the old one.
                result.add(JournalRecord.change(nextSequence[0]++, record.message(), record.time(), kept));
            }
        }
        return result;
    }

    /** The state of settling one run of pending operations. */
    private final class Settling {

        private final Map<ConflictKey, Conflict> conflicts;
        private final Map<ConflictKey, Resolution> resolutions;
        /** Elements created by dropped operations: later operations on them go too. */
        private final Set<String> dropped = new HashSet<>();
        /** Elements whose delete was dropped: they keep their references. */
        private final Set<String> undeleted = new HashSet<>();
        private final List<Operation> before = new ArrayList<>();

        Settling(Map<ConflictKey, Conflict> conflicts, Map<ConflictKey, Resolution> resolutions) {
            this.conflicts = conflicts;
            this.resolutions = resolutions;
        }

        Operation settle(Operation op) {
            try {
                return settleOne(op);
            } finally {
                before.add(op);
            }
        }

        private Operation settleOne(Operation op) {
            if (dropped.contains(op.id()) || op instanceof Operation.Create c && c.parent() != null && dropped.contains(c.parent())) {
                dropped.add(op.id());
                return null;
            }
            if (op instanceof Operation.Delete delete) {
                return settleDelete(delete);
            }
            ConflictKey key = op instanceof Operation.Create ? new ConflictKey(op.id(), ConflictKey.CONTAINER) : ConflictRules.featureKey(op);
            Conflict conflict = conflicts.get(key);
            if (conflict == null || conflict.mine() == null) {
                return op;
            }
            Resolution resolution = resolutions.get(key);
            return switch (resolution.choice()) {
            case MINE -> op;
            case THEIRS -> {
                if (op instanceof Operation.Create) {
                    dropped.add(op.id());
                }
                yield null;
            }
            case EDITED -> {
                if (!(op instanceof Operation.SetValue set)) {
                    throw new SyncException("an edited value settles only a single-valued feature, not " + key);
                }
                yield new Operation.SetValue(set.id(), set.feature(), resolution.value());
            }
            };
        }

        private Operation settleDelete(Operation.Delete delete) {
            List<Operation> upTo = new ArrayList<>(before);
            upTo.add(delete);
            Set<String> subtree = new HashSet<>(ConflictRules.deletedIds(upTo, subtrees));
            subtree.removeAll(ConflictRules.deletedIds(before, subtrees));
            for (Conflict conflict : conflicts.values()) {
                boolean aboutThisDelete = subtree.contains(conflict.elementId()) && conflict.kind() != ConflictKind.CHANGED_DELETED
                        && conflict.kind() != ConflictKind.REFERENCE_TO_DELETED
                        || conflict.kind() == ConflictKind.REFERENCE_TO_DELETED && conflict.mine() == null
                                && subtree.contains(conflict.theirs());
                if (!aboutThisDelete) {
                    continue;
                }
                if (conflict.kind() == ConflictKind.BOTH_CHANGED && conflict.key().isWhole()) {
                    if (conflict.elementId().equals(delete.id())) {
                        return null; // they deleted it too: nothing left to do
                    }
                    continue; // they deleted a part of it; mine still removes the rest
                }
                if (resolutions.get(conflict.key()).choice() != Resolution.Choice.MINE) {
                    undeleted.addAll(subtree);
                    return null;
                }
            }
            return delete;
        }

        /** The reference drops a delete recorded before it, for an element whose delete was dropped. */
        boolean dropsReferenceOfUndeleted(Operation op) {
            return op instanceof Operation.RemoveValue r && undeleted.contains(r.value())
                    || op instanceof Operation.SetValue s && s.value() == null && undeleted.contains(baseValue(ConflictRules.featureKey(s)));
        }
    }

    private static void check(Conflict conflict, Resolution resolution) {
        boolean mineIsGone = conflict.kind() == ConflictKind.CHANGED_DELETED
                || conflict.kind() == ConflictKind.REFERENCE_TO_DELETED && conflict.mine() != null;
        if (resolution.choice() == Resolution.Choice.MINE && mineIsGone) {
            throw new SyncException("cannot keep mine for " + conflict.key() + ": they deleted the element it needs ("
                    + conflict.kind() + "); take theirs (and re-create what you need)");
        }
        if (resolution.choice() == Resolution.Choice.EDITED && (conflict.kind() != ConflictKind.BOTH_CHANGED
                || ConflictKey.WHOLE.equals(conflict.feature()) || ConflictKey.CONTAINER.equals(conflict.feature()))) {
            throw new SyncException("an edited value settles only a single feature both sides changed, not " + conflict.key()
                    + " (" + conflict.kind() + ")");
        }
    }
}
