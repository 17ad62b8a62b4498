package org.dovetail.editor;

import java.util.Arrays;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.edit.ui.provider.AdapterFactoryLabelProvider;
import org.dovetail.editor.actions.EditActions;
import org.dovetail.editor.session.ModelSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * The editor's first page: the model as a tree (EMF.Edit item providers), a search field above it that filters the
 * tree to matching elements and their ancestors, drag and drop to move or copy elements, and a note above all of it
 * when the model could not be loaded completely.
 */
public final class ModelTreePage {

    /** A branch with more children than this is not opened when the model is. */
    private static final int EXPAND_LIMIT = 500;

    private final Composite control;
    private final TreeViewer viewer;
    private final DecoratingLabelProvider labelProvider;
    private final TreeSearch search;
    private final Resource resource;
    private final org.eclipse.emf.edit.domain.EditingDomain domain;

    ModelTreePage(Composite parent, ModelSession session, EditActions actions, ILabelDecorator decorator) {
        resource = session.resource();
        domain = session.editingDomain();
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        control.setLayout(layout);
        if (session.loadProblem() != null) {
            Text problem = new Text(control, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
            problem.setText(session.loadProblem());
            problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        Text searchField = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        searchField.setMessage("Search the model (name or type; Enter: next match)");
        searchField.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TreeViewer(control, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new AdapterFactoryContentProvider(session.adapterFactory()));
        AdapterFactoryLabelProvider plainLabels = new AdapterFactoryLabelProvider(session.adapterFactory());
        // The workbench's lightweight decorators (sync marks, say) first, then the editor's own (problem overlays).
        org.eclipse.jface.viewers.ILabelProvider workbenchDecorated = org.eclipse.ui.PlatformUI.isWorkbenchRunning()
                ? new DecoratingLabelProvider(plainLabels, org.eclipse.ui.PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator())
                : plainLabels;
        labelProvider = new DecoratingLabelProvider(workbenchDecorated, decorator);
        viewer.setLabelProvider(labelProvider);
        viewer.setUseHashlookup(true);
        viewer.setInput(resource);
        viewer.addSelectionChangedListener(actions);
        search = new TreeSearch(searchField, viewer, resource, plainLabels);
        TreeDragAndDrop.install(viewer, session.editingDomain());
    }

    /** Selects the model root and opens the first branch with content (the first process and its steps). */
    void selectRoot() {
        if (resource != null && !resource.getContents().isEmpty()) {
            Object root = resource.getContents().get(0);
            expandFirstBranch(root, 3);
            viewer.setSelection(new StructuredSelection(root), true);
        }
    }

    private void expandFirstBranch(Object root, int depth) {
        ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        Object branch = root;
        for (int level = 0; level < depth && branch != null; level++) {
            Object[] children = content.getChildren(branch);
            if (children.length > EXPAND_LIMIT) {
                return; // a large model's domain: thousands of rows to build, at opening and on every filter
            }
            viewer.setExpandedState(branch, true);
            branch = Arrays.stream(children).filter(content::hasChildren).findFirst().orElse(null);
        }
    }

    void reveal(EObject element) {
        search.clearIfHiding(element);
        viewer.setSelection(new StructuredSelection(element), true);
    }

    /**
     * Selects what a command changed, if showing it is cheap: revealing an element in a collapsed branch with
     * thousands of children (a large model's domain) builds a row for every one of them, a second-long freeze for an
     * edit made elsewhere (the Properties view, another editor). Such elements are left unselected.
     */
    void selectIfCheap(java.util.Collection<?> affected) {
        if (affected.isEmpty() || affected.stream().anyMatch(element -> !isCheapToReveal(element))) {
            return;
        }
        viewer.setSelection(new StructuredSelection(affected.toArray()), true);
    }

    private boolean isCheapToReveal(Object element) {
        ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        for (Object parent = content.getParent(element); parent != null && parent != resource; parent = content.getParent(parent)) {
            if (!viewer.getExpandedState(parent) && content.getChildren(parent).length > EXPAND_LIMIT) {
                return false;
            }
        }
        return true;
    }

    void setLabelDecorator(ILabelDecorator decorator) {
        labelProvider.setLabelDecorator(decorator);
    }

    /**
     * Does what dropping {@code dragged} onto the middle of {@code target}'s row does (the tree's drop listener runs
     * the same command): moves ({@code DND.DROP_MOVE}) or copies ({@code DND.DROP_COPY}) them into it. Returns
     * whether the drop was possible.
     */
    public boolean drop(java.util.List<?> dragged, Object target, int operation) {
        org.eclipse.emf.common.command.Command command = TreeDragAndDrop.command(domain, dragged, target, 0.5f, operation);
        if (!command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The search field and filter above the tree. */
    public TreeSearch search() {
        return search;
    }

    Control control() {
        return control;
    }
}
