package org.dovetail.sync.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The tables of the sync dialogs, views and wizard pages: a list input, headers and lines, columns sharing the width
 * by weight (a {@link TableColumnLayout} on a holder of its own, as that layout needs).
 */
public final class Tables {

    private Tables() {
    }

    /** A table in a new holder under {@code parent}; lay out the holder ({@code viewer.getTable().getParent()}). */
    public static TableViewer create(Composite parent, int style) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new TableColumnLayout());
        TableViewer viewer = new TableViewer(holder, SWT.FULL_SELECTION | style);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    /** A column of rows of type {@code T} showing {@code text}. */
    public static <T> TableViewerColumn column(TableViewer viewer, String title, int weight, Class<T> type, Function<T, String> text) {
        return column(viewer, title, weight, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }
        });
    }

    /** A column with its own label provider (fonts, images). */
    public static TableViewerColumn column(TableViewer viewer, String title, int weight, CellLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        ((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(labels);
        return column;
    }
}
