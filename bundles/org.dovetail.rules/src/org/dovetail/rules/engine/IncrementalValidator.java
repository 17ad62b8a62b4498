package org.dovetail.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.internal.CheckRunner;
import org.dovetail.rules.internal.LiveIndex;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

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
 * the changed reference itself, which is walked back over the reference's old values as well as its new ones. A
 * path may pass through an element removed from the model that the model still references (EMF leaves such
 * references in place); the live index keeps that element's references for walking back.</li>
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
 * <p>The work is split three ways: {@link ChangeTracker} follows the notifications and marks what they affect,
 * this class re-runs what is marked, and {@link FindingMerger} merges the kept findings into a full run's.</p>
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

    private final RuleEngine engine;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ChangeTracker tracker = new ChangeTracker();
    private List<String> problems;
    private List<CheckState> states;
    private Notifier target;
    private LiveIndex index;
    private FindingMerger merger;
    private CheckRunner runner;
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
        runner = new CheckRunner(engine.onCallingThread());
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
        tracker.follow(null, null);
        target = null;
        runner.close();
        runner = null;
        index = null;
        merger = null;
        states = null;
        result = null;
    }

    public boolean isAttached() {
        return target != null;
    }

    /** Whether changes arrived since the last {@link #revalidate()}. */
    public boolean hasPendingChanges() {
        return tracker.changed();
    }

    /**
     * Re-runs the affected checks on the affected elements after a batch of changes and tells the listeners what
     * changed (they are not told of an empty delta).
     */
    public Delta revalidate() {
        requireAttached();
        if (!tracker.changed()) {
            return new Delta(List.of(), List.of());
        }
        boolean rebuilt = tracker.rootsChanged();
        if (rebuilt) {
            rebuild(); // the roots (their order too) may differ: every check's part is assembled again
        }
        boolean waiversChanged = tracker.waiversChanged();
        if (waiversChanged) {
            merger.waivers(new Waivers(RuleEngine.waiversOf(index), engine.today()));
        }
        List<RuleFinding> removed = new ArrayList<>();
        List<RuleFinding> added = new ArrayList<>();
        for (CheckState state : states) {
            boolean reordered = tracker.reordered(state);
            boolean wasFailed = state.failed();
            revalidate(state, waiversChanged, removed, added);
            if (rebuilt || waiversChanged || reordered || wasFailed || state.failed() || state.takeFindingsChanged()) {
                state.assembled = null; // its part of the result is built again on the next result()
            }
        }
        tracker.reset();
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
            result = merger.assemble(states, index, problems);
        }
        return result;
    }

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
        merger = new FindingMerger(engine.configuration(), new Waivers(RuleEngine.waiversOf(index), engine.today()));
        for (CheckState state : states) {
            state.fullyDirty = true;
            state.dirty.clear();
        }
        tracker.follow(index, states);
        tracker.rebuilt();
    }

    /** Evaluates what is marked for one check and adds the changes of its merged findings to the delta. */
    private void revalidate(CheckState state, boolean waiversChanged, List<RuleFinding> removed, List<RuleFinding> added) {
        boolean wasFailed = state.failed();
        Set<EObject> targets = new HashSet<>();
        Collection<EObject> toRun = toRun(state, targets);
        state.dirty.clear();
        state.fullyDirty = false;
        state.batchFailure = null;
        if (!toRun.isEmpty()) {
            CheckRunner.Evaluation evaluation = runner.evaluate(state.check, toRun, index, engine.timeLimit());
            if (evaluation.error() != null) {
                state.batchFailure = new RuleFailure(state.check.id(), evaluation.timedOut(), evaluation.error(), null);
                state.fullyDirty = true;
            } else {
                evaluation.bySource().forEach((source, findings) -> state.replace(source, findings, evaluation.namedBySource().get(source), targets));
                evaluation.errors().keySet().forEach(source -> state.drop(source, targets));
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
            RuleFinding after = state.failed() ? null : merger.merged(state, element, index);
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

    /**
     * The elements to evaluate: all of the check's after a full mark, else the marked ones still in the model and of
     * its types. Forgets what the others reported (adding the elements they reported on to {@code targets}).
     */
    private Collection<EObject> toRun(CheckState state, Set<EObject> targets) {
        if (state.fullyDirty) {
            Set<EObject> all = CheckRunner.elementsOf(state.check, index);
            for (EObject source : List.copyOf(state.bySource.keySet())) {
                if (!all.contains(source)) {
                    state.drop(source, targets);
                }
            }
            state.errors.clear();
            state.causes.clear();
            return all;
        }
        List<EObject> toRun = new ArrayList<>();
        for (EObject o : state.dirty) {
            if (o == null) {
                continue;
            }
            if (state.isCandidate(o) && index.isAttached(o)) {
                toRun.add(o);
            } else {
                state.drop(o, targets);
            }
            state.errors.remove(o);
            state.causes.remove(o);
        }
        return toRun;
    }

    private void requireAttached() {
        if (target == null) {
            throw new IllegalStateException("not attached");
        }
    }
}
