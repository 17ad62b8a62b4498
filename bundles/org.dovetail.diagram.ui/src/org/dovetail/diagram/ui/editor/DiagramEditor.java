package org.dovetail.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.dovetail.diagram.api.DiagramFiles;
import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.layout.DiagramLayout;
import org.dovetail.diagram.layout.PreparedLayout;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.model.state.DiagramSet;
import org.dovetail.diagram.registry.DiagramDescriptionRegistry;
import org.dovetail.diagram.render.DiagramExporter;
import org.dovetail.diagram.ui.canvas.DiagramCanvas;
import org.dovetail.diagram.ui.outline.DiagramOutlinePage;
import org.dovetail.diagram.ui.paint.SwtFonts;
import org.dovetail.editor.session.ModelSession;
import org.dovetail.editor.session.ModelSessions;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * A diagram of a model file, interpreted from one of the registered diagram descriptions and kept in sync with
 * the model by diagram-core's incremental refresh. It shares the model's session with the tree editor: one
 * editing domain, one command stack (undo and redo reach edits made in either), one dirty state, one save
 * (which also writes the diagram state file beside the model).
 */
public class DiagramEditor extends EditorPart implements ISaveablesSource, IEditingDomainProvider {

    public static final String ID = "org.dovetail.diagram.ui.editor";

    /** A diagram opens no smaller than this, so its labels are readable; a larger one is scrolled. */
    static final double INITIAL_MIN_ZOOM = 0.6;

    private ModelSession model;
    private DiagramSession session;
    private DiagramContent content;
    private DiagramCanvas canvas;
    private SwtFonts fonts;
    private DiagramPalette palette;
    private DiagramEditHandler edits;
    private CompletableFuture<Boolean> arranging;
    private DiagramSelectionProvider selectionProvider;
    private DiagramEditorActions actions;
    private FindingsLink findings;
    private final ModelSession.Listener modelListener = (s, event) -> modelChanged();
    private final Runnable refreshListener = this::diagramRefreshed;
    private final java.util.List<org.eclipse.ui.views.properties.PropertySheetPage> propertyPages = new java.util.ArrayList<>();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagramInput)) {
            throw new PartInitException("The diagram editor opens a model file as one of its diagrams, not " + input.getName());
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        IFile file = diagramInput.file();
        model = ModelSessions.acquire(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        try {
            session = openSession(diagramInput);
        } catch (PartInitException | RuntimeException e) {
            model.release();
            model = null;
            throw e;
        }
        model.addListener(modelListener);
    }

    private DiagramSession openSession(DiagramEditorInput input) throws PartInitException {
        if (model.resource().getContents().isEmpty()) {
            throw new PartInitException(input.file().getName() + " has no model to draw"
                    + (model.loadProblem() == null ? "" : ": " + model.loadProblem()));
        }
        EObject modelRoot = model.resource().getContents().get(0);
        DiagramDescriptionRegistry registry = DiagramDescriptionRegistry.getDefault();
        DiagramDescription description;
        try {
            description = registry.get(input.descriptionId());
        } catch (IllegalArgumentException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        EObject root = DiagramRoots.find(modelRoot, description.getDomainClass(), input.rootId());
        if (root == null) {
            throw new PartInitException(input.file().getName() + " has no " + description.getDomainClass() + " to draw a "
                    + description.getLabel() + " of");
        }
        DiagramSet diagrams;
        try {
            diagrams = DiagramStateFiles.loadOrCreate(model);
        } catch (IOException e) {
            // The state file is left as it is: opening again after fixing it keeps every position.
            throw new PartInitException("The diagram file beside " + input.file().getName() + " cannot be read: "
                    + e.getMessage(), e);
        }
        Diagram diagram = DiagramFiles.findOrCreate(diagrams, description, root);
        DiagramLayout.prewarm(); // ELK loads and compiles on a daemon thread while the diagram is interpreted
        DiagramSession opened = DiagramSession.open(diagram, root, description, registry.expressions(), model.editingDomain());
        if (hasNodesNotLaidOut(diagram.getNodes())) {
            DiagramLayout.layout(opened, true); // a new diagram, or elements added while it was closed
        }
        return opened;
    }

    private static boolean hasNodesNotLaidOut(java.util.List<AbstractDNode> nodes) {
        for (AbstractDNode node : nodes) {
            if (!node.isLaidOut() || node instanceof DContainer container && hasNodesNotLaidOut(container.getChildren())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        layout.verticalSpacing = 0;
        area.setLayout(layout);
        Composite canvasHolder = new Composite(area, SWT.NONE);
        canvasHolder.setLayout(new org.eclipse.swt.layout.FillLayout());
        canvas = new DiagramCanvas(canvasHolder);
        palette = new DiagramPalette(area, session.description(), canvas);
        palette.control().moveAbove(canvasHolder);
        DiagramToolbar toolbar = new DiagramToolbar(area, this);
        toolbar.control().moveAbove(palette.control());
        toolbar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Label separator = new Label(area, SWT.SEPARATOR | SWT.HORIZONTAL);
        separator.moveBelow(toolbar.control());
        separator.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        palette.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        canvasHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        fonts = new SwtFonts(canvas.getControl().getDisplay());
        content = new DiagramContent(session);
        canvas.setRenderer(new SessionRenderer(session, fonts));
        canvas.setContent(content);
        edits = new DiagramEditHandler(session, model.commandStack(), palette.tools());
        canvas.setEditHandler(model.isReadOnly() ? null : edits);
        // A refused drop says why in the status line (the canvas showed it while dragging, too).
        edits.onRefusal(reason -> getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(reason));
        session.addRefreshListener(refreshListener);
        selectionProvider = new DiagramSelectionProvider(canvas, session);
        getSite().setSelectionProvider(selectionProvider);
        actions = new DiagramEditorActions(this);
        findings = new FindingsLink(this);
        canvas.getControl().addListener(SWT.Dispose, e -> fonts.dispose());
        canvas.getControl().getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed()) {
                canvas.fitWithin(INITIAL_MIN_ZOOM, 1.0);
            }
        });
    }

    /** After any command (in this editor, the tree or elsewhere): the dirty state, the actions and the views. */
    private void modelChanged() {
        firePropertyChange(PROP_DIRTY);
        if (actions != null) {
            actions.update();
        }
        propertyPages.removeIf(page -> page.getControl() == null || page.getControl().isDisposed());
        propertyPages.forEach(org.eclipse.ui.views.properties.PropertySheetPage::refresh);
        diagramRefreshed();
    }

    private void diagramRefreshed() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        if (hasNodesNotLaidOut(session.diagram().getNodes())) {
            DiagramLayout.layout(session, true); // elements that just appeared get a place beside the others
        }
        content.rebuild();
        canvas.refresh();
    }

    /** The palette's entries (Select first) by their text, with their icons (null: none). */
    public java.util.Map<String, org.eclipse.swt.graphics.Image> paletteEntries() {
        return palette.entries();
    }

    /** Why the nodes could not be dropped into the container (null: the diagram), or null if they could. */
    public String dropRefusal(java.util.Collection<?> nodes, Object container) {
        return edits.dropRefusal(nodes, container);
    }

    /** The reason the last refused canvas edit gave (also shown in the status line), or null. */
    public String lastRefusal() {
        return edits.lastRefusal();
    }

    // --- operations (toolbar, menus, tests) ------------------------------------------------------

    /**
     * Lays the whole diagram out with ELK and fits it in the window. The graph is read here, ELK runs in a background
     * job (the canvas stays responsive), and the result is applied on the UI thread as one undoable command. The
     * future completes on the UI thread: true when the layout was applied.
     */
    public CompletableFuture<Boolean> arrangeAll() {
        if (arranging != null && !arranging.isDone()) {
            return arranging; // one Arrange All at a time
        }
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        arranging = done;
        PreparedLayout layout = DiagramLayout.prepare(session);
        Display display = canvas.getControl().getDisplay();
        Job job = Job.create("Arrange All", monitor -> {
            try {
                layout.compute();
            } catch (RuntimeException e) {
                display.asyncExec(() -> done.completeExceptionally(e));
                return new Status(IStatus.ERROR, "org.dovetail.diagram.ui", "Arrange All failed: " + e.getMessage(), e);
            }
            display.asyncExec(() -> {
                boolean applied = canvas != null && !canvas.isDisposed() && edits.execute(session.commands().applyLayout(layout));
                if (applied) {
                    canvas.zoomToFit();
                }
                done.complete(applied);
            });
            return Status.OK_STATUS;
        });
        job.setPriority(Job.LONG);
        job.schedule();
        return done;
    }

    /** Collapses or expands containers (one undoable command); false when none changes. */
    public boolean setCollapsed(java.util.Collection<DContainer> containers, boolean collapsed) {
        return edits.setCollapsed(containers, collapsed);
    }

    public boolean isLayerActive(String layerId) {
        return session.diagram().getActiveLayers().contains(layerId);
    }

    /** Shows or hides a layer (an undoable change of the diagram state). */
    public void setLayerActive(String layerId, boolean active) {
        edits.execute(session.commands().setLayerActive(layerId, active));
    }

    /** Writes the diagram as it is shown (with its title block and legend) to a PNG or SVG file. */
    public void export(Path file, String format) throws IOException {
        DiagramExporter exporter = new DiagramExporter(session, session.diagram().getName());
        if ("svg".equals(format)) {
            exporter.writeSvg(file);
        } else {
            exporter.writePng(file, 2);
        }
    }

    void exportInteractively(String format) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName(getEditorInput().getName().replaceAll("[^\\w.-]+", "-") + "." + format);
        dialog.setOverwrite(true);
        // Beside the model by default (not the directory the workbench was started in).
        if (getEditorInput() instanceof DiagramEditorInput input && input.file().getParent().getLocation() != null) {
            dialog.setFilterPath(input.file().getParent().getLocation().toOSString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export(Path.of(chosen), format);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Export", "Could not export the diagram to " + chosen + ":\n" + e.getMessage());
        }
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public DiagramSession session() {
        return session;
    }

    public ModelSession modelSession() {
        return model;
    }

    /** The canvas's palette tool with this label (as the description names it), or null. */
    public org.dovetail.diagram.ui.canvas.PaletteTool paletteTool(String label) {
        return palette.tool(label);
    }

    public org.eclipse.jface.viewers.ISelectionProvider selectionProvider() {
        return selectionProvider;
    }

    // --- saving ----------------------------------------------------------------------------------

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            model.save(monitor);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Save", "Could not save " + model.uri().lastSegment() + ":\n" + e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered for Dovetail diagrams");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return model != null && model.isDirty();
    }

    @Override
    public Saveable[] getSaveables() {
        return model == null ? new Saveable[0] : new Saveable[] { model.saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return model.editingDomain();
    }

    @Override
    public void setFocus() {
        canvas.getControl().setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class && canvas != null) {
            return type.cast(new DiagramOutlinePage(canvas));
        }
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class && model != null) {
            org.eclipse.ui.views.properties.PropertySheetPage page = PropertySheets.create(model);
            propertyPages.add(page);
            return type.cast(page);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        if (findings != null) {
            findings.dispose();
        }
        if (session != null) {
            session.removeRefreshListener(refreshListener);
            session.close();
        }
        if (model != null) {
            model.removeListener(modelListener);
            model.release();
        }
        super.dispose();
    }
}
