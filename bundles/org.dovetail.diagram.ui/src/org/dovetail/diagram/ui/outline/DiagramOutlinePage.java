package org.dovetail.diagram.ui.outline;

import org.dovetail.diagram.ui.canvas.DiagramCanvas;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** The Outline view's page for a diagram: the overview, whose rectangle scrolls the editor. */
public final class DiagramOutlinePage extends Page implements IContentOutlinePage {

    private final DiagramCanvas viewer;
    private DiagramOverview overview;

    public DiagramOutlinePage(DiagramCanvas viewer) {
        this.viewer = viewer;
    }

    @Override
    public void createControl(Composite parent) {
        overview = new DiagramOverview(parent, viewer);
    }

    public DiagramOverview overview() {
        return overview;
    }

    @Override
    public Control getControl() {
        return overview == null ? null : overview.getControl();
    }

    @Override
    public void setFocus() {
        overview.getControl().setFocus();
    }

    // The overview selects nothing: the editor's selection is the diagram's.
    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void setSelection(ISelection selection) {
    }
}
