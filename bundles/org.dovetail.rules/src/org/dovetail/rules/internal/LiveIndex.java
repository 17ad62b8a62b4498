package org.dovetail.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.dovetail.model.governance.Mapping;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The {@link RuleContext} of incremental validation: the same answers as {@link ModelIndex} on the current state
 * of the model, kept up to date by the change calls below instead of being rebuilt. The inverse-reference index and
 * the instance lists of the types asked for ({@link TypeLists}) are updated per change; the document-ordered list
 * of all elements is rebuilt on first use after a change of the containment tree (only a type not asked for before
 * needs it); shared values are dropped after every change.
 *
 * <p>Elements outside the model that it still references (EMF's {@code EcoreUtil.remove} leaves references to a
 * removed element in place) keep their own references in a second inverse index, {@link #settingsOf} only: a check
 * reads through such an element as a full run does, so walking back over a forward reference must find it. They
 * are the subtrees removed while following the model, those reached from the model when the index is built, and
 * those a new reference points into. What they reference while outside the model is not followed (no change of
 * theirs is seen); they are forgotten when they return or the index is rebuilt.</p>
 */
public final class LiveIndex implements RuleContext {

    private final List<EObject> roots;
    private final Set<EObject> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
    private final LocalDate today;
    private final DocumentOrder order;
    private final Map<EObject, List<EStructuralFeature.Setting>> inverse = new HashMap<>();
    /** The references held by elements outside the model, by target and by holder. */
    private final Map<EObject, List<EStructuralFeature.Setting>> outsideInverse = new HashMap<>();
    private final Map<EObject, List<EObject>> outsideHeld = new IdentityHashMap<>();
    private final TypeLists typeLists = new TypeLists();
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private volatile List<EObject> all;

    public LiveIndex(Collection<? extends EObject> roots, LocalDate today) {
        this.roots = List.copyOf(roots);
        this.rootSet.addAll(this.roots);
        this.today = today;
        this.order = new DocumentOrder(this.roots);
        for (EObject root : this.roots) {
            indexReferences(root, true);
            root.eAllContents().forEachRemaining(o -> indexReferences(o, true));
        }
        for (EObject target : List.copyOf(inverse.keySet())) {
            noteIfOutside(target);
        }
    }

    // --- changes -------------------------------------------------------------------------------------------------

    /**
     * Indexes the references held by {@code top} and everything it contains, which is back in the model: they stop
     * being held outside it, and the elements outside the model they point at are kept.
     */
    public void addSubtree(EObject top) {
        List<EObject> tree = subtree(top);
        tree.forEach(this::forgetOutside);
        for (EObject o : tree) {
            forEachTarget(o, (reference, target) -> {
                referenceAdded(o, reference, target);
                noteIfOutside(target);
            });
        }
        all = null;
        typeLists.added(top, tree, order);
    }

    /**
     * Forgets the references held by {@code top} and everything it contains (references to them stay), and keeps
     * them as held outside the model.
     */
    public void removeSubtree(EObject top) {
        List<EObject> tree = subtree(top);
        tree.forEach(o -> indexReferences(o, false));
        addOutside(top);
        all = null;
        typeLists.removed(tree);
    }

    /** {@code top} moved within its list: its subtree's place in the document order changed. */
    public void moved(EObject top) {
        List<EObject> tree = subtree(top);
        all = null;
        typeLists.removed(tree);
        typeLists.added(top, tree, order);
    }

    private static List<EObject> subtree(EObject top) {
        List<EObject> tree = new ArrayList<>(List.of(top));
        top.eAllContents().forEachRemaining(tree::add);
        return tree;
    }

    /** A reference of the model now points at {@code target}: if it is outside the model, its references are kept. */
    public void noteIfOutside(EObject target) {
        if (target != null && !outsideHeld.containsKey(target) && !isAttached(target)) {
            addOutside(EcoreUtil.getRootContainer(target));
        }
    }

    /** Keeps the references of the outside tree under {@code top}, and of the outside trees they lead to. */
    private void addOutside(EObject top) {
        List<EObject> work = new ArrayList<>(List.of(top));
        while (!work.isEmpty()) {
            EObject next = work.remove(work.size() - 1);
            if (outsideHeld.containsKey(next)) {
                continue;
            }
            List<EObject> tree = new ArrayList<>(List.of(next));
            next.eAllContents().forEachRemaining(tree::add);
            for (EObject holder : tree) {
                List<EObject> targets = new ArrayList<>(2);
                outsideHeld.put(holder, targets);
                forEachTarget(holder, (reference, target) -> {
                    targets.add(target);
                    outsideInverse.computeIfAbsent(target, k -> new ArrayList<>(2)).add(((InternalEObject) holder).eSetting(reference));
                    if (!outsideHeld.containsKey(target) && !isAttached(target)) {
                        work.add(EcoreUtil.getRootContainer(target));
                    }
                });
            }
        }
    }

    private void forgetOutside(EObject holder) {
        List<EObject> targets = outsideHeld.remove(holder);
        if (targets == null) {
            return;
        }
        for (EObject target : targets) {
            List<EStructuralFeature.Setting> settings = outsideInverse.get(target);
            if (settings != null) {
                settings.removeIf(s -> s.getEObject() == holder);
                if (settings.isEmpty()) {
                    outsideInverse.remove(target);
                }
            }
        }
    }

    /** Whether changes of {@code reference} are kept in the inverse index (the same choice as {@link ModelIndex}). */
    public static boolean indexed(EReference reference) {
        return !(reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived());
    }

    public void referenceAdded(EObject source, EReference reference, EObject target) {
        if (target != null) {
            inverse.computeIfAbsent(target, k -> new ArrayList<>(2)).add(((InternalEObject) source).eSetting(reference));
        }
    }

    public void referenceRemoved(EObject source, EReference reference, EObject target) {
        List<EStructuralFeature.Setting> settings = target == null ? null : inverse.get(target);
        if (settings == null) {
            return;
        }
        for (int i = 0; i < settings.size(); i++) {
            EStructuralFeature.Setting s = settings.get(i);
            if (s.getEObject() == source && s.getEStructuralFeature() == reference) {
                settings.remove(i);
                break;
            }
        }
        if (settings.isEmpty()) {
            inverse.remove(target);
        }
    }

    /** Drops the shared values: they may depend on anything. */
    public void invalidateShared() {
        shared.clear();
    }

    private void indexReferences(EObject object, boolean add) {
        forEachTarget(object, (reference, target) -> update(object, reference, target, add));
    }

    /** Calls {@code action} for each indexed reference {@code object} holds, once per target. */
    private static void forEachTarget(EObject object, java.util.function.BiConsumer<EReference, EObject> action) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (!indexed(reference) || !object.eIsSet(reference)) {
                continue;
            }
            if (reference.isMany()) {
                for (Object target : (List<?>) object.eGet(reference)) {
                    action.accept(reference, (EObject) target);
                }
            } else if (object.eGet(reference) instanceof EObject target) {
                action.accept(reference, target);
            }
        }
    }

    private void update(EObject source, EReference reference, EObject target, boolean add) {
        if (add) {
            referenceAdded(source, reference, target);
        } else {
            referenceRemoved(source, reference, target);
        }
    }

    // --- queries -------------------------------------------------------------------------------------------------

    /** Whether {@code object} is in the model under validation (contained, directly or not, by one of the roots). */
    public boolean isAttached(EObject object) {
        EObject top = EcoreUtil.getRootContainer(object);
        return rootSet.contains(top);
    }

    public DocumentOrder order() {
        return order;
    }

    /**
     * The stored inverse references of {@code target}, unordered, those held by elements outside the model
     * included: for walking back over forward references, not for the queries of checks.
     */
    public List<EStructuralFeature.Setting> settingsOf(EObject target) {
        List<EStructuralFeature.Setting> inside = inverse.getOrDefault(target, List.of());
        List<EStructuralFeature.Setting> outside = outsideInverse.get(target);
        if (outside == null) {
            return inside;
        }
        List<EStructuralFeature.Setting> both = new ArrayList<>(inside);
        both.addAll(outside);
        return both;
    }

    /** Every element, in document order. */
    public List<EObject> all() {
        List<EObject> result = all;
        if (result == null) {
            result = new ArrayList<>();
            for (EObject root : roots) {
                result.add(root);
                root.eAllContents().forEachRemaining(result::add);
            }
            all = result;
        }
        return result;
    }

    @Override
    public List<EObject> roots() {
        return roots;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> List<T> allInstances(Class<T> type) {
        return (List<T>) typeLists.get(type, () -> ModelIndex.instances(all(), type));
    }

    @SuppressWarnings("unchecked")
    @Override
    public List<EObject> allInstances(EClass type) {
        return typeLists.get(type, () -> ModelIndex.instances(all(), type::isSuperTypeOf));
    }

    @Override
    public Collection<EStructuralFeature.Setting> inverseReferences(EObject target) {
        List<EStructuralFeature.Setting> settings = inverse.get(target);
        if (settings == null) {
            return List.of();
        }
        if (settings.size() == 1) {
            return List.copyOf(settings);
        }
        // As ModelIndex lists them: by document order of the referrer, then by the order of its references.
        List<EStructuralFeature.Setting> sorted = new ArrayList<>(settings);
        sorted.sort((a, b) -> {
            int c = order.compare(a.getEObject(), b.getEObject());
            if (c != 0) {
                return c;
            }
            List<EReference> refs = a.getEObject().eClass().getEAllReferences();
            return Integer.compare(refs.indexOf(a.getEStructuralFeature()), refs.indexOf(b.getEStructuralFeature()));
        });
        return sorted;
    }

    @Override
    public <T extends EObject> List<T> referrers(EObject target, EReference reference, Class<T> type) {
        LinkedHashSet<T> result = new LinkedHashSet<>();
        for (EStructuralFeature.Setting s : inverseReferences(target)) {
            if (s.getEStructuralFeature() == reference && type.isInstance(s.getEObject())) {
                result.add(type.cast(s.getEObject()));
            }
        }
        return List.copyOf(result);
    }

    @Override
    public List<Mapping> mappingsOf(EObject element) {
        LinkedHashSet<Mapping> result = new LinkedHashSet<>();
        for (EStructuralFeature.Setting s : inverseReferences(element)) {
            if (s.getEObject() instanceof Mapping mapping) {
                result.add(mapping);
            }
        }
        return List.copyOf(result);
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public <T> T shared(Class<T> type, Function<RuleContext, T> factory) {
        Object value = shared.get(type);
        if (value == null) {
            Object computed = factory.apply(this);
            value = shared.putIfAbsent(type, computed);
            if (value == null) {
                value = computed;
            }
        }
        return type.cast(value);
    }
}
