package org.dovetail.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.dovetail.model.governance.Mapping;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * The {@link RuleContext} of one run: one walk of the model builds the document-ordered element list and the
 * inverse-reference index (our own rather than an ECrossReferenceAdapter, so the model is left without adapters).
 * Type queries are computed on first use and cached.
 */
public final class ModelIndex implements RuleContext {

    private final List<EObject> roots;
    private final LocalDate today;
    private final List<EObject> all = new ArrayList<>();
    private final Map<EObject, List<EStructuralFeature.Setting>> inverse = new HashMap<>();
    private final Map<Object, List<?>> byType = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    public ModelIndex(Collection<? extends EObject> roots, LocalDate today) {
        this.roots = List.copyOf(roots);
        this.today = today;
        for (EObject root : this.roots) {
            add(root);
            root.eAllContents().forEachRemaining(this::add);
        }
    }

    private void add(EObject object) {
        all.add(object);
        for (EReference reference : object.eClass().getEAllReferences()) {
            // Containment is the tree itself; transient and derived references are opposites or views of stored ones.
            if (reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()
                    || !object.eIsSet(reference)) {
                continue;
            }
            EStructuralFeature.Setting setting = ((InternalEObject) object).eSetting(reference);
            if (reference.isMany()) {
                for (Object target : (List<?>) object.eGet(reference)) {
                    link((EObject) target, setting);
                }
            } else {
                link((EObject) object.eGet(reference), setting);
            }
        }
    }

    private void link(EObject target, EStructuralFeature.Setting setting) {
        if (target != null) {
            inverse.computeIfAbsent(target, k -> new ArrayList<>(2)).add(setting);
        }
    }

    /** Every element of the run, in document order. */
    public List<EObject> all() {
        return all;
    }

    @Override
    public List<EObject> roots() {
        return roots;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> List<T> allInstances(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, k -> all.stream().filter(type::isInstance).toList());
    }

    @SuppressWarnings("unchecked")
    @Override
    public List<EObject> allInstances(EClass type) {
        return (List<EObject>) byType.computeIfAbsent(type, k -> all.stream().filter(o -> type.isSuperTypeOf(o.eClass())).toList());
    }

    @Override
    public Collection<EStructuralFeature.Setting> inverseReferences(EObject target) {
        return inverse.getOrDefault(target, List.of());
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
        // Not computeIfAbsent: a factory may itself ask for another shared value.
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
