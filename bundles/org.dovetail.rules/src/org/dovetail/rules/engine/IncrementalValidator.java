package org.dovetail.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.internal.CheckRunner;
import org.dovetail.rules.internal.LiveIndex;
import org.dovetail.rules.internal.ReadPlan;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Validation as you edit: follows the changes of a model and, on {@link #revalidate()}, re-runs only the checks and
 * elements a change can affect. Its {@link #result()} always equals a full {@link RuleEngine#validate} of the
 * current model (same findings in the same order, same severities, waiver statuses, messages and failures); a
 * property test applies random edit sequences to the example models and compares.
 *
 * <h2>How "affected" is decided</h2>
 * <p>Checks navigate the model freely through EMF getters, which cannot be observed, so what a check reads is
 * declared, not guessed:</p>
 * <ul>
 * <li>A {@link ScopedCheck} declares read paths from its element (features read, forward references followed,
 * inverse references through the context, containers). An EMF change notification names an object and a feature;
 * each path that reads that feature at some node is walked backwards from the changed object to the checked
 * elements that may have read it (inverse steps through the live inverse-reference index, forward steps through
 * the object's references, container steps through its contents). Only those elements are evaluated again. An
 * element added to or removed from the model counts as a change of all its features, a move as a removal plus an
 * addition. Walking back on the state after each change is sound: of the reads of an element that a change
 * touches, the first one along its path is reached over steps the change left intact, except an inverse step over
 * the changed reference itself, which is walked back over the reference's old values as well as its new ones.</li>
 * <li>Any other check cannot be scoped: it is re-run over all its elements after any change (always correct).</li>
 * </ul>
 * <p>Per check the validator keeps each evaluated element's findings apart, keyed by (check, evaluated element),
 * and merges them per reported element as a full run would (a check may report on another element than the one
 * it evaluates; the first report in run order wins, related elements add up). The {@link LiveIndex} (inverse
 * references, instance lists) is updated from the same notifications; values a check shares through
 * {@code RuleContext.shared} are dropped after every change. Waivers are re-read after any change that touches a
 * waiver. A check that throws on an element is reported failed (with no findings, as in a full run) until that
 * element is evaluated without error or leaves the model; a batch past the time limit marks the check failed and
 * to be re-run in full next time. A change of the resources' roots (a resource loaded or unloaded) re-validates
 * everything.</p>
 *
 * <h2>Use</h2>
 * <pre>{@code
 * IncrementalValidator validator = engine.incremental();
 * validator.addListener(delta -> refreshView(delta));
 * validator.attach(resourceSet);          // one full run
 * ... commands change the model ...
 * validator.revalidate();                 // after each command: only what changed
 * validator.detach();
 * }</pre>
 * <p>Not thread-safe: change the model, call {@link #revalidate()} and read {@link #result()} on one thread (the
 * one the model's commands run on). Reads that are not EMF structural features (operations computing from
 * unnotified state, proxies resolving) are outside what it tracks.</p>
 */
public final class IncrementalValidator {

    /** Told after a {@link #revalidate()} that changed findings. */
    @FunctionalInterface
    public interface Listener {
        void findingsChanged(Delta delta);
    }

    /**
     * The findings that changed in one revalidation. A finding that changed (message, status, related elements)
     * appears as removed in its old and added in its new form.
     */
    public record Delta(List<RuleFinding> removed, List<RuleFinding> added) {
        public Delta {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }

        public boolean isEmpty() {
            return removed.isEmpty() && added.isEmpty();
        }
    }

    /** What is kept per check. */
    private final class CheckState {
        final ModelCheck check;
        final ReadPlan plan;
        final List<EClass> types;
        final Map<EObject, List<RuleFinding>> bySource = new HashMap<>();
        final Map<EObject, Set<EObject>> sourcesOf = new HashMap<>();
        final Map<EObject, RuleFinding> current = new HashMap<>();
        final Map<EObject, String> errors = new HashMap<>();
        final Map<EObject, Throwable> causes = new HashMap<>();
        final Set<EObject> dirty = new HashSet<>();
        boolean fullyDirty = true;
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
        Comparator<EObject> runOrder() {
            Comparator<EObject> byType = Comparator.comparingInt(o -> {
                for (int i = 0; i < types.size(); i++) {
                    if (types.get(i).isSuperTypeOf(o.eClass())) {
                        return i;
                    }
                }
                return types.size();
            });
            return byType.thenComparing(index.order());
        }
    }

    private final RuleEngine engine;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Tracker tracker = new Tracker();
    private List<String> problems;
    private List<CheckState> states;
    private Notifier target;
    private LiveIndex index;
    private Waivers waivers;
    private CheckRunner runner;
    private boolean changed;
    private boolean rootsChanged;
    private boolean waiversChanged;
    private ValidationResult result;

    IncrementalValidator(RuleEngine engine) {
        this.engine = engine;
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts following {@code notifier} (a {@link ResourceSet}, a {@link Resource} or a root {@link EObject}) and
     * validates it in full. Listeners are told of every finding as added.
     */
    public ValidationResult attach(Notifier notifier) {
        if (target != null) {
            throw new IllegalStateException("already attached; detach first");
        }
        target = Objects.requireNonNull(notifier);
        runner = new CheckRunner();
        problems = new ArrayList<>();
        states = engine.enabledChecks(problems).stream().map(CheckState::new).toList();
        rebuild();
        target.eAdapters().add(tracker);
        revalidate();
        return result();
    }

    /** Stops following the model and forgets its findings. */
    public void detach() {
        if (target == null) {
            return;
        }
        target.eAdapters().remove(tracker);
        target = null;
        runner.close();
        runner = null;
        index = null;
        states = null;
        result = null;
    }

    public boolean isAttached() {
        return target != null;
    }

    /** Whether changes arrived since the last {@link #revalidate()}. */
    public boolean hasPendingChanges() {
        return changed;
    }

    /**
     * Re-runs the affected checks on the affected elements after a batch of changes and tells the listeners what
     * changed (they are not told of an empty delta).
     */
    public Delta revalidate() {
        requireAttached();
        if (!changed) {
            return new Delta(List.of(), List.of());
        }
        if (rootsChanged) {
            rebuild();
        }
        if (waiversChanged) {
            waivers = new Waivers(index.allInstances(Waiver.class), engine.today());
        }
        List<RuleFinding> removed = new ArrayList<>();
        List<RuleFinding> added = new ArrayList<>();
        for (CheckState state : states) {
            revalidate(state, removed, added);
        }
        changed = false;
        waiversChanged = false;
        result = null;
        Delta delta = new Delta(removed, added);
        if (!delta.isEmpty()) {
            listeners.forEach(l -> l.findingsChanged(delta));
        }
        return delta;
    }

    /**
     * The result for the model as of the last {@link #revalidate()}: the same as a full run would give. Built from
     * the kept findings on first call after a revalidation (a walk of the model for the run order).
     */
    public ValidationResult result() {
        requireAttached();
        if (result == null) {
            result = assemble();
        }
        return result;
    }

    // --- revalidation --------------------------------------------------------------------------------------------

    private void rebuild() {
        List<EObject> roots = new ArrayList<>();
        if (target instanceof ResourceSet set) {
            for (Resource r : List.copyOf(set.getResources())) {
                roots.addAll(r.getContents());
            }
        } else if (target instanceof Resource r) {
            roots.addAll(r.getContents());
        } else {
            roots.add((EObject) target);
        }
        index = new LiveIndex(roots, engine.today());
        waivers = new Waivers(index.allInstances(Waiver.class), engine.today());
        for (CheckState state : states) {
            state.fullyDirty = true;
            state.dirty.clear();
        }
        changed = true;
        rootsChanged = false;
    }

    private void revalidate(CheckState state, List<RuleFinding> removed, List<RuleFinding> added) {
        boolean wasFailed = state.failed();
        Set<EObject> targets = new HashSet<>();
        Collection<EObject> toRun;
        if (state.fullyDirty) {
            Set<EObject> all = CheckRunner.elementsOf(state.check, index);
            for (EObject source : List.copyOf(state.bySource.keySet())) {
                if (!all.contains(source)) {
                    drop(state, source, targets);
                }
            }
            state.errors.clear();
            state.causes.clear();
            toRun = all;
        } else {
            toRun = new ArrayList<>();
            for (EObject o : state.dirty) {
                if (o == null) {
                    continue;
                }
                if (state.isCandidate(o) && index.isAttached(o)) {
                    toRun.add(o);
                } else {
                    drop(state, o, targets);
                }
                state.errors.remove(o);
                state.causes.remove(o);
            }
        }
        state.dirty.clear();
        state.fullyDirty = false;
        state.batchFailure = null;
        if (!toRun.isEmpty()) {
            CheckRunner.Evaluation evaluation = runner.evaluate(state.check, toRun, index, engine.timeLimit());
            if (evaluation.error() != null) {
                state.batchFailure = new RuleFailure(state.check.id(), evaluation.timedOut(), evaluation.error(), null);
                state.fullyDirty = true;
            } else {
                evaluation.bySource().forEach((source, findings) -> {
                    drop(state, source, targets);
                    state.bySource.put(source, findings);
                    for (RuleFinding f : findings) {
                        state.sourcesOf.computeIfAbsent(f.element(), k -> new LinkedHashSet<>(2)).add(source);
                        targets.add(f.element());
                    }
                });
                evaluation.errors().keySet().forEach(source -> drop(state, source, targets));
                state.errors.putAll(evaluation.errors());
                state.causes.putAll(evaluation.causes());
            }
        }
        if (wasFailed != state.failed() || waiversChanged) {
            targets.addAll(state.current.keySet());
            targets.addAll(state.sourcesOf.keySet());
        }
        for (EObject element : targets) {
            RuleFinding before = state.current.get(element);
            RuleFinding after = state.failed() ? null : merged(state, element);
            if (Objects.equals(before, after)) {
                continue;
            }
            if (before != null) {
                removed.add(before);
            }
            if (after != null) {
                added.add(after);
                state.current.put(element, after);
            } else {
                state.current.remove(element);
            }
        }
    }

    private static void drop(CheckState state, EObject source, Set<EObject> targets) {
        List<RuleFinding> old = state.bySource.remove(source);
        if (old == null) {
            return;
        }
        for (RuleFinding f : old) {
            targets.add(f.element());
            Set<EObject> sources = state.sourcesOf.get(f.element());
            if (sources != null) {
                sources.remove(source);
                if (sources.isEmpty()) {
                    state.sourcesOf.remove(f.element());
                }
            }
        }
    }

    /** The finding on {@code element} as a full run reports it: merged over its sources in run order, then configured. */
    private RuleFinding merged(CheckState state, EObject element) {
        Set<EObject> sources = state.sourcesOf.get(element);
        if (sources == null || sources.isEmpty()) {
            return null;
        }
        List<EObject> ordered = new ArrayList<>(sources);
        if (ordered.size() > 1) {
            ordered.sort(state.runOrder());
        }
        RuleFinding first = null;
        LinkedHashSet<EObject> related = new LinkedHashSet<>();
        for (EObject source : ordered) {
            for (RuleFinding f : state.bySource.get(source)) {
                if (f.element() == element) {
                    if (first == null) {
                        first = f;
                    }
                    related.addAll(f.related());
                }
            }
        }
        return configured(state, withRelated(first, related));
    }

    private RuleFinding configured(CheckState state, RuleFinding f) {
        Severity severity = engine.configuration().severity(state.check.id()).orElse(null);
        return waivers.apply(severity != null ? f.withSeverity(severity) : f);
    }

    private static RuleFinding withRelated(RuleFinding f, Collection<EObject> related) {
        if (f.related().size() == related.size()) {
            return f;
        }
        return new RuleFinding(f.ruleId(), f.category(), f.severity(), f.element(), List.copyOf(related), f.message(),
                f.explanation(), f.remediation(), f.status(), f.waiver());
    }

    private ValidationResult assemble() {
        List<RuleFinding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (CheckState state : states) {
            if (state.batchFailure != null) {
                failures.add(state.batchFailure);
                continue;
            }
            Set<EObject> runOrder = CheckRunner.elementsOf(state.check, index);
            if (!state.errors.isEmpty()) {
                EObject first = runOrder.stream().filter(state.errors::containsKey).findFirst().orElseThrow();
                failures.add(new RuleFailure(state.check.id(), false, state.errors.get(first), state.causes.get(first)));
                continue;
            }
            Map<EObject, RuleFinding> firsts = new LinkedHashMap<>();
            Map<EObject, LinkedHashSet<EObject>> related = new HashMap<>();
            for (EObject source : runOrder) {
                for (RuleFinding f : state.bySource.getOrDefault(source, List.of())) {
                    firsts.putIfAbsent(f.element(), f);
                    related.computeIfAbsent(f.element(), k -> new LinkedHashSet<>()).addAll(f.related());
                }
            }
            firsts.forEach((element, f) -> findings.add(configured(state, withRelated(f, related.get(element)))));
        }
        return new ValidationResult(findings, failures, problems, states.size());
    }

    private void requireAttached() {
        if (target == null) {
            throw new IllegalStateException("not attached");
        }
    }

    // --- change tracking -----------------------------------------------------------------------------------------

    private void touch(EObject object, Object feature) {
        touch(object, feature, List.of());
    }

    private void touch(EObject object, Object feature, List<?> oldValues) {
        changed = true;
        if (object instanceof Waiver) {
            waiversChanged = true;
        }
        for (CheckState state : states) {
            if (state.fullyDirty) {
                continue;
            }
            if (state.plan == null) {
                state.fullyDirty = true;
            } else {
                state.plan.affected(object, feature, oldValues, index, state.dirty);
            }
        }
    }

    private void touchSubtree(EObject top) {
        touch(top, ReadPlan.ANY);
        touch(top, ReadPlan.CONTAINER);
        top.eAllContents().forEachRemaining(o -> touch(o, ReadPlan.ANY));
    }

    private void handle(EObject notifier, EStructuralFeature feature, Notification n) {
        if (!index.isAttached(notifier)) {
            return;
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            for (Object old : values(n, false)) {
                index.removeSubtree((EObject) old);
                touchSubtree((EObject) old);
            }
            for (Object added : values(n, true)) {
                index.addSubtree((EObject) added);
                touchSubtree((EObject) added);
            }
            if (n.getEventType() == Notification.MOVE) {
                index.structureChanged();
                touchSubtree((EObject) n.getNewValue());
            }
        } else if (feature instanceof EReference reference && LiveIndex.indexed(reference)) {
            for (Object old : values(n, false)) {
                index.referenceRemoved(notifier, reference, (EObject) old);
            }
            for (Object added : values(n, true)) {
                index.referenceAdded(notifier, reference, (EObject) added);
            }
        } else if (feature instanceof EReference reference && reference.isContainer()) {
            touch(notifier, ReadPlan.CONTAINER);
        }
        index.invalidateShared();
        touch(notifier, feature, feature instanceof EReference ? values(n, false) : List.of());
    }

    /** The values a notification removed ({@code added == false}) or added. */
    private static List<?> values(Notification n, boolean added) {
        Object value = added ? n.getNewValue() : n.getOldValue();
        switch (n.getEventType()) {
            case Notification.SET, Notification.UNSET:
                return value == null ? List.of() : List.of(value);
            case Notification.ADD:
                return added ? List.of(value) : List.of();
            case Notification.REMOVE:
                return added ? List.of() : List.of(value);
            case Notification.ADD_MANY:
                return added ? (List<?>) value : List.of();
            case Notification.REMOVE_MANY:
                return added ? List.of() : (List<?>) value;
            default:
                return List.of();
        }
    }

    /** Follows the whole content tree (adding itself to new objects) and records each change. */
    private final class Tracker extends EContentAdapter {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (n.isTouch() || index == null) {
                return;
            }
            Object notifier = n.getNotifier();
            if (notifier instanceof EObject object && n.getFeature() instanceof EStructuralFeature feature) {
                handle(object, feature, n);
            } else if (notifier instanceof Resource && n.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS
                    || notifier instanceof ResourceSet && n.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES) {
                rootsChanged = true;
                changed = true;
            }
        }
    }
}
