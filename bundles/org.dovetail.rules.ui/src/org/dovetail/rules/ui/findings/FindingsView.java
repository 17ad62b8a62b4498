package org.dovetail.rules.ui.findings;

import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.Identified;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.ValidationResult;
import org.dovetail.rules.ui.FindingTexts;
import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
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
    private final ModelValidation.Listener validationListener = this::validationChanged;
    /** Above this many findings the table is refreshed a moment after a change instead of at once. */
    private static final int LARGE_RESULT = 500;
    private static final int REFRESH_DELAY_MS = 150;
    private final Runnable refreshLater = this::refresh;
    /** The most rows the table shows. */
    static final int ROW_LIMIT = 2_000;
    /** How many findings pass the filter (the table shows at most {@link #ROW_LIMIT} of them). */
    private int matching;
    /** Bumped by every filling of the table: rows sorted in a worker for an older one are dropped. */
    private int rowsGeneration;

    private ModelValidation shown;
    private FindingsFilterBar filterBar;
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
            editorShownLater(ref.getPart(false));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            editorShownLater(ref.getPart(false));
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (shown != null && ref.getPart(false) == shown.editor()) {
                forgetLater(shown);
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
        filterBar = new FindingsFilterBar(area, filter, this::refreshRows);
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

    private void createTable(Composite parent) {
        viewer = FindingsTable.create(parent, this::elementLabels, this::sortBy);
        Table table = viewer.getTable();
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

    /** The part most recently activated or brought to top and not yet looked at, null when none waits. */
    private IWorkbenchPart pendingPart;

    /**
     * Looks at an activated part at the next turn of the event loop, the latest of a burst: opening an editor
     * activates it in the turn that creates it, and filling the table and the summary line for its findings would
     * lengthen that turn (the summary changes the part's description, which the workbench lays out again).
     */
    private void editorShownLater(IWorkbenchPart part) {
        if (!(part instanceof IEditorPart)) {
            return; // a view activated after the editor in the same turn must not replace it
        }
        boolean posted = pendingPart != null;
        pendingPart = part;
        if (!posted && viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                IWorkbenchPart latest = pendingPart;
                pendingPart = null;
                if (latest != null && !viewer.getControl().isDisposed()) {
                    editorShown(latest);
                }
            });
        }
    }

    private void editorShown(IWorkbenchPart part) {
        if (part instanceof IEditorPart) {
            ModelValidation validation = ModelValidations.ofPart(part);
            if (validation != null && validation != shown) {
                show(validation);
            }
        }
    }

    /**
     * Stops showing the findings of a closing editor at the next turn of the event loop: emptying a table of
     * thousands of rows is not added to the close's own turn, which the workbench already makes long.
     */
    private void forgetLater(ModelValidation closing) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (shown == closing && !viewer.getControl().isDisposed()) {
                show(null);
                editorShown(getSite().getPage().getActiveEditor());
            }
        });
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
            forgetLater(validation);
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
        loadRows(() -> {
            reselect(selected);
            updateSummary();
            selectionChanged();
        });
    }

    private void refreshRows() {
        loadRows(this::updateSummary);
    }

    /**
     * Fills the table with {@link #rows()}, then runs {@code then}. A large result that needs none of the tree's labels
     * (no filter text, not sorted by element) is filtered and sorted in a worker: tens of thousands of findings take
     * longer than a frame to sort. A newer call overtakes an older one still sorting.
     */
    private void loadRows(Runnable then) {
        int run = ++rowsGeneration;
        ValidationResult result = shown == null ? null : shown.result();
        if (result == null || result.findings().size() <= LARGE_RESULT || FindingRows.needsLabels(filter, sortColumn)) {
            showRows(rows(), then);
            return;
        }
        List<RuleFinding> findings = result.findings();
        FindingsFilter filterNow = filter.copy();
        FindingColumn column = sortColumn;
        int direction = sortDirection;
        Display display = viewer.getControl().getDisplay();
        Job.createSystem("Sorting findings", monitor -> {
            FindingRows rows = FindingRows.of(findings, filterNow, column, direction, null, ROW_LIMIT);
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (run == rowsGeneration && !viewer.getControl().isDisposed()) {
                        showRows(rows, then);
                    }
                });
            }
        }).schedule();
    }

    private void showRows(FindingRows rows, Runnable then) {
        matching = rows.matching();
        viewer.setInput(rows.shown());
        then.run();
    }

    /** The rows for the current result, filter and order, made here in the UI thread. */
    private FindingRows rows() {
        ValidationResult result = shown == null ? null : shown.result();
        return result == null ? FindingRows.NONE
                : FindingRows.of(result.findings(), filter, sortColumn, sortDirection, elementLabels(), ROW_LIMIT);
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
            details.setText(finding == null ? FindingDetails.hint(shown == null ? List.of() : shown.notes())
                    : FindingDetails.describe(finding, this::label));
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
        loadRows(this::updateSummary);
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
        return filterBar.filterText();
    }

    ToolItem severityButton(Severity severity) {
        return filterBar.severityButton(severity);
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
