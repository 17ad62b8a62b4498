package org.dovetail.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.edit.ui.provider.AdapterFactoryLabelProvider;
import org.dovetail.editor.actions.DeleteAction;
import org.dovetail.editor.actions.DovetailEditorActionBarContributor;
import org.dovetail.editor.session.ModelSession;
import org.dovetail.editor.session.ModelSessions;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * A tree editor for Dovetail model files, built on EMF.Edit: every change is a command on the
 * editing domain's stack, which drives undo, redo and the dirty state. The model, its editing domain and stack come
 * from the file's {@link ModelSession}, shared with any other editor open on the same file.
 */
public class DovetailEditor extends EditorPart implements IEditingDomainProvider, ISaveablesSource {

    public static final String ID = "org.dovetail.editor";

    private static final String BUNDLE_ID = "org.dovetail.editor";

    private final ModelSession.Listener sessionListener = (changed, event) -> inUiThread(this::commandStackChanged);
    private ModelSession session;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain editingDomain;
    private Resource resource;
    private String loadProblem;
    private TreeViewer viewer;
    private DecoratingLabelProvider labelProvider;
    private ILabelDecorator labelDecorator;
    private DeleteAction deleteAction;
    private final List<PropertySheetPage> propertySheetPages = new ArrayList<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        session = ModelSessions.acquire(input);
        adapterFactory = session.adapterFactory();
        editingDomain = session.editingDomain();
        resource = session.resource();
        loadProblem = session.loadProblem();
        session.addListener(sessionListener);
    }

    /** The model this editor shows, shared with every other editor on the same file. */
    public ModelSession getSession() {
        return session;
    }

    /** Why the model could not be loaded completely, or null when it loaded cleanly. */
    public String getLoadProblem() {
        return loadProblem;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        area.setLayout(layout);
        if (loadProblem != null) {
            Text problem = new Text(area, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
            problem.setText(loadProblem);
            problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        viewer = new TreeViewer(area, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
        labelProvider = new DecoratingLabelProvider(new AdapterFactoryLabelProvider(adapterFactory), labelDecorator);
        viewer.setLabelProvider(labelProvider);
        viewer.setUseHashlookup(true);
        viewer.setInput(resource);
        if (resource != null && !resource.getContents().isEmpty()) {
            Object root = resource.getContents().get(0);
            expandFirstBranch(root, 3);
            viewer.setSelection(new StructuredSelection(root), true);
        }
        deleteAction = new DeleteAction(editingDomain);
        viewer.addSelectionChangedListener(deleteAction);
        TreeContextMenu.install(getSite(), viewer, editingDomain, deleteAction);
        getSite().setSelectionProvider(viewer);
    }

    /** Opens the tree along the first branch with content (in a Dovetail model: the first process and its steps). */
    private void expandFirstBranch(Object root, int depth) {
        ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        Object branch = root;
        for (int level = 0; level < depth && branch != null; level++) {
            viewer.setExpandedState(branch, true);
            branch = Arrays.stream(content.getChildren(branch)).filter(content::hasChildren).findFirst().orElse(null);
        }
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        Command mostRecent = editingDomain.getCommandStack().getMostRecentCommand();
        if (mostRecent != null && viewer != null && !anotherEditorIsActive() && !viewer.getControl().isDisposed()) {
            Collection<?> affected = mostRecent.getAffectedObjects();
            if (!affected.isEmpty()) {
                viewer.setSelection(new StructuredSelection(affected.toArray()), true);
            }
        }
        for (PropertySheetPage page : propertySheetPages) {
            if (page.getControl() != null && !page.getControl().isDisposed()) {
                page.refresh();
            }
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            session.save(monitor);
        } catch (Exception e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            StatusManager.getManager().handle(
                    new Status(IStatus.ERROR, BUNDLE_ID, "Could not save " + getEditorInput().getName(), e),
                    StatusManager.SHOW | StatusManager.LOG);
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered for Dovetail models");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return session != null && !session.isClosed() && session.isDirty();
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return editingDomain;
    }

    /** The tree showing the model; its input is the resource. */
    public TreeViewer getViewer() {
        return viewer;
    }

    /**
     * Decorates the tree's labels (problem overlays, say), or stops decorating them with {@code null}. The decorator
     * tells the tree which labels changed through label provider events. The tree disposes the decorator it has
     * when it is disposed; a decorator replaced here is left to the caller.
     */
    public void setLabelDecorator(ILabelDecorator decorator) {
        labelDecorator = decorator;
        if (labelProvider != null) {
            labelProvider.setLabelDecorator(decorator);
        }
    }

    /** Selects {@code element} in the tree, expanding its ancestors and scrolling it into view. */
    public void reveal(EObject element) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setSelection(new StructuredSelection(element), true);
        }
    }

    /** Deletes the tree's selection; Edit &gt; Delete and the Delete key run it. */
    public DeleteAction getDeleteAction() {
        return deleteAction;
    }

    /** The resource this editor opened. */
    public Resource getResource() {
        return resource;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(createPropertySheetPage());
        }
        return super.getAdapter(type);
    }

    private PropertySheetPage createPropertySheetPage() {
        AdapterFactoryContentProvider propertySources = new AdapterFactoryContentProvider(adapterFactory);
        PropertySheetPage page = new PropertySheetPage() {
            @Override
            public void setActionBars(org.eclipse.ui.IActionBars actionBars) {
                super.setActionBars(actionBars);
                // Undo and redo keep working while the Properties view has the focus.
                if (getEditorSite().getActionBarContributor() instanceof DovetailEditorActionBarContributor contributor) {
                    contributor.shareGlobalActions(actionBars);
                }
            }

            @Override
            public void dispose() {
                propertySheetPages.remove(this);
                propertySources.dispose();
                super.dispose();
            }
        };
        page.setPropertySourceProvider(propertySources);
        propertySheetPages.add(page);
        return page;
    }

    @Override
    public Saveable[] getSaveables() {
        return session == null ? new Saveable[0] : new Saveable[] { session.saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(sessionListener);
            session.release();
        }
        super.dispose();
    }

    /** A command from another editor on the same session (the diagram) must not move this tree's selection. */
    private boolean anotherEditorIsActive() {
        IWorkbenchPart active = getSite().getPage().getActivePart();
        return active instanceof IEditorPart && active != this;
    }

    private void inUiThread(Runnable runnable) {
        Display display = getSite().getShell().getDisplay();
        if (Display.getCurrent() == display) {
            runnable.run();
        } else {
            display.asyncExec(runnable);
        }
    }
}
