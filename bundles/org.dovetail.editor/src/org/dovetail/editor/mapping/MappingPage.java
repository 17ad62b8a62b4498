package org.dovetail.editor.mapping;

import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.edit.ui.provider.AdapterFactoryLabelProvider;
import org.dovetail.editor.internal.LazyTreeContent;
import org.dovetail.editor.internal.UiSlices;
import org.dovetail.editor.session.ModelSession;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.MappingStatus;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Stage;
import org.dovetail.model.process.Trigger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * The mapping page: process elements on the left, digital elements on the right, the governance mappings between
 * them in the middle. Dragging an element onto one on the other side creates the mapping (asking for its type when
 * more than one fits); elements that should be mapped and are not stand out, and each process shows its coverage.
 */
public final class MappingPage {

    private final ModelSession session;
    private final Composite control;
    private final Label summary;
    private final TreeViewer processTree;
    private final TreeViewer digitalTree;
    private final TableViewer mappingTable;
    private MappingFilter filter;
    private final LastSelectionProvider selection = new LastSelectionProvider();
    private final java.util.Map<TreeViewer, MappingDrop> drops = new java.util.HashMap<>();
    private MappingIndex index;
    private final MappingLabels labels;
    private int summaryGeneration;
    private int summarizedGeneration = -1;
    private long unmappedCount;
    /** Up to this many elements a domain's tree opens its first levels. */
    private static final int EXPAND_LIMIT = 2_000;
    /**
     * The most mappings the table lists: GTK makes a row for each even in a virtual table, a pause of most of a second
     * for the tens of thousands of a large model, to fill and again to close (sampled in the freeze benchmark).
     */
    static final int TABLE_LIMIT = 2_000;

    public MappingPage(Composite parent, ModelSession session) {
        this.session = session;
        this.index = MappingIndex.of(null); // read at the first turn of setInputs(), before the trees ask for labels
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        summary = new Label(control, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm columns = new SashForm(control, SWT.HORIZONTAL | SWT.SMOOTH);
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        AdapterFactoryLabelProvider itemLabels = new AdapterFactoryLabelProvider(session.adapterFactory());
        labels = new MappingLabels(itemLabels, () -> index);

        // Flows, triggers and stages are structure, not something a mapping covers.
        processTree = tree(columns, "Process domain (work as imagined)", labels,
                element -> !(element instanceof Flow || element instanceof Trigger || element instanceof Stage));
        mappingTable = mappingTable(columns, itemLabels);
        digitalTree = tree(columns, "Digital domain (work as enforced)", labels, element -> true);
        columns.setWeights(30, 40, 30);

        for (TreeViewer tree : List.of(processTree, digitalTree)) {
            dragAndDrop(tree);
            selection.follow(tree);
        }
        selection.follow(mappingTable);
        setInputs();
    }

    private TreeViewer tree(Composite parent, String title, MappingLabels labels, java.util.function.Predicate<Object> shown) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(1, false));
        // Virtual and lazy: a large model creates and labels only the rows on screen.
        TreeViewer tree = new TreeViewer(group, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setContentProvider(new LazyTreeContent(new AdapterFactoryContentProvider(session.adapterFactory()), shown));
        tree.setLabelProvider(labels);
        tree.setUseHashlookup(true);
        return tree;
    }

    private TableViewer mappingTable(Composite parent, AdapterFactoryLabelProvider itemLabels) {
        Group group = new Group(parent, SWT.NONE);
        group.setText("Governance mappings");
        group.setLayout(new GridLayout(1, false));
        Composite holder = new Composite(group, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        // Virtual: a large model has tens of thousands of mappings; only the rows on screen are labelled.
        TableViewer table = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
        table.setUseHashlookup(true);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        // Type and Status have few, known values: never narrower than the widest of them.
        int typeWidth = widest(table.getTable(), MappingType.all().stream().map(MappingType::shortLabel).toList());
        int statusWidth = widest(table.getTable(), MappingStatus.VALUES.stream().map(MappingStatus::getLiteral).toList());
        column(table, layout, "Type", 14, typeWidth, mapping -> MappingType.of(mapping).shortLabel());
        column(table, layout, "Process element", 28, 90, mapping -> name(mapping.eGet(MappingType.of(mapping).source())));
        column(table, layout, "Mapped to", 30, 90, mapping -> ((List<?>) mapping.eGet(MappingType.of(mapping).targets())).stream()
                .map(MappingPage::name).collect(Collectors.joining(", ")));
        column(table, layout, "Status", 10, statusWidth, mapping -> mapping.getStatus().getLiteral());
        column(table, layout, "Owner", 14, 70, mapping -> mapping.getOwner() == null ? "" : name(mapping.getOwner()));
        filter = new MappingFilter(group, table, MappingPage::searchText, () -> {
            if (!isSummarizing()) {
                showSummary(summaryText()); // how many match the filter
            }
        });
        filter.field().moveAbove(holder);
        return table;
    }

    /** The width a column needs to show each of {@code texts} whole (with the cell's padding). */
    private static int widest(org.eclipse.swt.widgets.Table table, List<String> texts) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        try {
            gc.setFont(table.getFont());
            return texts.stream().mapToInt(text -> gc.textExtent(text).x).max().orElse(50) + 24;
        } finally {
            gc.dispose();
        }
    }

    private static void column(TableViewer table, TableColumnLayout layout, String title, int weight, int minimumWidth,
            java.util.function.Function<Mapping, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setToolTipText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth, true));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Mapping mapping && MappingType.of(mapping) != null ? text.apply(mapping) : "";
            }
        });
    }

    private void dragAndDrop(TreeViewer tree) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        tree.addDragSupport(DND.DROP_LINK | DND.DROP_COPY | DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = !tree.getStructuredSelection().isEmpty();
                LocalSelectionTransfer.getTransfer().setSelection(tree.getStructuredSelection());
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        MappingDrop drop = new MappingDrop(tree, session.editingDomain());
        drops.put(tree, drop);
        tree.addDropSupport(DND.DROP_LINK | DND.DROP_COPY | DND.DROP_MOVE, transfers, drop);
    }

    /**
     * Does what dropping {@code dragged} onto {@code target} in the tree that shows it does: maps them with the mapping
     * type that fits (asking which if several do). Returns whether a mapping was made.
     */
    public boolean drop(List<EObject> dragged, EObject target) {
        DovetailModel model = model();
        TreeViewer tree = model != null && org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(model.getDigitalDomain(), target)
                ? digitalTree : processTree;
        return drops.get(tree).drop(dragged, target);
    }

    /**
     * Reads the mappings, then fills the viewers from the model, one per turn of the event loop: each builds its rows
     * (hundreds on a large model, a quarter of a second for the three at once), with input and paint events between
     * them. The summary follows.
     */
    private void setInputs() {
        DovetailModel model = model();
        int run = ++summaryGeneration; // summarizing from now on, until the last turn has counted
        BooleanSupplier current = () -> run == summaryGeneration && !control.isDisposed();
        Iterator<Runnable> turns = List.<Runnable>of(() -> index = MappingIndex.of(session.resource()), () -> {
            processTree.setInput(model == null ? null : model.getProcessDomain());
            // A small model opens its branches; a large one starts collapsed (expanding would build every row).
            if (model != null && size(model.getProcessDomain()) <= EXPAND_LIMIT) {
                processTree.expandToLevel(2);
            }
        }, () -> {
            digitalTree.setInput(model == null ? null : model.getDigitalDomain());
            if (model != null && size(model.getDigitalDomain()) <= EXPAND_LIMIT) {
                digitalTree.expandToLevel(3);
            }
        }, () -> filter.show(index.mappings())).iterator();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (!current.getAsBoolean()) {
                return;
            }
            turns.next().run();
            if (turns.hasNext()) {
                control.getDisplay().asyncExec(next[0]); // input and paint events first (see OverviewSections)
            } else {
                summarize(model);
            }
        };
        control.getDisplay().asyncExec(next[0]); // input and paint events first (see OverviewSections)
    }

    /** What the filter matches a mapping against: the texts of its row. */
    private static String searchText(Mapping mapping) {
        MappingType type = MappingType.of(mapping);
        if (type == null) {
            return "";
        }
        return String.join(" ", type.shortLabel(), name(mapping.eGet(type.source())), ((List<?>) mapping.eGet(type.targets())).stream()
                .map(MappingPage::name).collect(Collectors.joining(" ")), mapping.getStatus().getLiteral(),
                mapping.getOwner() == null ? "" : name(mapping.getOwner()));
    }

    private static int size(EObject domain) {
        int size = 0;
        for (var all = domain == null ? java.util.Collections.<EObject>emptyIterator() : domain.eAllContents(); all.hasNext()
                && size <= EXPAND_LIMIT; all.next()) {
            size++;
        }
        return size;
    }

    /** Reads the mappings again and refreshes every row, coverage and the table (the page is shown again). */
    public void refresh() {
        refresh(true);
    }

    /**
     * Reads the mappings again after a change made while the page is shown. When the same elements are mapped as
     * before, the trees' rows follow the item providers' notifications as the editor's tree does, and only processes
     * whose coverage changed are labelled again; otherwise every row is (its marks depend on the mappings). Labelling
     * every row of both trees again was most of what an import into a large model cost while this page was shown.
     */
    public void refreshAfterChange() {
        refresh(false);
    }

    private void refresh(boolean everyRow) {
        if (control.isDisposed()) {
            return;
        }
        DovetailModel model = model();
        MappingIndex before = index;
        index = MappingIndex.of(session.resource(), before);
        if (model != null && (processTree.getInput() != model.getProcessDomain() || digitalTree.getInput() != model.getDigitalDomain())) {
            setInputs();
            return;
        }
        for (TreeViewer tree : List.of(processTree, digitalTree)) {
            ((LazyTreeContent) tree.getContentProvider()).forget();
        }
        filter.show(index.mappings());
        if (everyRow || index != before) {
            labels.forgetProcessTexts();
            processTree.refresh(true);
            digitalTree.refresh(true);
        } else {
            labels.processesLabelledOtherwise().forEach(process -> processTree.update(process, null));
        }
        summarize(model);
    }

    /**
     * Says how many mappings there are at once, and how many elements are unmapped once they are counted: a walk of
     * the whole model, done a slice at a time so that the page shows without a pause.
     */
    private void summarize(DovetailModel model) {
        int run = ++summaryGeneration;
        if (model == null) {
            showSummary("This file holds no Dovetail model.");
            return;
        }
        MappingIndex counted = index;
        long[] unmapped = { 0 };
        UiSlices.start(control.getDisplay(), model.eAllContents(), element -> {
            if (MappingIndex.isMappable(element) && !counted.isMapped(element)) {
                unmapped[0]++;
            }
        }, () -> run == summaryGeneration && !control.isDisposed(), () -> {
            unmappedCount = unmapped[0];
            showSummary(summaryText());
        });
    }

    /** How many mappings there are (and match the filter), and how many elements are unmapped (as last counted). */
    private String summaryText() {
        int all = index.mappings().size();
        int matching = filter.matching();
        String listed = matching >= 0 ? " (" + matching + " match the filter" + (matching > TABLE_LIMIT ? "; the table lists the latest "
                + TABLE_LIMIT : "") + ")" : all > TABLE_LIMIT ? " (the table lists the latest " + TABLE_LIMIT + "; the filter reaches any)" : "";
        return "Drag a process element onto a digital element (or the other way) to map them. " + all + " mappings" + listed + "; "
                + unmappedCount + " elements that should be mapped are not (shown in bold, marked unmapped).";
    }

    private void showSummary(String text) {
        summary.setText(text);
        summarizedGeneration = summaryGeneration;
        // Only the summary's height may change: laying out the trees and the table again would measure every row.
        control.layout(true, false);
    }

    /** Whether the summary is still being counted (see {@link #unmappedCount()}). */
    public boolean isSummarizing() {
        return summarizedGeneration != summaryGeneration;
    }

    /** How many elements that should be mapped are not, as of the last finished count. */
    public long unmappedCount() {
        return unmappedCount;
    }

    private DovetailModel model() {
        return !session.resource().getContents().isEmpty() && session.resource().getContents().get(0) instanceof DovetailModel model
                ? model : null;
    }

    private static String name(Object element) {
        return element instanceof Element named && named.getName() != null ? named.getName()
                : element instanceof EObject object ? object.eClass().getName() : "";
    }

    /** The tree of process elements (left). */
    public TreeViewer processTree() {
        return processTree;
    }

    /** The tree of digital elements (right). */
    public TreeViewer digitalTree() {
        return digitalTree;
    }

    /** The filter field above the table of mappings. */
    public org.eclipse.swt.widgets.Text mappingFilter() {
        return filter.field();
    }

    /** Whether the table shows what the filter field asks for (no match running or waiting for typing to pause). */
    public boolean isFiltered() {
        return filter.isDone();
    }

    /** The table of mappings (middle). */
    public TableViewer mappingTable() {
        return mappingTable;
    }

    /** The current mapping index (what is mapped, coverage per process). */
    public MappingIndex index() {
        return index;
    }

    /** The selection of whichever of the three viewers was used last: what the Properties view shows. */
    public ISelectionProvider selectionProvider() {
        return selection;
    }

    public Control control() {
        return control;
    }
}
