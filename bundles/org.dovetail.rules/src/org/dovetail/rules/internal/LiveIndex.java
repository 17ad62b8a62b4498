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
 * of the model, kept up to date by the change calls below instead of being rebuilt. The inverse-reference index is
 * updated per change; the document-ordered element list and the type queries are rebuilt on first use after a
 * change of the containment tree; shared values are dropped after every change.
 */
public final class LiveIndex implements RuleContext {

    private final List<EObject> roots;
    private final Set<EObject> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
    private final LocalDate today;
    private final DocumentOrder order;
    private final Map<EObject, List<EStructuralFeature.Setting>> inverse = new HashMap<>();
    private final Map<Object, List<?>> byType = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private volatile List<EObject> all;

    public LiveIndex(Collection<? extends EObject> roots, LocalDate today) {
        this.roots = List.copyOf(roots);
        this.rootSet.addAll(this.roots);
        this.today = today;
        this.order = new DocumentOrder(this.roots);
        for (EObject root : this.roots) {
            addSubtree(root);
        }
    }

    // --- changes -------------------------------------------------------------------------------------------------

    /** Indexes the references held by {@code top} and everything it contains. */
    public void addSubtree(EObject top) {
        indexReferences(top, true);
        top.eAllContents().forEachRemaining(o -> indexReferences(o, true));
        structureChanged();
    }

    /** Forgets the references held by {@code top} and everything it contains (references to them stay). */
    public void removeSubtree(EObject top) {
        indexReferences(top, false);
        top.eAllContents().forEachRemaining(o -> indexReferences(o, false));
        structureChanged();
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

    /** The order of elements changed (a move): the element list is rebuilt on next use. */
    public void structureChanged() {
        all = null;
        byType.clear();
    }

    /** Drops the shared values: they may depend on anything. */
    public void invalidateShared() {
        shared.clear();
    }

    private void indexReferences(EObject object, boolean add) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (!indexed(reference) || !object.eIsSet(reference)) {
                continue;
            }
            if (reference.isMany()) {
                for (Object target : (List<?>) object.eGet(reference)) {
                    update(object, reference, (EObject) target, add);
                }
            } else {
                update(object, reference, (EObject) object.eGet(reference), add);
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

    /** The stored inverse references of {@code target}, unordered. */
    public List<EStructuralFeature.Setting> settingsOf(EObject target) {
        return inverse.getOrDefault(target, List.of());
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
        return (List<T>) byType.computeIfAbsent(type, k -> ModelIndex.instances(all(), type));
    }

    @SuppressWarnings("unchecked")
    @Override
    public List<EObject> allInstances(EClass type) {
        return (List<EObject>) byType.computeIfAbsent(type, k -> ModelIndex.instances(all(), type::isSuperTypeOf));
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
