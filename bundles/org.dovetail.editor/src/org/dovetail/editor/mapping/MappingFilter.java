package org.dovetail.editor.mapping;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.dovetail.model.governance.Mapping;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The filter field above the mapping table. The table lists at most {@link MappingPage#TABLE_LIMIT} mappings (the
 * latest); words typed here reach any mapping of the model: those whose type, elements, status or owner contain every
 * word, the latest {@code TABLE_LIMIT} of them. Matching tens of thousands of mappings is done in a worker, a moment
 * after the last key stroke.
 */
final class MappingFilter {

    /** How long typing must pause before the mappings are matched. */
    private static final int DELAY_MS = 150;

    private final Text field;
    private final TableViewer table;
    private final Function<Mapping, String> searchText;
    private final Runnable shown;
    private final Runnable typed = this::match;
    private List<Mapping> mappings = List.of();
    private int generation;
    private int shownGeneration;
    /** Whether the field changed and the match waits for typing to pause. */
    private boolean typing;
    /** How many mappings matched the last filter shown (-1 when none is set). */
    private int matching = -1;

    /**
     * @param searchText what a mapping is matched against (the texts of its row)
     * @param shown told in the UI thread after the table shows a new set of rows
     */
    MappingFilter(Composite parent, TableViewer table, Function<Mapping, String> searchText, Runnable shown) {
        this.table = table;
        this.searchText = searchText;
        this.shown = shown;
        field = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        field.setMessage("Filter the mappings (type, element, status, owner)");
        field.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        field.addModifyListener(event -> {
            typing = true;
            field.getDisplay().timerExec(-1, typed);
            field.getDisplay().timerExec(DELAY_MS, typed);
        });
    }

    /** Shows {@code all} (the model's mappings in model order) in the table, filtered by the field's words. */
    void show(List<Mapping> all) {
        mappings = all;
        match();
    }

    private void match() {
        if (field.isDisposed()) {
            return;
        }
        typing = false;
        int run = ++generation;
        List<String> words = words(field.getText());
        List<Mapping> all = mappings;
        if (words.isEmpty()) {
            matching = -1;
            show(run, latest(all));
            return;
        }
        Display display = field.getDisplay();
        Job.createSystem("Filtering mappings", monitor -> {
            List<Mapping> found = new ArrayList<>();
            try {
                for (Mapping mapping : all) {
                    String text = searchText.apply(mapping).toLowerCase(Locale.ROOT);
                    if (words.stream().allMatch(text::contains)) {
                        found.add(mapping);
                    }
                }
            } catch (ConcurrentModificationException | IllegalStateException e) {
                return; // the model changed under the match: the page shows the mappings again, and this runs again
            }
            display.asyncExec(() -> {
                if (run == generation && !table.getControl().isDisposed()) {
                    matching = found.size();
                    show(run, latest(found));
                }
            });
        }).schedule();
    }

    private void show(int run, List<Mapping> rows) {
        if (table.getInput() instanceof List<?> shownRows && shownRows.equals(rows)) {
            relabelRowsOnScreen(); // a change elsewhere in the model: setting the input again would clear 2,000 rows
        } else {
            table.setInput(List.copyOf(rows));
        }
        shownGeneration = run;
        shown.run();
    }

    /** The same rows may have new texts (a rename): the virtual table labels again the rows on screen. */
    private void relabelRowsOnScreen() {
        Table widget = table.getTable();
        if (widget.getItemCount() == 0) {
            return;
        }
        int top = widget.getTopIndex();
        int onScreen = widget.getClientArea().height / Math.max(1, widget.getItemHeight()) + 1;
        widget.clear(top, Math.min(widget.getItemCount() - 1, top + onScreen));
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream().filter(word -> !word.isEmpty()).toList();
    }

    /** The latest {@link MappingPage#TABLE_LIMIT} of {@code mappings} (a new mapping is always among them). */
    private static List<Mapping> latest(List<Mapping> mappings) {
        int limit = MappingPage.TABLE_LIMIT;
        return mappings.size() <= limit ? mappings : mappings.subList(mappings.size() - limit, mappings.size());
    }

    /** Whether the table shows what the field asks for (no match is running or waiting for typing to pause). */
    boolean isDone() {
        return !typing && shownGeneration == generation;
    }

    /** How many mappings match the filter, or -1 when the field is empty. */
    int matching() {
        return matching;
    }

    Text field() {
        return field;
    }
}
