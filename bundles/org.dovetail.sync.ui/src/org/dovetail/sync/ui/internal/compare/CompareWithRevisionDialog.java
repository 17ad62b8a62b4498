package org.dovetail.sync.ui.internal.compare;

import java.util.List;
import java.util.function.Function;

import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncState;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.protocol.Snapshot;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SharedProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Compare with Revision: an element (or the whole project) at a revision chosen from the server's history against the
 * local saved models, as a table of feature, value at the revision and local value, differences highlighted. The
 * history and the snapshot are read in jobs; the dialog stays responsive.
 */
public final class CompareWithRevisionDialog extends TitleAreaDialog {

    private final IProject project;
    private final String elementId;
    private final String elementLabel;
    private final Long initialRevision;
    private Combo revisions;
    private Button onlyDifferences;
    private TableViewer table;
    private TableViewerColumn revisionColumn;
    private List<RevisionSummary> history = List.of();
    private List<RevisionComparison.Row> rows = List.of();
    private volatile long shownRevision = -1;
    private volatile boolean loading;

    /** @param elementId the element to compare, or null for the whole project */
    public CompareWithRevisionDialog(Shell parent, IProject project, String elementId, String elementLabel, Long initialRevision) {
        super(parent);
        this.project = project;
        this.elementId = elementId;
        this.elementLabel = elementLabel;
        this.initialRevision = initialRevision;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare with Revision");
    }

    @Override
    protected Point getInitialSize() {
        return new Point(960, 600);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(elementId == null ? project.getName() + " at a revision and now" : elementLabel + " at a revision and now");
        setMessage("Choose a revision from the server's history; the table shows each feature then and in your saved models.");
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(body);
        Label label = new Label(body, SWT.NONE);
        label.setText("&Revision:");
        revisions = new Combo(body, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(revisions);
        revisions.add("reading the history\u2026");
        revisions.select(0);
        revisions.addListener(SWT.Selection, e -> compareChosen());
        onlyDifferences = new Button(body, SWT.CHECK);
        onlyDifferences.setText("Only &differences");
        onlyDifferences.setSelection(elementId == null);
        onlyDifferences.setEnabled(elementId != null);
        onlyDifferences.addListener(SWT.Selection, e -> compareChosen());
        Composite holder = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        table = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        if (elementId == null) {
            column(layout, "Element", 26, RevisionComparison.Row::element);
        }
        column(layout, "Feature", 16, RevisionComparison.Row::feature);
        revisionColumn = column(layout, "At the revision", 29, r -> none(r.atRevision()));
        column(layout, "Local (saved)", 29, r -> none(r.local()));
        readHistory();
        return area;
    }

    private static String none(String value) {
        return value == null ? "(none)" : value;
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, int weight, Function<RevisionComparison.Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RevisionComparison.Row) element);
            }

            @Override
            public Font getFont(Object element) {
                return ((RevisionComparison.Row) element).differs() ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
            }

            @Override
            public Color getBackground(Object element) {
                // A soft yellow, as compare editors mark changed lines.
                return ((RevisionComparison.Row) element).differs() ? JFaceResources.getResources().createColor(new org.eclipse.swt.graphics.RGB(255, 244, 200)) : null;
            }
        });
        return column;
    }

    private void readHistory() {
        Job job = Job.create("Reading the history of " + project.getName(), monitor -> {
            try {
                SyncState state = SharedProjects.state(project);
                SyncClient client = ServerAccounts.client(state.server());
                List<RevisionSummary> read = client.history(state.project(), 0, 200).orThrow();
                inUi(() -> {
                    history = read;
                    revisions.removeAll();
                    int select = 0;
                    for (int i = 0; i < read.size(); i++) {
                        RevisionSummary summary = read.get(i);
                        revisions.add("r" + summary.number() + "  " + summary.author() + "  " + summary.message());
                        if (initialRevision != null && summary.number() == initialRevision) {
                            select = i;
                        } else if (initialRevision == null && summary.number() == state.baseRevision()) {
                            select = i;
                        }
                    }
                    if (read.isEmpty()) {
                        setErrorMessage("The server has no revisions of this project yet.");
                        return;
                    }
                    revisions.select(select);
                    compareChosen();
                });
            } catch (Exception e) {
                inUi(() -> setErrorMessage("Could not read the history: " + e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void compareChosen() {
        int index = revisions.getSelectionIndex();
        if (index < 0 || index >= history.size()) {
            return;
        }
        long revision = history.get(index).number();
        boolean differencesOnly = onlyDifferences.getSelection();
        loading = true;
        setMessage("Reading revision " + revision + "\u2026");
        Job job = Job.create("Comparing with revision " + revision, monitor -> {
            try {
                SyncState state = SharedProjects.state(project);
                Snapshot snapshot = ServerAccounts.client(state.server()).snapshot(state.project(), revision).orThrow();
                var folder = SharedProjects.folder(project);
                ProjectResources then = ProjectFolder.build(folder, snapshot.operations());
                ProjectResources now = ProjectFolder.load(folder);
                RevisionComparison comparison = new RevisionComparison(then, now);
                List<RevisionComparison.Row> compared = elementId == null ? comparison.differences()
                        : comparison.element(elementId, differencesOnly);
                inUi(() -> show(revision, compared));
            } catch (Exception e) {
                inUi(() -> {
                    loading = false;
                    setErrorMessage("Could not compare with revision " + revision + ": " + e.getMessage());
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(long revision, List<RevisionComparison.Row> compared) {
        rows = compared;
        shownRevision = revision;
        revisionColumn.getColumn().setText("At r" + revision);
        table.setInput(compared);
        long differences = compared.stream().filter(RevisionComparison.Row::differs).count();
        setErrorMessage(null);
        setMessage(differences == 0 ? "No differences: the local models equal revision " + revision + " here."
                : differences + (differences == 1 ? " difference" : " differences") + " since revision " + revision
                        + " (highlighted).");
        loading = false;
    }

    private void inUi(Runnable runnable) {
        Shell shell = getShell();
        if (shell != null && !shell.isDisposed()) {
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** For tests: the rows shown, and the revision they are for (-1 until the first comparison is shown). */
    public List<RevisionComparison.Row> rows() {
        return rows;
    }

    public long shownRevision() {
        return loading ? -1 : shownRevision;
    }

    /** For tests: chooses the revision {@code number} as the user does in the combo. */
    public void choose(long number) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).number() == number) {
                revisions.select(i);
                compareChosen();
                return;
            }
        }
        throw new IllegalArgumentException("revision " + number + " is not in the history shown");
    }
}
