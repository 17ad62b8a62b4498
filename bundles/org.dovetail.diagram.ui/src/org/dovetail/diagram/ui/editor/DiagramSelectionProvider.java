package org.dovetail.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.ui.canvas.DiagramCanvas;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The diagram editor's selection as the workbench sees it: the semantic elements behind the selected views (so
 * the Properties view and every other selection listener work on model elements, as with the tree editor).
 * Setting a selection of model elements selects and reveals their views.
 */
final class DiagramSelectionProvider implements org.eclipse.jface.viewers.ISelectionProvider {

    private final DiagramCanvas canvas;
    private final DiagramSession session;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    DiagramSelectionProvider(DiagramCanvas canvas, DiagramSession session) {
        this.canvas = canvas;
        this.session = session;
        canvas.selection().addListener(s -> fire());
    }

    @Override
    public ISelection getSelection() {
        Set<EObject> semantic = new LinkedHashSet<>();
        for (Object view : canvas.selection().elements()) {
            EObject element = session.semanticElement((DDiagramElement) view);
            if (element != null) {
                semantic.add(element);
            }
        }
        return semantic.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(new ArrayList<>(semantic));
    }

    /** Selects the views of model elements (or views themselves) and scrolls the first into view. */
    @Override
    public void setSelection(ISelection selection) {
        List<Object> views = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object each : structured) {
                if (each instanceof DDiagramElement view) {
                    views.add(view);
                } else if (each instanceof EObject element) {
                    views.addAll(session.viewsOf(element).stream().filter(canvas.content()::isShown).toList());
                }
            }
        }
        canvas.selection().set(views);
        if (!views.isEmpty()) {
            canvas.reveal(views.get(0));
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

    private void fire() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

}
