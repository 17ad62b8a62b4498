package org.dovetail.rules.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.internal.DocumentOrder;
import org.dovetail.rules.internal.ReadPlan;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * What {@link IncrementalValidator} keeps per check: each evaluated element's findings apart (the "sources"), which
 * sources reported on which element, the merged finding per element as last published, the elements whose
 * evaluation threw, and what must be evaluated again.
 */
final class CheckState {

    final ModelCheck check;
    /** What a {@link ScopedCheck} reads; {@code null} for a check that is re-run in full after any change. */
    final ReadPlan plan;
    final List<EClass> types;
    /** The findings each evaluated element reported, deduplicated per element as a full run would. */
    final Map<EObject, List<RuleFinding>> bySource = new HashMap<>();
    /** For each element reported on, the evaluated elements that reported on it. */
    final Map<EObject, Set<EObject>> sourcesOf = new HashMap<>();
    /** The merged and configured finding per element, as the listeners last heard of it. */
    final Map<EObject, RuleFinding> current = new HashMap<>();
    final Map<EObject, String> errors = new HashMap<>();
    final Map<EObject, Throwable> causes = new HashMap<>();
    /** Elements to evaluate again; may hold elements that left the model or are no longer of the check's types. */
    final Set<EObject> dirty = new HashSet<>();
    boolean fullyDirty = true;
    /** Set when the last batch stopped as a whole (time limit, interruption). */
    RuleFailure batchFailure;

    CheckState(ModelCheck check) {
        this.check = check;
        this.plan = check instanceof ScopedCheck scoped ? ReadPlan.of(scoped) : null;
        this.types = List.copyOf(check.appliesTo());
    }

    boolean failed() {
        return batchFailure != null || !errors.isEmpty();
    }

    boolean isCandidate(EObject o) {
        for (EClass type : types) {
            if (type.isSuperTypeOf(o.eClass())) {
                return true;
            }
        }
        return false;
    }

    /** Run order: by the first of the check's types the element has, then document order. */
    Comparator<EObject> runOrder(DocumentOrder order) {
        Comparator<EObject> byType = Comparator.comparingInt(o -> {
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i).isSuperTypeOf(o.eClass())) {
                    return i;
                }
            }
            return types.size();
        });
        return byType.thenComparing(order);
    }

    /** Forgets what {@code source} reported, adding the elements it reported on to {@code targets}. */
    void drop(EObject source, Set<EObject> targets) {
        List<RuleFinding> old = bySource.remove(source);
        if (old == null) {
            return;
        }
        for (RuleFinding f : old) {
            targets.add(f.element());
            Set<EObject> sources = sourcesOf.get(f.element());
            if (sources != null) {
                sources.remove(source);
                if (sources.isEmpty()) {
                    sourcesOf.remove(f.element());
                }
            }
        }
    }
}
