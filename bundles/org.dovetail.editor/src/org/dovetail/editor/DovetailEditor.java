package org.dovetail.editor;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.edit.ui.properties.LaterSelection;
import org.dovetail.editor.actions.DeleteAction;
import org.dovetail.editor.actions.DovetailEditorActionBarContributor;
import org.dovetail.editor.actions.EditActions;
import org.dovetail.editor.actions.InlineRename;
import org.dovetail.editor.internal.LaterDisposal;
import org.dovetail.editor.mapping.MappingPage;
import org.dovetail.editor.overview.OverviewPage;
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
import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The editor of Dovetail model files, built on EMF.Edit: a tree page (search, copy and paste, drag and drop, delete
 * that says what it removes), an overview form (counts and mapping coverage) and a mapping page (process elements,
 * digital elements and the governance mappings between them). Every change is a command on the stack of the file's
 * {@link ModelSession}, shared with any other editor open on the same file, which drives undo, redo and dirty state.
 */
public class DovetailEditor extends MultiPageEditorPart implements IEditingDomainProvider, ISaveablesSource {

    public static final String ID = "org.dovetail.editor";

    /** The page indexes, in tab order. */
    public static final int TREE_PAGE = 0;
    public static final int OVERVIEW_PAGE = 1;
    public static final int MAPPING_PAGE = 2;

    private static final String BUNDLE_ID = "org.dovetail.editor";

    private final ModelSession.Listener sessionListener = (changed, event) -> inUiThread(this::commandStackChanged);
    private final SwitchingSelectionProvider selectionProvider = new SwitchingSelectionProvider();
    private final List<PropertySheetPage> propertySheetPages = new ArrayList<>();
    private ModelSession session;
    private ModelTreePage treePage;
    private OverviewPage overviewPage;
    private MappingPage mappingPage;
    private Composite overviewHolder;
    private Composite mappingHolder;
    private boolean disposed;
    private ILabelDecorator labelDecorator;
    private EditActions editActions;
    private InlineRename rename;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        setPartName(input.getName());
        session = ModelSessions.acquire(input);
        session.addListener(sessionListener);
    }

    /** The model this editor shows, shared with every other editor on the same file. */
    public ModelSession getSession() {
        return session;
    }

    /** Why the model could not be loaded completely, or null when it loaded cleanly. */
    public String getLoadProblem() {
        return session.loadProblem();
    }

    @Override
    protected void createPages() {
        editActions = new EditActions(session.editingDomain());
        treePage = new ModelTreePage(getContainer(), session, editActions, labelDecorator);
        rename = new InlineRename(session.editingDomain(), treePage.viewer());
        treePage.viewer().addSelectionChangedListener(rename);
        TreeContextMenu.install(getSite(), treePage.viewer(), session.editingDomain(), editActions, rename);
        setPageText(addPage(treePage.control()), "Model");
        // The overview and the mapping page are built when first shown: opening a model (and starting the
        // workbench with one open) only pays for the tree.
        overviewHolder = new Composite(getContainer(), SWT.NONE);
        overviewHolder.setLayout(new FillLayout());
        setPageText(addPage(overviewHolder), "Overview");
        mappingHolder = new Composite(getContainer(), SWT.NONE);
        mappingHolder.setLayout(new FillLayout());
        setPageText(addPage(mappingHolder), "Mappings");
        selectionProvider.switchTo(treePage.viewer());
        getSite().setSelectionProvider(selectionProvider);
        // The first branch is opened and the root selected at the next turn: the workbench creates this editor, its
        // action bars, the Outline's page and the other views' reactions to it in one turn, long on a large model.
        treePage.viewer().getControl().getDisplay().asyncExec(() -> {
            if (!treePage.viewer().getControl().isDisposed()) {
                treePage.selectRoot();
            }
        });
        // The pages' widgets go a turn after the close, one page per turn (see LaterDisposal).
        LaterDisposal.install(getContainer(), List.of(treePage.control(), overviewHolder, mappingHolder));
    }

    @Override
    protected void pageChange(int newPageIndex) {
        // A page built now is current; one built before may have missed changes made while it was hidden.
        boolean built = false;
        if (newPageIndex == OVERVIEW_PAGE && overviewPage == null) {
            overviewPage = new OverviewPage(overviewHolder, session, () -> setActivePage(MAPPING_PAGE));
            overviewHolder.layout(true, true);
            built = true;
        } else if (newPageIndex == MAPPING_PAGE && mappingPage == null) {
            mappingPage = new MappingPage(mappingHolder, session);
            mappingHolder.layout(true, true);
            built = true;
        }
        super.pageChange(newPageIndex);
        if (newPageIndex == OVERVIEW_PAGE && !built) {
            overviewPage.refresh();
        } else if (newPageIndex == MAPPING_PAGE && !built) {
            mappingPage.refresh();
        }
        selectionProvider.switchTo(switch (newPageIndex) {
            case MAPPING_PAGE -> mappingPage.selectionProvider();
            case OVERVIEW_PAGE -> null;
            default -> treePage.viewer();
        });
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        if (treePage == null || treePage.viewer().getControl().isDisposed()) {
            return;
        }
        Command mostRecent = session.commandStack().getMostRecentCommand();
        if (getActivePage() == TREE_PAGE && mostRecent != null && !anotherEditorIsActive()) {
            treePage.selectIfCheap(mostRecent.getAffectedObjects());
        }
        if (getActivePage() == OVERVIEW_PAGE && overviewPage != null) {
            overviewPage.refresh();
        } else if (getActivePage() == MAPPING_PAGE && mappingPage != null) {
            mappingPage.refreshAfterChange();
        }
        for (PropertySheetPage page : propertySheetPages) {
            if (page.getControl() != null && !page.getControl().isDisposed()) {
                page.refresh();
            }
        }
    }

    /** A command from another editor on the same session (the diagram) must not move this tree's selection. */
    private boolean anotherEditorIsActive() {
        IWorkbenchPart active = getSite().getPage().getActivePart();
        return active instanceof IEditorPart && active != this;
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
    public EditingDomain getEditingDomain() {
        return session.editingDomain();
    }

    /** The tree showing the model; its input is the resource. */
    public TreeViewer getViewer() {
        return treePage == null ? null : treePage.viewer();
    }

    /** Rename in place in the tree (F2). */
    public InlineRename getRenameAction() {
        return rename;
    }

    /** The tree page: the model tree and its filter. */
    public ModelTreePage getTreePage() {
        return treePage;
    }

    /** The overview form page ({@code null} until first shown). */
    public OverviewPage getOverviewPage() {
        return overviewPage;
    }

    /** The mapping page ({@code null} until first shown). */
    public MappingPage getMappingPage() {
        return mappingPage;
    }

    /** Shows the page with this index ({@link #TREE_PAGE}, {@link #OVERVIEW_PAGE}, {@link #MAPPING_PAGE}). */
    public void showPage(int index) {
        setActivePage(index);
    }

    /**
     * Decorates the tree's labels (problem overlays, say), or stops decorating them with {@code null}. The decorator
     * tells the tree which labels changed through label provider events. The tree disposes the decorator it has
     * when it is disposed; a decorator replaced here is left to the caller.
     */
    public void setLabelDecorator(ILabelDecorator decorator) {
        labelDecorator = decorator;
        if (treePage != null) {
            treePage.setLabelDecorator(decorator);
        }
    }

    /** Selects {@code element} in the tree, expanding its ancestors and scrolling it into view. */
    public void reveal(EObject element) {
        if (treePage != null && !treePage.viewer().getControl().isDisposed()) {
            if (getActivePage() != TREE_PAGE) {
                setActivePage(TREE_PAGE);
            }
            treePage.reveal(element);
        }
    }

    /** Deletes the tree's selection; Edit &gt; Delete and the Delete key run it. */
    public DeleteAction getDeleteAction() {
        return editActions == null ? null : editActions.delete();
    }

    /** Cut, copy, paste and delete on the tree's selection. */
    public EditActions getEditActions() {
        return editActions;
    }

    /** The resource this editor opened. */
    public Resource getResource() {
        return session.resource();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(createPropertySheetPage());
        }
        if (type == IContentOutlinePage.class && session != null) {
            return type.cast(new ModelOutlinePage(session, this::reveal));
        }
        return super.getAdapter(type);
    }

    private PropertySheetPage createPropertySheetPage() {
        AdapterFactoryEditingDomain domain = session.editingDomain();
        org.dovetail.edit.ui.provider.AdapterFactoryContentProvider propertySources =
                new org.dovetail.edit.ui.provider.AdapterFactoryContentProvider(domain.getAdapterFactory());
        PropertySheetPage page = new PropertySheetPage() {
            @Override
            public void setActionBars(org.eclipse.ui.IActionBars actionBars) {
                super.setActionBars(actionBars);
                // Undo and redo keep working while the Properties view has the focus.
                if (getEditorSite().getActionBarContributor() instanceof DovetailEditorActionBarContributor contributor) {
                    contributor.shareGlobalActions(actionBars);
                }
            }

            /** The Properties view asks as the editor is activated and on every selection change: see LaterSelection. */
            private final LaterSelection<IWorkbenchPart> later = new LaterSelection<>(Display.getCurrent(), super::selectionChanged);

            @Override
            public void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
                if (getControl() == null) {
                    super.selectionChanged(part, selection); // not made yet: nothing to fill
                } else {
                    later.selectionChanged(part, selection);
                }
            }

            @Override
            public void dispose() {
                later.cancel();
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

    /**
     * Whether the workbench has closed this editor. Its widgets may outlive the close by a few turns (see
     * LaterDisposal), so a live control does not mean an open editor.
     */
    public boolean isDisposed() {
        return disposed;
    }

    @Override
    public void dispose() {
        disposed = true;
        if (editActions != null) {
            editActions.dispose();
        }
        if (session != null) {
            session.removeListener(sessionListener);
            session.release();
        }
        super.dispose();
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
