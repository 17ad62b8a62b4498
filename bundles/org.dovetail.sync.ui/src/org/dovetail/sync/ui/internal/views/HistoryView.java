package org.dovetail.sync.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.dovetail.sync.client.JournalRecord;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.emf.ModelTypes;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SharedProjects;
import org.dovetail.sync.ui.internal.ElementLabels;
import org.dovetail.sync.ui.internal.SyncStatuses;
import org.dovetail.sync.protocol.Times;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The history of a shared project (its revisions on the server, newest first, under the change sets still waiting in
 * the local journal), or of one element when an element is selected in an editor. Read in a background job.
 */
public final class HistoryView extends ViewPart {

    /** One row: a server revision or a local change set. */
    public record Row(String revision, String author, String time, String message, String changes, boolean local, String details) {
    }

    /** The most elements the details pane lists for one revision. */
    private static final int DETAIL_LINES = 400;

    private Label title;
    private TableViewer viewer;
    private Text details;
    private IProject project;
    private String elementId;
    private String elementLabel;
    private final Consumer<IProject> statusListener = changed -> {
        if (changed.equals(project) && viewer != null && !viewer.getControl().isDisposed()) {
            refresh();
        }
    };
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
        title = new Label(parent, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(title);
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
        Composite holder = new Composite(split, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Revision", 8, 60, Row::revision);
        column(layout, "Author", 10, 60, Row::author);
        column(layout, "Date", 16, 178, Row::time);
        column(layout, "Message", 40, 140, Row::message);
        column(layout, "Changes", 28, 140, Row::changes);
        details = new Text(split, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        details.setFont(JFaceResources.getTextFont());
        split.setWeights(64, 36);
        // Details beside the table when the view is wide (maximised, or an editor-sized area), below it when not.
        split.addListener(SWT.Resize, e -> {
            int orientation = split.getSize().x >= 1000 ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (split.getOrientation() != orientation) {
                split.setOrientation(orientation);
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addSelectionChangedListener(e -> showDetails());
        Action refresh = new Action("Refresh", PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED)) {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Read the history from the server again");
        Action project = new Action("Show Project History", PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER)) {
            @Override
            public void run() {
                elementId = null;
                refresh();
            }
        };
        project.setToolTipText("Show the history of the whole project");
        Action compare = new Action("Compare with Local", PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ELEMENT)) {
            @Override
            public void run() {
                compareSelected();
            }
        };
        compare.setToolTipText("Compare the selected revision with your saved models (the element shown, or the whole project)");
        viewer.addDoubleClickListener(e -> compareSelected());
        getViewSite().getActionBars().getToolBarManager().add(compare);
        getViewSite().getActionBars().getToolBarManager().add(project);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        getSite().getPage().addPostSelectionListener(selectionListener);
        SyncStatuses.addListener(statusListener);
        IProject initial = org.dovetail.sync.ui.internal.SyncCommandHandler.onlySharedProject();
        if (getSite().getPage().getActiveEditor() != null) {
            IProject ofEditor = SharedProjects.projectOf(getSite().getPage().getActiveEditor());
            initial = ofEditor != null ? ofEditor : initial;
        }
        show(initial, null, null);
    }

    private void column(TableColumnLayout layout, String name, int weight, int minimum, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(name);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimum));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Image getImage(Object element) {
                if (!"Revision".equals(name)) {
                    return null;
                }
                return PlatformUI.getWorkbench().getSharedImages().getImage(((Row) element).local()
                        ? ISharedImages.IMG_OBJ_FILE : ISharedImages.IMG_OBJ_ELEMENT);
            }

            @Override
            public String getToolTipText(Object element) {
                // The changed elements one per line; the message when it is longer than its column.
                return "Changes".equals(name) ? ((Row) element).details() : "Message".equals(name) ? ((Row) element).message() : null;
            }

            @Override
            public Font getFont(Object element) {
                return ((Row) element).local() ? JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT) : null;
            }

            @Override
            public Color getForeground(Object element) {
                return ((Row) element).local() ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE) : null;
            }
        });
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        Object first = structured.getFirstElement();
        if (first instanceof EObject element && element.eResource() != null) {
            IFile file = fileOf(element.eResource());
            String id;
            try {
                id = ModelTypes.idOf(element);
            } catch (RuntimeException e) {
                return; // an element without an id is not synchronised
            }
            if (file != null && id != null && SharedProjects.isShared(file.getProject())) {
                show(file.getProject(), id, labelOf(element));
            }
            return;
        }
        IProject selected = SharedProjects.projectOf(selection);
        if (selected != null && !selected.equals(project)) {
            show(selected, null, null);
        }
    }

    private static IFile fileOf(Resource resource) {
        if (resource.getURI() == null || !resource.getURI().isPlatformResource()) {
            return null;
        }
        return org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                .getFile(org.eclipse.core.runtime.IPath.fromPortableString(resource.getURI().toPlatformString(true)));
    }

    private static String labelOf(EObject element) {
        Object name = element.eClass().getEStructuralFeature("name") == null ? null
                : element.eGet(element.eClass().getEStructuralFeature("name"));
        return element.eClass().getName() + (name == null ? "" : " '" + name + "'");
    }

    /** Shows the history of {@code shown} (of one element when {@code element} is given) and reads it. */
    public void show(IProject shown, String element, String label) {
        project = shown;
        elementId = element;
        elementLabel = label;
        refresh();
    }

    public void refresh() {
        if (project == null || !SharedProjects.isShared(project)) {
            title.setText(project == null ? "Select a shared project to see its history" : project.getName() + " is not shared");
            viewer.setInput(List.of());
            return;
        }
        IProject reading = project;
        String element = elementId;
        title.setText((element == null ? "History of " + reading.getName() : "History of " + elementLabel) + " \u2014 reading\u2026");
        Job job = Job.create("Reading the history of " + (element == null ? reading.getName() : elementLabel), monitor -> {
            List<Row> rows = new ArrayList<>();
            String problem = null;
            try (Synchronizer synchronizer = SharedProjects.open(reading)) {
                SyncClient client = ServerAccounts.client(synchronizer.state().server());
                if (element == null) {
                    List<JournalRecord> pending = synchronizer.pending();
                    for (int i = pending.size() - 1; i >= 0; i--) {
                        JournalRecord record = pending.get(i);
                        RevisionChanges changes = RevisionChanges.of(record.operations());
                        rows.add(new Row("local", "(you)", time(record.time()), record.message().isBlank() ? "(not committed yet)"
                                : record.message(), changes.summary(), true, details(changes, labels(reading))));
                    }
                    SyncResult<List<RevisionSummary>> history = client.history(synchronizer.state().project(), 0, 200);
                    if (history instanceof SyncResult.Ok<List<RevisionSummary>> ok) {
                        Map<Long, RevisionChanges> changes = RevisionOperations.read(client, synchronizer.state().project(), ok.value());
                        java.util.function.Function<String, String> labels = labels(reading);
                        for (RevisionSummary r : ok.value()) {
                            RevisionChanges c = changes.get(r.number());
                            String summary = c != null ? c.summary() : RevisionOperations.tooLarge(r);
                            rows.add(new Row("r" + r.number(), r.author(), time(r.time()), r.message(), summary, false,
                                    c == null ? summary : details(c, labels)));
                        }
                    } else {
                        problem = message(history);
                    }
                } else {
                    SyncResult<List<Revision>> history = client.elementHistory(synchronizer.state().project(), element, 0, 200);
                    if (history instanceof SyncResult.Ok<List<Revision>> ok) {
                        java.util.function.Function<String, String> labels = labels(reading);
                        for (Revision r : ok.value()) {
                            RevisionChanges changes = RevisionChanges.of(r.operations());
                            rows.add(new Row("r" + r.number(), r.author(), time(r.time()), r.message(), changes.summary(), false,
                                    details(changes, labels)));
                        }
                    } else if (history instanceof SyncResult.Failed<?> failed && failed.failure() == SyncResult.Failure.NOT_FOUND) {
                        problem = "not on the server yet (commit to share it)";
                    } else {
                        problem = message(history);
                    }
                }
            } catch (Exception e) {
                problem = e.getMessage();
            }
            String suffix = problem == null ? "" : " \u2014 " + problem;
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (viewer.getControl().isDisposed() || !reading.equals(project) || !java.util.Objects.equals(element, elementId)) {
                    return;
                }
                title.setText((element == null ? "History of " + reading.getName() : "History of " + elementLabel) + suffix);
                title.getParent().layout();
                viewer.setInput(rows);
                showDetails();
            });
            return Status.OK_STATUS;
        });
        job.setRule(reading);
        job.setSystem(true);
        job.schedule();
    }

    private static String message(SyncResult<?> result) {
        if (result instanceof SyncResult.Failed<?> failed && failed.failure() == SyncResult.Failure.UNREACHABLE) {
            return "offline: the server cannot be reached";
        }
        return result instanceof SyncResult.Failed<?> failed ? failed.message() : String.valueOf(result);
    }

    static String time(String iso) {
        return Times.format(iso);
    }

    private static String details(RevisionChanges changes, java.util.function.Function<String, String> labels) {
        return changes.summary() + "\n" + String.join("\n", changes.details(labels, DETAIL_LINES));
    }

    /** Element labels from the project's saved models; the id for an element they no longer have. */
    private static java.util.function.Function<String, String> labels(IProject project) {
        ElementLabels labels = ElementLabels.of(project);
        return id -> labels.find(id) == null ? id : labels.element(id);
    }

    private void showDetails() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        details.setText(selected instanceof Row row ? row.revision() + " \u00b7 " + row.author() + " \u00b7 " + row.time() + "\n"
                + row.message() + "\n\n" + row.details() : "Select a revision to see what it changed.");
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Opens Compare with Revision on the selected server revision, for the element shown or the whole project. */
    public void compareSelected() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (!(selected instanceof Row row) || row.local() || project == null) {
            return;
        }
        long revision = Long.parseLong(row.revision().substring(1));
        new org.dovetail.sync.ui.internal.compare.CompareWithRevisionDialog(getSite().getShell(), project, elementId,
                elementId == null ? project.getName() : elementLabel, revision).open();
    }

    /** For tests: the rows shown now. */
    public List<Row> rows() {
        Object input = viewer.getInput();
        @SuppressWarnings("unchecked")
        List<Row> rows = input instanceof List<?> list ? (List<Row>) list : List.of();
        return rows;
    }

    /** For tests: the details pane's text. */
    public String detailsText() {
        return details.getText();
    }

    public String titleText() {
        return title.getText();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        SyncStatuses.removeListener(statusListener);
        super.dispose();
    }

}
