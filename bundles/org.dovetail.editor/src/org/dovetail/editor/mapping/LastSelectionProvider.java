package org.dovetail.editor.mapping;

import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;

/** Passes on the selection of the viewer that changed last. */
final class LastSelectionProvider implements org.eclipse.jface.viewers.ISelectionProvider {

    private final org.eclipse.core.runtime.ListenerList<org.eclipse.jface.viewers.ISelectionChangedListener> listeners =
            new org.eclipse.core.runtime.ListenerList<>();
    private StructuredViewer last;

    void follow(StructuredViewer viewer) {
        if (last == null) {
            last = viewer;
        }
        viewer.addSelectionChangedListener(event -> {
            if (!event.getSelection().isEmpty()) {
                last = viewer;
            }
            var changed = new org.eclipse.jface.viewers.SelectionChangedEvent(this, event.getSelection());
            for (var listener : listeners) {
                listener.selectionChanged(changed);
            }
        });
        viewer.getControl().addListener(SWT.FocusIn, event -> last = viewer);
    }

    @Override
    public org.eclipse.jface.viewers.ISelection getSelection() {
        return last == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY : last.getSelection();
    }

    @Override
    public void setSelection(org.eclipse.jface.viewers.ISelection newSelection) {
        if (last != null) {
            last.setSelection(newSelection, true);
        }
    }

    @Override
    public void addSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(org.eclipse.jface.viewers.ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
