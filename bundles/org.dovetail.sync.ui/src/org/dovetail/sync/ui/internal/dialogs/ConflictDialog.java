package org.dovetail.sync.ui.internal.dialogs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.sync.client.Resolution;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKey;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.ui.internal.ElementLabels;
import org.dovetail.sync.ui.internal.TheirRevisions;
import org.dovetail.sync.protocol.Times;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The conflicts of an update, one row each: the element, the feature, what happened, the base value, mine and theirs.
 * The user settles every one (keep mine, take theirs, or an edited value); nothing is chosen for them, and Apply stays
 * disabled until each row has a choice.
 */
public final class ConflictDialog extends TitleAreaDialog {

    private final List<Conflict> conflicts;
    private final Map<Long, RevisionSummary> theirRevisions;
    private final ElementLabels labels;
    private final Map<ConflictKey, Resolution> resolutions = new HashMap<>();
    private TableViewer viewer;
    private Button mineButton;
    private Button theirsButton;
    private Button editButton;
    private Text editText;
    private Group detail;
    private Label baseLabel;
    private boolean updatingDetail;

    public ConflictDialog(Shell parent, IProject project, List<Conflict> conflicts) {
        this(parent, project, conflicts, Map.of());
    }

    /** With the revisions that made "theirs" (who, when, message), by number; a missing one shows as its number. */
    public ConflictDialog(Shell parent, IProject project, List<Conflict> conflicts, Map<Long, RevisionSummary> theirRevisions) {
        super(parent);
        this.conflicts = List.copyOf(conflicts);
        this.theirRevisions = Map.copyOf(theirRevisions);
        this.labels = ElementLabels.of(project);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Resolve Conflicts");
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(1180, 620);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(conflicts.size() + (conflicts.size() == 1 ? " change conflicts" : " changes conflict") + " with the server");
        setMessage("Others changed the same elements since your last update. Choose for each: keep yours, take theirs, or"
                + " edit the value. Nothing is merged until every conflict is settled.");
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
        createTable(body);
        createDetail(body);
        createBulkButtons(body);
        viewer.setInput(conflicts);
        viewer.setSelection(new StructuredSelection(conflicts.get(0)));
        return area;
    }

    private void createTable(Composite body) {
        Composite holder = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, "Element", 24, c -> labels.element(c.elementId()), c -> labels.image(c.elementId()));
        column(layout, "Feature", 12, c -> labels.feature(c.feature()), c -> null);
        column(layout, "What happened", 12, c -> ElementLabels.kind(c.kind()), c -> null);
        column(layout, "Base", 14, c -> labels.value(c.baseValue()), c -> null);
        column(layout, "Mine", 14, c -> labels.value(c.mine()), c -> null);
        column(layout, "Theirs", 14, c -> labels.value(c.theirs()), c -> null);
        column(layout, "Resolution", 14, this::resolutionText, c -> resolutions.containsKey(c.key())
                ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK)
                : PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
        column(layout, "Theirs by", 26, this::theirsBy, c -> null);
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addSelectionChangedListener(event -> showDetail(selected()));
    }

    private interface Text1 {
        String of(Conflict conflict);
    }

    private interface Image1 {
        Image of(Conflict conflict);
    }

    private void column(TableColumnLayout layout, String title, int weight, Text1 text, Image1 image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Conflict) element);
            }

            @Override
            public Image getImage(Object element) {
                return image.of((Conflict) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return "Theirs by".equals(title) ? text.of((Conflict) element) : null; // the column is often too narrow for it
            }

            @Override
            public Color getForeground(Object element) {
                return "Resolution".equals(title) && !resolutions.containsKey(((Conflict) element).key())
                        ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
    }

    private String resolutionText(Conflict conflict) {
        Resolution resolution = resolutions.get(conflict.key());
        if (resolution == null) {
            return "Choose\u2026";
        }
        return switch (resolution.choice()) {
        case MINE -> "Keep mine";
        case THEIRS -> "Take theirs";
        case EDITED -> "Edited: " + resolution.value();
        };
    }

    /** "alice · r7 · 2026-11-23 20:14 +00:00 · “message”". */
    private String theirsBy(Conflict conflict) {
        RevisionSummary revision = theirRevisions.get(conflict.theirRevision());
        if (revision == null) {
            return "r" + conflict.theirRevision();
        }
        String message = revision.message() == null || revision.message().isBlank() ? "" : " \u00b7 \u201c" + revision.message() + "\u201d";
        return revision.author() + " \u00b7 r" + revision.number() + " \u00b7 " + Times.format(revision.time()) + message;
    }

    private void createDetail(Composite body) {
        detail = new Group(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(detail);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(detail);
        baseLabel = new Label(detail, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(baseLabel);
        mineButton = choice("Keep &mine");
        theirsButton = choice("Take &theirs");
        editButton = choice("&Edit the value:");
        editText = new Text(detail, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(editText);
        editText.addModifyListener(e -> {
            if (!updatingDetail && editButton.getSelection()) {
                choose(Resolution.edited(editText.getText()));
            }
        });
        mineButton.addListener(SWT.Selection, e -> onChoice(mineButton, Resolution.mine()));
        theirsButton.addListener(SWT.Selection, e -> onChoice(theirsButton, Resolution.theirs()));
        editButton.addListener(SWT.Selection, e -> {
            if (editButton.getSelection() && !updatingDetail) {
                choose(Resolution.edited(editText.getText()));
                editText.setFocus();
            }
        });
    }

    private Button choice(String text) {
        Button button = new Button(detail, SWT.RADIO);
        button.setText(text);
        GridDataFactory.fillDefaults().span(text.startsWith("&Edit") ? 1 : 2, 1).applyTo(button);
        return button;
    }

    private void onChoice(Button button, Resolution resolution) {
        if (button.getSelection() && !updatingDetail) {
            choose(resolution);
        }
    }

    private void createBulkButtons(Composite body) {
        Composite row = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        Button allMine = new Button(row, SWT.PUSH);
        allMine.setText("Keep All Mine");
        allMine.addListener(SWT.Selection, e -> chooseAll(Resolution.mine()));
        Button allTheirs = new Button(row, SWT.PUSH);
        allTheirs.setText("Take All Theirs");
        allTheirs.addListener(SWT.Selection, e -> chooseAll(Resolution.theirs()));
    }

    private Conflict selected() {
        return (Conflict) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void showDetail(Conflict conflict) {
        if (conflict == null) {
            return;
        }
        updatingDetail = true;
        try {
            detail.setText(labels.element(conflict.elementId()) + " \u2014 " + labels.feature(conflict.feature()));
            baseLabel.setText(ElementLabels.kind(conflict.kind()) + ". At your last update it was: " + labels.value(conflict.baseValue()));
            mineButton.setText("Keep &mine: " + labels.value(conflict.mine()));
            theirsButton.setText("Take &theirs: " + labels.value(conflict.theirs()) + "  ("
                    + TheirRevisions.describe(conflict.theirRevision(), theirRevisions.get(conflict.theirRevision())) + ")");
            boolean editable = ElementLabels.isEditable(conflict);
            editButton.setEnabled(editable);
            editText.setEnabled(editable);
            Resolution resolution = resolutions.get(conflict.key());
            mineButton.setSelection(resolution != null && resolution.choice() == Resolution.Choice.MINE);
            theirsButton.setSelection(resolution != null && resolution.choice() == Resolution.Choice.THEIRS);
            editButton.setSelection(resolution != null && resolution.choice() == Resolution.Choice.EDITED);
            editText.setText(resolution != null && resolution.value() != null ? resolution.value()
                    : conflict.mine() == null ? "" : conflict.mine());
            detail.layout(true, true);
        } finally {
            updatingDetail = false;
        }
    }

    private void choose(Resolution resolution) {
        Conflict conflict = selected();
        if (conflict != null) {
            resolutions.put(conflict.key(), resolution);
            viewer.update(conflict, null);
            updateApply();
        }
    }

    private void chooseAll(Resolution resolution) {
        conflicts.forEach(c -> resolutions.put(c.key(), resolution));
        viewer.refresh();
        showDetail(selected());
        updateApply();
    }

    private void updateApply() {
        long open = conflicts.stream().filter(c -> !resolutions.containsKey(c.key())).count();
        getButton(IDialogConstants.OK_ID).setEnabled(open == 0);
        setErrorMessage(null);
        if (open > 0) {
            setMessage(open + " of " + conflicts.size() + " still to settle.");
        } else {
            setMessage("Every conflict is settled. Apply merges the server's revisions with your choices.");
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Apply and Update", true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, "Decide &Later", false);
    }

    /** Every conflict's resolution (complete when the dialog returned OK). */
    public Map<ConflictKey, Resolution> resolutions() {
        return Map.copyOf(resolutions);
    }
}
