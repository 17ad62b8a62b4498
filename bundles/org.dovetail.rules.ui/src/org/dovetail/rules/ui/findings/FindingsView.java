package org.dovetail.rules.ui.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.Identified;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.ValidationResult;
import org.dovetail.rules.ui.FindingTexts;
import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The findings of the active Dovetail editor's model: one row per finding, sortable by every column, filtered by
 * severity, waived or not, and a filter text; the explanation and remediation of the selected finding below.
 * Double-click or Enter selects the element in the editor; the context menu waives a finding.
 */
public class FindingsView extends ViewPart {

    private final FindingsFilter filter = new FindingsFilter();
    private final Map<Severity, ToolItem> severityButtons = new EnumMap<>(Severity.class);
    private final ModelValidation.Listener validationListener = this::validationChanged;
    /** Above this many findings the table is refreshed a moment after a change instead of at once. */
    private static final int LARGE_RESULT = 500;
    private static final int REFRESH_DELAY_MS = 150;
    private final Runnable refreshLater = this::refresh;
    /** The most rows the table shows. */
    static final int ROW_LIMIT = 2_000;
    /** How many findings pass the filter (the table shows at most {@link #ROW_LIMIT} of them). */
    private int matching;

    private ModelValidation shown;
    private Text filterText;
    private ToolItem waivedButton;
    private TableViewer viewer;
    private Text details;
    private FindingColumn sortColumn = FindingColumn.SEVERITY;
    private int sortDirection = SWT.UP;
    private Action showInEditor;
    private Action waive;
    /** Asks the waive authorities again when they learn something (the user's role on a server). */
    private final Runnable waiveAuthorityListener = () -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            selectionChanged();
        }
    };

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            editorShown(ref.getPart(false));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            editorShown(ref.getPart(false));
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (shown != null && ref.getPart(false) == shown.editor()) {
                show(null);
                editorShown(getSite().getPage().getActiveEditor());
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        area.setLayout(layout);
        createFilterBar(area);
        // The details beside the table: the bottom folder is wide and low.
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // Small hints: the part takes the room the folder gives it instead of asking for the width of every column.
        sashData.widthHint = 200;
        sashData.heightHint = 80;
        sash.setLayoutData(sashData);
        createTable(sash);
        details = new Text(sash, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        sash.setWeights(72, 28);
        createActions();
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(partListener);
        editorShown(getSite().getPage().getActiveEditor());
        refresh();
        WaiveAuthorities.addListener(waiveAuthorityListener);
    }

    private void createFilterBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        filterText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("Filter: rule, category, owner, element, message (or rule:…, owner:…)");
        GridData filterData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        filterData.minimumWidth = 160;
        filterText.setLayoutData(filterData);
        filterText.addModifyListener(e -> {
            filter.setText(filterText.getText());
            refreshRows();
        });
        // Toggles as tool items: their pressed state reads the same in every GTK theme.
        ToolBar toggles = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            ToolItem item = new ToolItem(toggles, SWT.CHECK);
            item.setText(FindingTexts.severity(severity) + "s");
            item.setImage(FindingTexts.severityImage(severity));
            item.setToolTipText("Show " + FindingTexts.severity(severity).toLowerCase(Locale.ROOT) + " findings");
            item.setSelection(true);
            item.addListener(SWT.Selection, e -> {
                filter.setSeverity(severity, item.getSelection());
                refreshRows();
            });
            severityButtons.put(severity, item);
        }
        waivedButton = new ToolItem(toggles, SWT.CHECK);
        waivedButton.setText("Waived");
        waivedButton.setToolTipText("Show waived and accepted findings");
        waivedButton.setSelection(true);
        waivedButton.addListener(SWT.Selection, e -> {
            filter.setShowWaived(waivedButton.getSelection());
            refreshRows();
        });
    }

    private void createTable(Composite parent) {
        // Virtual: a model with thousands of findings only pays for the rows on screen, after every change.
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        for (FindingColumn column : FindingColumn.values()) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            TableColumn tableColumn = viewerColumn.getColumn();
            tableColumn.setText(column.header);
            tableColumn.setWidth(column.width);
            tableColumn.setMoveable(true);
            tableColumn.setData(column);
            tableColumn.addListener(SWT.Selection, e -> sortBy(column));
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text((RuleFinding) element, elementLabels());
                }

                @Override
                public Image getImage(Object element) {
                    return column == FindingColumn.SEVERITY ? FindingTexts.severityImage(((RuleFinding) element).severity()) : null;
                }

                @Override
                public Color getForeground(Object element) {
                    // Waived and accepted findings recede; the Status column says until when.
                    return ((RuleFinding) element).isOpen() ? null : viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
                }

                @Override
                public String getToolTipText(Object element) {
                    return ((RuleFinding) element).explanation();
                }
            });
        }
        // Filtered, sorted and cut to ROW_LIMIT by rows(), not by the viewer: its filter and sorter would run over all
        // findings, and a table of tens of thousands of rows costs a pause to fill and to clear.
        table.setSortColumn(table.getColumn(sortColumn.ordinal()));
        table.setSortDirection(sortDirection);
        viewer.addSelectionChangedListener(e -> selectionChanged());
        viewer.addOpenListener(e -> showInEditor(selectedFinding()));
    }

    private void createActions() {
        showInEditor = new Action("&Show in Editor") {
            @Override
            public void run() {
                showInEditor(selectedFinding());
            }
        };
        waive = new Action("&Waive…") {
            @Override
            public void run() {
                waive(selectedFinding());
            }
        };
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        selectionChanged();
    }

    private void fillContextMenu(IMenuManager menu) {
        menu.add(showInEditor);
        menu.add(waive);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private void editorShown(IWorkbenchPart part) {
        if (part instanceof IEditorPart) {
            ModelValidation validation = ModelValidations.ofPart(part);
            if (validation != null && validation != shown) {
                show(validation);
            }
        }
    }

    /** Shows the findings of {@code validation} (null: none). */
    void show(ModelValidation validation) {
        if (shown != null) {
            shown.removeListener(validationListener);
        }
        shown = validation;
        if (shown != null) {
            shown.addListener(validationListener);
        }
        refresh();
    }

    private void validationChanged(ModelValidation validation) {
        if (validation.isDisposed()) {
            show(null);
            return;
        }
        if (validation.lastFindingCount() > LARGE_RESULT) {
            // A burst of edits on a large model: refresh once it pauses, not after every command.
            viewer.getControl().getDisplay().timerExec(-1, refreshLater);
            viewer.getControl().getDisplay().timerExec(REFRESH_DELAY_MS, refreshLater);
        } else {
            refresh();
        }
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<RuleFinding> selected = selectedFindings();
        viewer.setInput(rows());
        reselect(selected);
        updateSummary();
        selectionChanged();
    }

    private void refreshRows() {
        viewer.setInput(rows());
        updateSummary();
    }

    /**
     * The findings that pass the filter, in the chosen order, at most {@link #ROW_LIMIT} of them (as the IDE's
     * Problems view limits its items: the rest are reached by filtering or sorting).
     */
    private List<RuleFinding> rows() {
        ValidationResult result = shown == null ? null : shown.result();
        if (result == null) {
            matching = 0;
            return List.of();
        }
        ILabelProvider labels = elementLabels();
        Comparator<RuleFinding> order = sortColumn.comparator(labels);
        List<RuleFinding> rows = result.findings().stream().filter(finding -> filter.matches(finding, labels))
                .sorted(sortDirection == SWT.UP ? order : order.reversed()).collect(Collectors.toCollection(ArrayList::new));
        matching = rows.size();
        return rows.size() > ROW_LIMIT ? new ArrayList<>(rows.subList(0, ROW_LIMIT)) : rows;
    }

    /** After a new run the findings are new objects: select the ones for the same rule and element again. */
    private void reselect(List<RuleFinding> previous) {
        if (previous.isEmpty() || shown == null || shown.result() == null) {
            return;
        }
        List<RuleFinding> again = shown.result().findings().stream()
                .filter(f -> previous.stream().anyMatch(p -> p.ruleId().equals(f.ruleId()) && p.element() == f.element()))
                .toList();
        viewer.setSelection(new StructuredSelection(again), true);
    }

    private void updateSummary() {
        String text;
        if (shown == null) {
            text = "Open a Dovetail model to see its findings.";
        } else if (shown.result() == null) {
            text = "Validating…";
        } else {
            List<RuleFinding> all = shown.result().findings();
            long waived = all.stream().filter(f -> !f.isOpen()).count();
            int visible = viewer.getTable().getItemCount();
            text = (matching == all.size() ? all.size() + " findings" : matching + " of " + all.size() + " findings")
                    + (visible < matching ? " (the first " + visible + " shown: filter or sort to see others)" : "")
                    + (waived > 0 ? ", " + waived + " waived" : "") + " · " + shown.result().checksRun() + " checks"
                    + (shown.notes().isEmpty() ? "" : " · " + shown.notes().size() + " notes")
                    + (shown.isRunning() ? " · validating…" : "");
        }
        // The summary is the view's description line, as in the IDE's Problems view.
        setContentDescription(text);
        setTitleToolTip(shown == null || shown.notes().isEmpty() ? null : String.join("\n", shown.notes()));
    }

    private void selectionChanged() {
        RuleFinding finding = selectedFinding();
        if (details != null && !details.isDisposed()) {
            details.setText(finding == null ? detailsHint() : describe(finding));
        }
        showInEditor.setEnabled(finding != null && shown != null);
        // Only the governance role may waive in a shared project (a WaiveAuthority says so); the reason shows where the action does.
        String refusal = shown == null ? null
                : WaiveAuthorities.refusal(shown.editor().getEditorInput().getAdapter(org.eclipse.core.resources.IFile.class));
        waive.setEnabled(refusal == null && finding != null && shown != null && finding.isOpen() && finding.element() instanceof Identified
                && !shown.editor().getEditingDomain().isReadOnly(finding.element().eResource()));
        waive.setToolTipText(refusal != null ? refusal : "Waive the selected finding (reason and expiry)");
        getViewSite().getActionBars().getStatusLineManager().setMessage(finding != null ? refusal : null);
    }

    private String detailsHint() {
        return shown != null && !shown.notes().isEmpty() ? "Notes of the last run:\n" + String.join("\n", shown.notes())
                : "Select a finding to see why it matters and what to do.";
    }

    private String describe(RuleFinding finding) {
        StringBuilder text = new StringBuilder();
        text.append(FindingTexts.severity(finding.severity())).append(" · ").append(finding.ruleId()).append(" · ")
                .append(FindingTexts.category(finding.category())).append('\n');
        text.append(finding.message()).append("\n\n");
        text.append("Why it matters: ").append(Objects.toString(finding.explanation(), "")).append("\n\n");
        text.append("What to do: ").append(Objects.toString(finding.remediation(), "")).append('\n');
        if (!finding.related().isEmpty()) {
            text.append("\nRelated: ").append(finding.related().stream().map(this::label).collect(Collectors.joining("; "))).append('\n');
        }
        Waiver waiver = finding.waiver();
        if (waiver != null) {
            text.append('\n').append(FindingTexts.status(finding)).append(": ").append(Objects.toString(waiver.getReason(), ""));
            if (waiver.getGrantedBy() != null) {
                text.append(" (granted by ").append(FindingTexts.name(waiver.getGrantedBy())).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private String label(EObject element) {
        ILabelProvider labels = elementLabels();
        return labels == null ? FindingTexts.name(element) : labels.getText(element);
    }

    private void sortBy(FindingColumn column) {
        sortDirection = column == sortColumn && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortColumn = column;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(column.ordinal()));
        table.setSortDirection(sortDirection);
        viewer.setInput(rows());
        updateSummary();
    }

    /** Names elements as the editor's tree does (type and name, flows by their ends). */
    private ILabelProvider elementLabels() {
        if (shown == null || shown.editor().getViewer() == null) {
            return null;
        }
        return shown.editor().getViewer().getLabelProvider() instanceof ILabelProvider labels ? labels : null;
    }

    /** Activates the editor and selects the finding's element in its tree. */
    void showInEditor(RuleFinding finding) {
        if (finding == null || shown == null) {
            return;
        }
        DovetailEditor editor = shown.editor();
        getSite().getPage().activate(editor);
        editor.reveal(finding.element());
    }

    /** Asks for the reason, expiry and who grants it; the waiver goes into the model as an undoable command. */
    void waive(RuleFinding finding) {
        if (finding == null || shown == null) {
            return;
        }
        WaiveDialog dialog = new WaiveDialog(getSite().getShell(), finding, label(finding.element()));
        if (dialog.open() == Window.OK) {
            executeWaiver(finding, dialog.values());
        }
    }

    /** Puts the waiver into the shown model through the editor's command stack. */
    void executeWaiver(RuleFinding finding, WaiveDialog.Values values) {
        var domain = shown.editor().getEditingDomain();
        domain.getCommandStack().execute(WaiverCommands.create(domain, finding, values));
    }

    private RuleFinding selectedFinding() {
        IStructuredSelection selection = viewer == null ? StructuredSelection.EMPTY : viewer.getStructuredSelection();
        return selection.size() == 1 ? (RuleFinding) selection.getFirstElement() : null;
    }

    private List<RuleFinding> selectedFindings() {
        return viewer == null ? List.of() : viewer.getStructuredSelection().stream().map(RuleFinding.class::cast).toList();
    }

    // For tests in the fragment, and for programmatic use.

    TableViewer viewer() {
        return viewer;
    }

    Text filterText() {
        return filterText;
    }

    ToolItem severityButton(Severity severity) {
        return severityButtons.get(severity);
    }

    Text details() {
        return details;
    }

    ModelValidation shown() {
        return shown;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        WaiveAuthorities.removeListener(waiveAuthorityListener);
        getSite().getPage().removePartListener(partListener);
        if (shown != null) {
            shown.removeListener(validationListener);
        }
        super.dispose();
    }
}
