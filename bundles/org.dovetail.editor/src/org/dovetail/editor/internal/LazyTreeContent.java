package org.dovetail.editor.internal;

import java.util.Arrays;
import java.util.Map;
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
        int prefix = 0;
        while (prefix < before.length && prefix < now.length && before[prefix] == now[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.length - prefix && suffix < now.length - prefix
                && before[before.length - 1 - suffix] == now[now.length - 1 - suffix]) {
            suffix++;
        }
        int removed = before.length - prefix - suffix;
        int inserted = now.length - prefix - suffix;
        if (removed > 0 && inserted > 0 || removed + inserted > MOST_ROWS_INSERTED_OR_REMOVED) {
            return false;
        }
        for (int i = removed - 1; i >= 0; i--) {
            viewer.remove(parent, prefix + i);
        }
        for (int i = 0; i < inserted; i++) {
            viewer.insert(parent, now[prefix + i], prefix + i);
        }
        counted.put(parent, now);
        return true;
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
