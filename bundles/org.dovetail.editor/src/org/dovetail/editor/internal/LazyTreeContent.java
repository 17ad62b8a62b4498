package org.dovetail.editor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.edit.ui.provider.InsertingContent;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Feeds a {@code SWT.VIRTUAL} tree from the EMF.Edit item providers one row at a time, so that a domain with
 * thousands of elements creates and labels only the rows on screen (a plain tree builds every row of every expanded
 * branch, which froze the window for half a minute on a 100 K-element model). Elements {@code shown} rejects are
 * left out, as a viewer filter would (lazy trees take no filters). Refreshes after model changes still come from
 * the item providers' notifications through the wrapped provider.
 */
public final class LazyTreeContent implements ILazyTreeContentProvider, InsertingContent {

    private final AdapterFactoryContentProvider items;
    private final Predicate<Object> shown;
    private TreeViewer viewer;
    /** The children last asked for: revealing an element materialises all its siblings, one call each. */
    private Object cachedParent;
    private Object[] cachedChildren;
    /** Past this many rows inserted or removed at once, the parent is refreshed instead. */
    private static final int MOST_ROWS_INSERTED_OR_REMOVED = 100;
    /** The children each parent's row count was set from (what its rows show, or will when asked). */
    private final Map<Object, Object[]> counted = new WeakHashMap<>();

    public LazyTreeContent(AdapterFactoryContentProvider items, Predicate<Object> shown) {
        this.items = items;
        this.shown = shown;
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = (TreeViewer) newViewer;
        forget();
        counted.clear();
        items.inputChanged(newViewer, oldInput, newInput);
    }

    @Override
    public void updateElement(Object parent, int index) {
        Object[] children = children(parent);
        if (index < children.length) {
            Object child = children[index];
            viewer.replace(parent, index, child);
            viewer.setHasChildren(child, items.hasChildren(child) && Arrays.stream(items.getChildren(child)).anyMatch(shown));
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        Object[] children = children(element);
        counted.put(element, children);
        if (children.length != currentChildCount) {
            viewer.setChildCount(element, children.length);
        }
    }

    @Override
    public boolean showInsertedOrRemoved(Object parent) {
        Object[] before = counted.get(parent);
        if (before == null) {
            return false;
        }
        forget(); // what was cached may predate the change
        Object[] now = children(parent);
        // An import adds a process after the processes and its roles after the roles: insertions at several places.
        Set<Object> wasShown = identitySet(before);
        Set<Object> isShown = identitySet(now);
        List<Integer> removed = new ArrayList<>();
        List<Integer> inserted = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            if (!isShown.contains(before[i])) {
                removed.add(i);
            }
        }
        int stayed = 0; // walks the rows that stay, in their order before
        for (int i = 0; i < now.length; i++) {
            if (!wasShown.contains(now[i])) {
                inserted.add(i);
                continue;
            }
            while (stayed < before.length && !isShown.contains(before[stayed])) {
                stayed++;
            }
            if (stayed == before.length || before[stayed++] != now[i]) {
                return false; // the rows that stay were reordered
            }
        }
        if (removed.size() + inserted.size() > MOST_ROWS_INSERTED_OR_REMOVED) {
            return false;
        }
        for (int i = removed.size() - 1; i >= 0; i--) {
            viewer.remove(parent, removed.get(i));
        }
        for (int index : inserted) {
            viewer.insert(parent, now[index], index);
        }
        counted.put(parent, now);
        return true;
    }

    private static Set<Object> identitySet(Object[] elements) {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>(elements.length * 2));
        Collections.addAll(set, elements);
        return set;
    }

    @Override
    public Object getParent(Object element) {
        return items.getParent(element);
    }

    /** The shown children of {@code parent}, kept until the event loop turns (the model cannot change before). */
    public Object[] children(Object parent) {
        if (parent == cachedParent && cachedChildren != null) {
            return cachedChildren;
        }
        Object[] children = Arrays.stream(items.getChildren(parent)).filter(shown).toArray();
        if (cachedParent == null && viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::forget);
        }
        cachedParent = parent;
        cachedChildren = children;
        return children;
    }

    /** Drops the cached children (done after every turn of the event loop and before a refresh). */
    public void forget() {
        cachedParent = null;
        cachedChildren = null;
    }

    @Override
    public void dispose() {
        items.dispose();
    }
}
