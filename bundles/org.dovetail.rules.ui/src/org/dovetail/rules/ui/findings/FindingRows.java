package org.dovetail.rules.ui.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dovetail.rules.api.RuleFinding;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;

/**
 * The rows of the Findings table: the findings that pass the filter, in the chosen order, at most {@code limit} of them
 * (as the IDE's Problems view limits its items: the rest are reached by filtering or sorting), and how many passed.
 * Plain data: made in the UI thread for small results or where the tree's labels are needed, otherwise in a worker.
 */
record FindingRows(List<RuleFinding> shown, int matching) {

    static final FindingRows NONE = new FindingRows(List.of(), 0);

    /**
     * {@code elementLabels} names elements as the editor's tree does; {@code null} is allowed only when neither the
     * filter nor the order needs them (see {@link #needsLabels}).
     */
    static FindingRows of(List<RuleFinding> findings, FindingsFilter filter, FindingColumn column, int direction,
            ILabelProvider elementLabels, int limit) {
        Comparator<RuleFinding> order = column.comparator(elementLabels);
        List<RuleFinding> rows = new ArrayList<>();
        for (RuleFinding finding : findings) {
            if (filter.matches(finding, elementLabels)) {
                rows.add(finding);
            }
        }
        rows.sort(direction == SWT.UP ? order : order.reversed());
        int matching = rows.size();
        return new FindingRows(matching > limit ? new ArrayList<>(rows.subList(0, limit)) : rows, matching);
    }

    /** Whether sorting or filtering reads the tree's labels (which belong to the UI thread). */
    static boolean needsLabels(FindingsFilter filter, FindingColumn column) {
        return column == FindingColumn.ELEMENT || filter.hasWords();
    }
}
