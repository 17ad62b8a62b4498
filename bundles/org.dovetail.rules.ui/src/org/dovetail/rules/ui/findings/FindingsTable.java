package org.dovetail.rules.ui.findings;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.ui.FindingTexts;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The Findings table: one column per {@link FindingColumn}, a click on a header sorts by it. */
final class FindingsTable {

    private FindingsTable() {
    }

    /**
     * A virtual table: a model with thousands of findings only pays for the rows on screen, after every change. Its
     * input is the list of rows, already filtered, sorted and cut ({@link FindingRows}), not the viewer's filter and
     * sorter: those would run over all findings, and a table of tens of thousands of rows costs a pause to fill and clear.
     */
    static TableViewer create(Composite parent, Supplier<ILabelProvider> elementLabels, Consumer<FindingColumn> sortBy) {
        TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
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
            tableColumn.addListener(SWT.Selection, e -> sortBy.accept(column));
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text((RuleFinding) element, elementLabels.get());
                }

                @Override
                public Image getImage(Object element) {
                    return column == FindingColumn.SEVERITY ? FindingTexts.image((RuleFinding) element) : null;
                }

                @Override
                public Color getForeground(Object element) {
                    // Waived and accepted findings recede (grey text and icon, "(waived)"); the Status column says until when.
                    return ((RuleFinding) element).isOpen() ? null : table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
                }

                @Override
                public String getToolTipText(Object element) {
                    return ((RuleFinding) element).explanation();
                }
            });
        }
        return viewer;
    }
}
