package org.dovetail.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The instances of each type a check asked for, in document order, kept up to date as subtrees enter and leave the
 * model. Rebuilding a list walks the whole model: on a model of 100,000 elements, a walk per type after every change
 * of the containment tree was most of what adding one flow cost. A subtree is contiguous in document order, so it
 * goes in at one place, found by a binary search. Past {@link #REBUILD_AFTER} elements added or removed one by one
 * (a large update), the lists are dropped and rebuilt on next use instead: inserting into long lists one element at
 * a time would cost more than one walk.
 */
final class TypeLists {

    static final int REBUILD_AFTER = 4_096;

    private record TypeList(Predicate<EObject> matches, List<EObject> list, List<EObject> view) {
    }

    /** Keyed by {@link EClass} or Java class; asked for from check threads, changed only between runs. */
    private final Map<Object, TypeList> lists = new ConcurrentHashMap<>();
    private int changedSinceBuilt;

    /** The instances of {@code type} ({@link EClass} or Java class), built by {@code build} when not yet kept. */
    @SuppressWarnings("unchecked")
    List<EObject> get(Object type, Supplier<List<?>> build) {
        return lists.computeIfAbsent(type, key -> {
            List<EObject> list = new ArrayList<>((List<EObject>) build.get());
            return new TypeList(matcher(key), list, Collections.unmodifiableList(list));
        }).view();
    }

    /** {@code tree} ({@code top} and its contents, in document order) is now in the model. */
    void added(EObject top, List<EObject> tree, DocumentOrder order) {
        if (tooMany(tree.size())) {
            return;
        }
        for (TypeList typeList : lists.values()) {
            List<EObject> matching = tree.stream().filter(typeList.matches()).toList();
            if (matching.isEmpty()) {
                continue;
            }
            List<EObject> list = typeList.list();
            int at = insertionPoint(list, top, order);
            if (at < list.size() && list.get(at) == matching.get(0)) {
                lists.clear(); // told twice of one subtree: rebuild rather than guess
                return;
            }
            list.addAll(at, matching);
        }
    }

    /** {@code tree} (a subtree) has left the model. */
    void removed(List<EObject> tree) {
        if (tooMany(tree.size())) {
            return;
        }
        Set<EObject> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(tree);
        for (TypeList typeList : lists.values()) {
            if (tree.stream().anyMatch(typeList.matches())) {
                typeList.list().removeIf(gone::contains);
            }
        }
    }

    private boolean tooMany(int changed) {
        changedSinceBuilt += changed;
        if (changedSinceBuilt <= REBUILD_AFTER) {
            return false;
        }
        lists.clear();
        changedSinceBuilt = 0;
        return true;
    }

    /** The first index whose element comes after {@code top} in document order. */
    private static int insertionPoint(List<EObject> list, EObject top, DocumentOrder order) {
        int low = 0;
        int high = list.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (order.compare(list.get(middle), top) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static Predicate<EObject> matcher(Object type) {
        if (type instanceof EClass eClass) {
            return o -> eClass.isSuperTypeOf(o.eClass());
        }
        return ((Class<?>) type)::isInstance;
    }
}
