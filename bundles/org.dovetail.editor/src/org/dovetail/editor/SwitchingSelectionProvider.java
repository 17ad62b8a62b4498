package org.dovetail.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The editor's selection as the workbench (Properties, Outline) sees it: the selection of whichever viewer the
 * active page shows, passed on as it changes.
 */
final class SwitchingSelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ISelectionChangedListener forward = event -> fire(event.getSelection());
    private ISelectionProvider delegate;

    /** Follows {@code provider} from now on ({@code null}: an empty selection). */
    void switchTo(ISelectionProvider provider) {
        if (delegate == provider) {
            return;
        }
        if (delegate != null) {
            delegate.removeSelectionChangedListener(forward);
        }
        delegate = provider;
        if (delegate != null) {
            delegate.addSelectionChangedListener(forward);
        }
        fire(getSelection());
    }

    @Override
    public ISelection getSelection() {
        return delegate == null ? StructuredSelection.EMPTY : delegate.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        if (delegate != null) {
            delegate.setSelection(selection);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    private void fire(ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }
}
