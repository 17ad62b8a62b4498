package org.dovetail.sync.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dovetail.sync.protocol.Operation;

/**
 * What a revision (or a local change set) did, per element: which it added, changed (with the features) and deleted.
 * An element created and then set in the same change counts as added only; one deleted counts as deleted only.
 */
public final class RevisionChanges {

    private final Set<String> added = new LinkedHashSet<>();
    private final Set<String> deleted = new LinkedHashSet<>();
    private final Map<String, Set<String>> changed = new LinkedHashMap<>();

    private RevisionChanges() {
    }

    public static RevisionChanges of(List<Operation> operations) {
        RevisionChanges changes = new RevisionChanges();
        for (Operation operation : operations) {
            switch (operation) {
            case Operation.Create c -> changes.added.add(c.id());
            case Operation.Delete d -> changes.deleted.add(d.id());
            case Operation.SetValue s -> changes.touch(s.id(), s.feature());
            case Operation.AddValue a -> changes.touch(a.id(), a.feature());
            case Operation.RemoveValue r -> changes.touch(r.id(), r.feature());
            case Operation.Move m -> changes.touch(m.id(), "place");
            default -> changes.touch(operation.id(), "?");
            }
        }
        changes.added.removeAll(changes.deleted); // created and deleted again: gone, counted as deleted only if it existed
        changes.changed.keySet().removeAll(changes.added);
        changes.changed.keySet().removeAll(changes.deleted);
        return changes;
    }

    private void touch(String id, String feature) {
        changed.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(feature);
    }

    public int elements() {
        return added.size() + changed.size() + deleted.size();
    }

    /** "12 elements: 3 added, 8 changed, 1 deleted" (the parts that are not zero). */
    public String summary() {
        if (elements() == 0) {
            return "no element changes";
        }
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(added.size() + " added");
        }
        if (!changed.isEmpty()) {
            parts.add(changed.size() + " changed");
        }
        if (!deleted.isEmpty()) {
            parts.add(deleted.size() + " deleted");
        }
        return elements() + (elements() == 1 ? " element: " : " elements: ") + String.join(", ", parts);
    }

    /** One line per element ("changed Approve invoice (Step): name, owner"), at most {@code limit} lines. */
    public List<String> details(Function<String, String> label, int limit) {
        List<String> lines = new ArrayList<>();
        added.forEach(id -> lines.add("added    " + label.apply(id)));
        changed.forEach((id, features) -> lines.add("changed  " + label.apply(id) + ": " + String.join(", ", features)));
        deleted.forEach(id -> lines.add("deleted  " + label.apply(id)));
        if (lines.size() > limit) {
            int more = lines.size() - limit;
            List<String> shown = new ArrayList<>(lines.subList(0, limit));
            shown.add("\u2026 and " + more + " more");
            return shown;
        }
        return lines;
    }
}
