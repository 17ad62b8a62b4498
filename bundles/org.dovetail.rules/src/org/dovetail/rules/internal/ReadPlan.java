package org.dovetail.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.dovetail.model.DovetailPackage;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.ScopedCheck;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The read paths a {@link ScopedCheck} declared, and their inversion: from a changed object and feature back to
 * the checked elements whose evaluation may have read it. A path reads the feature at node {@code i} if it was
 * declared there, or if the step leaving node {@code i} navigates it (or, for an inverse step, the step arriving at
 * node {@code i}). Going back from node {@code i} to the start uses the live index for forward steps, the object's
 * own references for inverse steps and its contents for container steps.
 */
public final class ReadPlan implements ReadPaths {

    /** The change of an object appearing in or leaving the model: any read of it is affected. */
    public static final Object ANY = new Object() {
        @Override
        public String toString() {
            return "ANY";
        }
    };

    /** The change of an object's container. */
    public static final Object CONTAINER = new Object() {
        @Override
        public String toString() {
            return "CONTAINER";
        }
    };

    private enum Kind {
        FOLLOW, REFERRERS, CONTAINER
    }

    private record Step(Kind kind, EReference reference) {
    }

    private static final class Node {
        final Set<EStructuralFeature> reads = new HashSet<>();
        boolean readsAll;
    }

    private final class PathImpl implements Path {
        final List<Node> nodes = new ArrayList<>(List.of(new Node()));
        final List<Step> steps = new ArrayList<>();

        private Node last() {
            return nodes.get(nodes.size() - 1);
        }

        @Override
        public Path read(EStructuralFeature... features) {
            last().reads.addAll(List.of(features));
            return this;
        }

        @Override
        public Path label() {
            return read(DovetailPackage.Literals.ELEMENT__NAME, DovetailPackage.Literals.IDENTIFIED__ID);
        }

        @Override
        public Path readAll() {
            last().readsAll = true;
            return this;
        }

        @Override
        public Path follow(EReference reference) {
            return step(new Step(Kind.FOLLOW, reference));
        }

        @Override
        public Path referrers(EReference reference) {
            return step(new Step(Kind.REFERRERS, reference));
        }

        @Override
        public Path container() {
            return step(new Step(Kind.CONTAINER, null));
        }

        private Path step(Step step) {
            steps.add(step);
            nodes.add(new Node());
            return this;
        }

        /** Whether the node at {@code i} reads {@code feature}. */
        boolean reads(int i, Object feature) {
            if (feature == ANY) {
                return true;
            }
            if (feature == CONTAINER) {
                return i < steps.size() && steps.get(i).kind == Kind.CONTAINER;
            }
            Node node = nodes.get(i);
            if (node.readsAll || node.reads.contains(feature)) {
                return true;
            }
            if (i < steps.size() && steps.get(i).kind == Kind.FOLLOW && steps.get(i).reference == feature) {
                return true;
            }
            return i > 0 && steps.get(i - 1).kind == Kind.REFERRERS && steps.get(i - 1).reference == feature;
        }

        /** Returns true instead when the way back spans a whole model (see {@link #affected}). */
        boolean back(EObject changed, Object feature, Collection<?> oldValues, LiveIndex index, Set<EObject> out) {
            for (int i = 0; i < nodes.size(); i++) {
                if (!reads(i, feature)) {
                    continue;
                }
                Collection<EObject> current = List.of(changed);
                for (int j = i - 1; j >= 0 && !current.isEmpty(); j--) {
                    Set<EObject> previous = new HashSet<>();
                    for (EObject x : current) {
                        if (spansWholeModel(j, x)) {
                            return true;
                        }
                        predecessors(steps.get(j), x, index, previous);
                    }
                    if (j == i - 1 && steps.get(j).kind == Kind.REFERRERS && steps.get(j).reference == feature) {
                        // The change is to the very reference this step goes back over: who it pointed at counts too.
                        oldValues.forEach(v -> previous.add((EObject) v));
                    }
                    current = previous;
                }
                out.addAll(current);
            }
            return false;
        }

        /**
         * Whether going back from the root object {@code x} over steps {@code j … 0} would go down two or more
         * container steps: every element that many levels below the root, a whole model's worth of objects to mark
         * again on every change (a whole-graph check); re-running the check on its elements is cheaper.
         */
        private boolean spansWholeModel(int j, EObject x) {
            if (j < 1 || x.eContainer() != null) {
                return false;
            }
            for (int k = j; k >= 0; k--) {
                if (steps.get(k).kind != Kind.CONTAINER) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<PathImpl> paths = new ArrayList<>();
    private boolean labelsOnlyAsArguments;
    /** The edges and node features of {@link #connected} reads (empty: none declared). */
    private final Set<EStructuralFeature> graphEdges = new HashSet<>();
    private final Set<EStructuralFeature> graphFeatures = new HashSet<>();

    private ReadPlan() {
    }

    public static ReadPlan of(ScopedCheck check) {
        ReadPlan plan = new ReadPlan();
        check.declareReads(plan);
        return plan;
    }

    @Override
    public Path element() {
        PathImpl path = new PathImpl();
        paths.add(path);
        return path;
    }

    @Override
    public void connected(Collection<EReference> edges, Collection<? extends EStructuralFeature> features) {
        for (EReference edge : edges) {
            graphEdges.add(edge);
            if (edge.getEOpposite() != null) {
                graphEdges.add(edge.getEOpposite());
            }
        }
        graphFeatures.addAll(features);
    }

    @Override
    public void labelsOnlyAsArguments() {
        labelsOnlyAsArguments = true;
    }

    /**
     * Whether a change of {@code feature} is a label change that this plan leaves to the findings' arguments (see
     * {@link ReadPaths#labelsOnlyAsArguments()}).
     */
    public boolean leavesToArguments(Object feature) {
        return labelsOnlyAsArguments && (feature == DovetailPackage.Literals.ELEMENT__NAME || feature == DovetailPackage.Literals.IDENTIFIED__ID);
    }

    /**
     * Adds to {@code out} the objects whose evaluation may have read {@code feature} of {@code changed} ({@link #ANY}
     * and {@link #CONTAINER} included); they still need filtering by the check's types and by being in the model.
     * The changed object itself is always included for {@link #ANY}. {@code oldValues} are the objects a changed
     * reference pointed at before the change (empty otherwise).
     *
     * @return true when the change may affect every element of the check (the way back spans a whole model): the
     *         caller re-runs the check in full instead of marking what {@code out} holds
     */
    public boolean affected(EObject changed, Object feature, Collection<?> oldValues, LiveIndex index, Set<EObject> out) {
        if (feature == ANY) {
            out.add(changed);
        }
        if (!graphEdges.isEmpty() && (feature == ANY || feature == CONTAINER || graphEdges.contains(feature) || graphFeatures.contains(feature))) {
            connectedTo(changed, graphEdges.contains(feature) ? oldValues : List.of(), index, out);
        }
        for (PathImpl path : paths) {
            if (path.back(changed, feature, oldValues, index, out)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds everything connected to {@code changed} and to what a changed edge pointed at before ({@code oldValues}):
     * with the change made, that is every object whose component held the changed object before or holds it now (a
     * removed edge split the old component into parts, each reachable from one of its ends).
     */
    private void connectedTo(EObject changed, Collection<?> oldValues, LiveIndex index, Set<EObject> out) {
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<EObject> todo = new ArrayDeque<>();
        todo.add(changed);
        oldValues.forEach(v -> todo.add((EObject) v));
        while (!todo.isEmpty()) {
            EObject x = todo.pop();
            if (!seen.add(x)) {
                continue;
            }
            out.add(x);
            for (EReference reference : x.eClass().getEAllReferences()) {
                if (graphEdges.contains(reference)) {
                    Object value = x.eGet(reference, false);
                    if (value instanceof Collection<?> many) {
                        many.forEach(v -> todo.add((EObject) v));
                    } else if (value != null) {
                        todo.add((EObject) value);
                    }
                }
            }
            if (x.eContainer() != null && graphEdges.contains(x.eContainmentFeature())) {
                todo.add(x.eContainer());
            }
            for (EStructuralFeature.Setting s : index.settingsOf(x)) {
                if (graphEdges.contains(s.getEStructuralFeature())) {
                    todo.add(s.getEObject());
                }
            }
        }
    }

    private static void predecessors(Step step, EObject x, LiveIndex index, Set<EObject> out) {
        switch (step.kind) {
            case FOLLOW -> {
                if (step.reference.isContainment()) {
                    if (x.eContainmentFeature() == step.reference) {
                        out.add(x.eContainer());
                    }
                } else {
                    for (EStructuralFeature.Setting s : index.settingsOf(x)) {
                        if (s.getEStructuralFeature() == step.reference) {
                            out.add(s.getEObject());
                        }
                    }
                }
            }
            case REFERRERS -> {
                if (step.reference.getEContainingClass().isSuperTypeOf(x.eClass())) {
                    Object value = x.eGet(step.reference);
                    if (value instanceof Collection<?> many) {
                        many.forEach(v -> out.add((EObject) v));
                    } else if (value != null) {
                        out.add((EObject) value);
                    }
                }
            }
            case CONTAINER -> out.addAll(x.eContents());
        }
    }
}
