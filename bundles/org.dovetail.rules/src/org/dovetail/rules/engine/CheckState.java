package org.dovetail.rules.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /**
     * For each element the kept findings name in their texts, the evaluated elements that reported them (only for a
     * plan that {@linkplain ReadPlan#leavesToArguments leaves label changes to the arguments}).
     */
    final Map<EObject, Set<EObject>> namersOf = new HashMap<>();
    /** What each evaluated element's findings name; the inverse of {@link #namersOf}. */
    final Map<EObject, Set<EObject>> namedBy = new HashMap<>();
    /** The merged and configured finding per element, as the listeners last heard of it. */
    final Map<EObject, RuleFinding> current = new HashMap<>();
    final Map<EObject, String> errors = new HashMap<>();
    final Map<EObject, Throwable> causes = new HashMap<>();
    /** Elements to evaluate again; may hold elements that left the model or are no longer of the check's types. */
    final Set<EObject> dirty = new HashSet<>();
    boolean fullyDirty = true;
    /** This check's part of the last assembled result; {@code null} once anything of the check changed. */
    Assembled assembled;
    /** Set when the last batch stopped as a whole (time limit, interruption). */
    RuleFailure batchFailure;
    /** Whether a source's findings changed, or a source with findings was dropped (see {@link #takeFindingsChanged}). */
    private boolean findingsChanged;

    CheckState(ModelCheck check) {
        this.check = check;
        this.plan = check instanceof ScopedCheck scoped ? ReadPlan.of(scoped) : null;
        this.types = List.copyOf(check.appliesTo());
    }

    /** A check's findings in run order, or the failure that replaces them, as {@link FindingMerger} assembled them. */
    record Assembled(List<RuleFinding> findings, RuleFailure failure) {
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

    /** Whether what a source reported changed since {@link #takeFindingsChanged()} was last called. */
    boolean takeFindingsChanged() {
        boolean changed = findingsChanged;
        findingsChanged = false;
        return changed;
    }

    /** Whether {@code source}'s evaluation reported findings that are kept. */
    boolean reported(EObject source) {
        List<RuleFinding> findings = bySource.get(source);
        return findings != null && !findings.isEmpty();
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

    /**
     * Keeps what {@code source} reported and which elements its texts name, instead of what it reported before (as
     * {@link #drop} and then keeping would), without touching the reverse maps where they would end as they were: a
     * re-evaluated element mostly reports on and names the same elements (a rename changes a text, not who reports on
     * whom), and these are the largest maps of a big model.
     */
    void replace(EObject source, List<RuleFinding> findings, Set<EObject> named, Set<EObject> targets) {
        List<RuleFinding> old = bySource.put(source, findings);
        if (old == null ? !findings.isEmpty() : !old.equals(findings)) {
            findingsChanged = true;
        }
        if (old == null || !sameElements(old, findings)) {
            if (old != null) {
                for (RuleFinding f : old) {
                    Set<EObject> sources = sourcesOf.get(f.element());
                    if (sources != null) {
                        sources.remove(source);
                        if (sources.isEmpty()) {
                            sourcesOf.remove(f.element());
                        }
                    }
                }
            }
            for (RuleFinding f : findings) {
                sourcesOf.computeIfAbsent(f.element(), k -> new LinkedHashSet<>(2)).add(source);
            }
        }
        if (old != null) {
            for (RuleFinding f : old) {
                targets.add(f.element());
            }
        }
        for (RuleFinding f : findings) {
            targets.add(f.element());
        }
        Set<EObject> kept = !findings.isEmpty() && named != null && !named.isEmpty() ? named : null;
        Set<EObject> oldNamed = kept == null ? namedBy.remove(source) : namedBy.put(source, kept);
        if (!Objects.equals(oldNamed, kept)) {
            if (oldNamed != null) {
                for (EObject n : oldNamed) {
                    Set<EObject> namers = namersOf.get(n);
                    if (namers != null && namers.remove(source) && namers.isEmpty()) {
                        namersOf.remove(n);
                    }
                }
            }
            if (kept != null) {
                kept.forEach(n -> namersOf.computeIfAbsent(n, k -> new HashSet<>(2)).add(source));
            }
        }
    }

    private static boolean sameElements(List<RuleFinding> a, List<RuleFinding> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).element() != b.get(i).element()) {
                return false;
            }
        }
        return true;
    }

    /** Forgets what {@code source} reported, adding the elements it reported on to {@code targets}. */
    void drop(EObject source, Set<EObject> targets) {
        Set<EObject> named = namedBy.remove(source);
        if (named != null) {
            for (EObject n : named) {
                Set<EObject> namers = namersOf.get(n);
                if (namers != null && namers.remove(source) && namers.isEmpty()) {
                    namersOf.remove(n);
                }
            }
        }
        List<RuleFinding> old = bySource.remove(source);
        if (old == null) {
            return;
        }
        findingsChanged |= !old.isEmpty();
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
