package org.dovetail.editor.internal;

import java.util.Arrays;
import java.util.function.Predicate;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
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
public final class LazyTreeContent implements ILazyTreeContentProvider {

    private final AdapterFactoryContentProvider items;
    private final Predicate<Object> shown;
    private TreeViewer viewer;
    /** The children last asked for: revealing an element materialises all its siblings, one call each. */
    private Object cachedParent;
    private Object[] cachedChildren;

    public LazyTreeContent(AdapterFactoryContentProvider items, Predicate<Object> shown) {
        this.items = items;
        this.shown = shown;
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        viewer = (TreeViewer) newViewer;
        forget();
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
        int count = children(element).length;
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
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
