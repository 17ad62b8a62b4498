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
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;

/**
 * The {@link RuleContext} of one run: one walk of the model builds the document-ordered element list, bucketed by
 * class. The walk follows each class's containment features directly (the order of {@code eAllContents()}, without
 * its iterator machinery, which costs as much as the checks of a small run). The inverse-reference index (our own rather than an ECrossReferenceAdapter, so the model is left without
 * adapters) is built on first use: per reference for {@link #referrers} (from the instances of the declaring class
 * only), in full for {@link #inverseReferences} and {@link #mappingsOf}. Type queries are computed on first use and
 * cached.
 */
public final class ModelIndex implements RuleContext {

    private final List<EObject> roots;
    private final LocalDate today;
    private final List<EObject> all = new ArrayList<>();
    private volatile Map<EObject, List<EStructuralFeature.Setting>> inverse;
    /** Per reference: who points at each target, in document order (an EObject for one referrer, else a list). */
    private final Map<EReference, Map<EObject, Object>> byReference = new ConcurrentHashMap<>();
    private final Map<Object, List<?>> byType = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private final Map<EClass, Bucket> buckets = new java.util.LinkedHashMap<>();
    private EClass lastClass;
    private Bucket lastBucket;

    public ModelIndex(Collection<? extends EObject> roots, LocalDate today) {
        this.roots = List.copyOf(roots);
        this.today = today;
        for (EObject root : this.roots) {
            walk(root);
        }
    }

    /** Adds {@code object} and its contents in document order (depth first, containment features in order). */
    private void walk(EObject object) {
        add(object);
        InternalEObject internal = (InternalEObject) object;
        int[] containments = lastBucket.containments;
        for (int featureId : containments) {
            if (!(internal instanceof BasicEObjectImpl basic ? basic.eIsSet(featureId)
                    : internal.eIsSet(internal.eClass().getEStructuralFeature(featureId)))) {
                continue; // as eContents() does; also leaves unset lists uncreated
            }
            Object value = internal.eGet(featureId, true, true);
            if (value instanceof List<?> list) {
                for (int i = 0, n = list.size(); i < n; i++) {
                    walk((EObject) list.get(i));
                }
            } else if (value != null) {
                walk((EObject) value);
            }
        }
    }

    private void add(EObject object) {
        EClass eClass = object.eClass();
        Bucket bucket = eClass == lastClass ? lastBucket : buckets.computeIfAbsent(eClass, Bucket::new);
        lastClass = eClass;
        lastBucket = bucket;
        bucket.add(object, all.size());
        all.add(object);
    }

    /** The full inverse-reference index, built on first use by one pass over the elements. */
    private Map<EObject, List<EStructuralFeature.Setting>> inverse() {
        Map<EObject, List<EStructuralFeature.Setting>> result = inverse;
        if (result == null) {
            synchronized (this) {
                if (inverse == null) {
                    Map<EObject, List<EStructuralFeature.Setting>> built = new HashMap<>();
                    Map<EClass, EReference[]> indexedReferences = new HashMap<>();
                    for (EObject object : all) {
                        for (EReference reference : indexedReferences.computeIfAbsent(object.eClass(), ModelIndex::indexedReferences)) {
                            indexReference(object, reference, built);
                        }
                    }
                    inverse = built;
                }
                result = inverse;
            }
        }
        return result;
    }

    /** The inverse of one reference only, built on first use from the instances of the class that declares it. */
    private Map<EObject, Object> inverseOf(EReference reference) {
        return byReference.computeIfAbsent(reference, r -> {
            Map<EObject, Object> built = new HashMap<>();
            if (isIndexed(r)) {
                for (EObject object : allInstances(r.getEContainingClass())) {
                    if (r.isMany()) {
                        if (object.eIsSet(r)) {
                            for (Object target : (List<?>) object.eGet(r)) {
                                addReferrer(built, (EObject) target, object);
                            }
                        }
                    } else if (object.eGet(r) instanceof EObject target) {
                        addReferrer(built, target, object);
                    }
                }
            }
            return built;
        });
    }

    @SuppressWarnings("unchecked")
    private static void addReferrer(Map<EObject, Object> into, EObject target, EObject referrer) {
        Object known = into.putIfAbsent(target, referrer);
        if (known instanceof List<?> list) {
            ((List<EObject>) list).add(referrer);
        } else if (known != null) {
            List<EObject> list = new ArrayList<>(2);
            list.add((EObject) known);
            list.add(referrer);
            into.put(target, list);
        }
    }

    private static void indexReference(EObject object, EReference reference, Map<EObject, List<EStructuralFeature.Setting>> into) {
        if (!object.eIsSet(reference)) {
            return;
        }
        EStructuralFeature.Setting setting = ((InternalEObject) object).eSetting(reference);
        if (reference.isMany()) {
            for (Object target : (List<?>) object.eGet(reference)) {
                link((EObject) target, setting, into);
            }
        } else {
            link((EObject) object.eGet(reference), setting, into);
        }
    }

    private static boolean isIndexed(EReference r) {
        return !(r.isContainment() || r.isContainer() || r.isTransient() || r.isDerived());
    }

    /** Containment is the tree itself; transient and derived references are opposites or views of stored ones. */
    private static EReference[] indexedReferences(EClass type) {
        return type.getEAllReferences().stream().filter(ModelIndex::isIndexed).toArray(EReference[]::new);
    }

    private static void link(EObject target, EStructuralFeature.Setting setting, Map<EObject, List<EStructuralFeature.Setting>> into) {
        if (target != null) {
            into.computeIfAbsent(target, k -> new ArrayList<>(2)).add(setting);
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
        // One test per class bucket (the objects of one EClass share their Java class), not per element.
        return (List<T>) byType.computeIfAbsent(type, k -> merged(b -> type.isInstance(b.objects.get(0))));
    }

    @SuppressWarnings("unchecked")
    @Override
    public List<EObject> allInstances(EClass type) {
        return (List<EObject>) byType.computeIfAbsent(type, k -> fromBuckets(type));
    }

    /** The instances of {@code type}: the buckets of its subclasses, merged back into document order. */
    private List<EObject> fromBuckets(EClass type) {
        return merged(bucket -> type.isSuperTypeOf(bucket.eClass));
    }

    /** The objects of the matching buckets, in document order. */
    private List<EObject> merged(java.util.function.Predicate<Bucket> matches) {
        List<Bucket> matching = new ArrayList<>();
        buckets.forEach((eClass, bucket) -> {
            if (matches.test(bucket)) {
                matching.add(bucket);
            }
        });
        if (matching.isEmpty()) {
            return List.of();
        }
        if (matching.size() == 1) {
            return List.copyOf(matching.get(0).objects);
        }
        int size = matching.stream().mapToInt(b -> b.objects.size()).sum();
        long[] keys = new long[size];
        EObject[] objects = new EObject[size];
        int n = 0;
        for (Bucket b : matching) {
            for (int i = 0; i < b.objects.size(); i++) {
                keys[n] = ((long) b.ordinals[i] << 32) | n;
                objects[n++] = b.objects.get(i);
            }
        }
        java.util.Arrays.sort(keys);
        EObject[] ordered = new EObject[size];
        for (int i = 0; i < size; i++) {
            ordered[i] = objects[(int) keys[i]];
        }
        return List.of(ordered);
    }

    /** The elements of one exact class, with their positions in document order. */
    private static final class Bucket {
        final EClass eClass;
        final List<EObject> objects = new ArrayList<>();
        /** The feature ids of the class's containment features, in the order {@code eContents()} lists them. */
        final int[] containments;
        int[] ordinals = new int[8];

        Bucket(EClass eClass) {
            this.eClass = eClass;
            List<EReference> references = eClass.getEAllContainments();
            containments = new int[references.size()];
            for (int i = 0; i < containments.length; i++) {
                containments[i] = eClass.getFeatureID(references.get(i));
            }
        }

        void add(EObject o, int ordinal) {
            if (objects.size() == ordinals.length) {
                ordinals = java.util.Arrays.copyOf(ordinals, ordinals.length * 2);
            }
            ordinals[objects.size()] = ordinal;
            objects.add(o);
        }
    }

    /** The elements of {@code all} that are instances of {@code type}, in order; tested once per Java class. */
    static List<EObject> instances(List<EObject> all, Class<?> type) {
        Map<Class<?>, Boolean> memo = new java.util.IdentityHashMap<>();
        List<EObject> result = new ArrayList<>();
        for (EObject o : all) {
            if (memo.computeIfAbsent(o.getClass(), type::isAssignableFrom)) {
                result.add(o);
            }
        }
        return List.copyOf(result);
    }

    /** The elements of {@code all} whose class matches, in order; the test runs once per EClass, not per element. */
    static List<EObject> instances(List<EObject> all, java.util.function.Predicate<EClass> matches) {
        Map<EClass, Boolean> memo = new java.util.IdentityHashMap<>();
        List<EObject> result = new ArrayList<>();
        for (EObject o : all) {
            EClass c = o.eClass();
            Boolean match = memo.get(c);
            if (match == null) {
                match = matches.test(c);
                memo.put(c, match);
            }
            if (match) {
                result.add(o);
            }
        }
        return List.copyOf(result);
    }

    @Override
    public Collection<EStructuralFeature.Setting> inverseReferences(EObject target) {
        return inverse().getOrDefault(target, List.of());
    }

    @Override
    public <T extends EObject> List<T> referrers(EObject target, EReference reference, Class<T> type) {
        Object referrers = inverseOf(reference).get(target);
        if (referrers == null) {
            return List.of();
        }
        if (referrers instanceof EObject single) {
            return type.isInstance(single) ? List.of(type.cast(single)) : List.of();
        }
        LinkedHashSet<T> result = new LinkedHashSet<>(); // a many-valued reference may list a target twice
        for (Object referrer : (List<?>) referrers) {
            if (type.isInstance(referrer)) {
                result.add(type.cast(referrer));
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
