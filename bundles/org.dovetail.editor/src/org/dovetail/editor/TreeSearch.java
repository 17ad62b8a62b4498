package org.dovetail.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Search and filter for the model tree: typing narrows the tree to the elements whose label (type and name)
 * contains the text, with their ancestors; Enter selects the next match. The search runs a moment after the last
 * key stroke, over the model rather than the tree, so it finds elements in collapsed branches too.
 */
public final class TreeSearch {

    /** How long after the last key stroke the search runs. */
    private static final int DELAY_MS = 250;
    /** Up to this many matches the tree opens to show them all. */
    private static final int EXPAND_LIMIT = 300;

    private final Text field;
    private final TreeViewer viewer;
    private final Resource resource;
    private final ILabelProvider labels;
    private final List<EObject> matches = new ArrayList<>();
    private final Set<Object> visible = new HashSet<>();
    private final Runnable runSearch = this::searchInSlices;
    /** How long one slice of a search may hold the UI thread. */
    private static final long SLICE_NANOS = 15_000_000L;
    private Slices running;
    /** The matches still to open in the tree, null when all are shown. */
    private Expansion expanding;
    private String query = "";
    private int current = -1;

    private final ViewerFilter filter = new ViewerFilter() {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            return !(element instanceof EObject) || visible.contains(element);
        }
    };

    TreeSearch(Text field, TreeViewer viewer, Resource resource, ILabelProvider labels) {
        this.field = field;
        this.viewer = viewer;
        this.resource = resource;
        this.labels = labels;
        field.addModifyListener(event -> {
            field.getDisplay().timerExec(-1, runSearch);
            field.getDisplay().timerExec(DELAY_MS, runSearch);
        });
        field.addListener(SWT.DefaultSelection, event -> {
            if (event.detail == SWT.ICON_CANCEL) {
                field.setText("");
            } else {
                search();
                selectNext();
            }
        });
    }

    /** Runs the search for the field's text now, all at once (Enter; tests). */
    public void search() {
        String text = normalizedText();
        if (text == null) {
            return;
        }
        running = null;
        if (text.equals(query)) {
            return;
        }
        Slices slices = new Slices(text);
        slices.matchAll(Integer.MAX_VALUE);
        apply(slices);
    }

    /**
     * Runs the search for the field's text in slices of a few milliseconds between which the window keeps
     * responding (a large model has a hundred thousand labels to read), then filters the tree once.
     */
    private void searchInSlices() {
        String text = normalizedText();
        if (text == null || text.equals(running == null ? query : running.text)) {
            return;
        }
        running = new Slices(text);
        field.getDisplay().asyncExec(running);
    }

    /** Whether the tree shows the search for the field's text (false while a search is pending or reading). */
    public boolean isDone() {
        return running == null && expanding == null && query.equals(normalizedText());
    }

    private String normalizedText() {
        if (field.isDisposed() || viewer.getControl().isDisposed()) {
            return null;
        }
        return field.getText().trim().toLowerCase(Locale.ROOT);
    }

    private void apply(Slices slices) {
        query = slices.text;
        expanding = null;
        matches.clear();
        visible.clear();
        current = -1;
        if (query.isEmpty()) {
            viewer.removeFilter(filter);
            return;
        }
        for (EObject element : slices.found) {
            if (element.eResource() != resource) {
                continue; // removed while the search ran
            }
            matches.add(element);
            for (EObject shown = element; shown != null && visible.add(shown); shown = shown.eContainer()) {
                // the element and its ancestors stay visible
            }
        }
        viewer.getControl().setRedraw(false);
        try {
            if (viewer.getFilters().length == 0) {
                viewer.addFilter(filter);
            } else {
                viewer.refresh();
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
        if (matches.size() <= EXPAND_LIMIT) {
            expanding = new Expansion(List.copyOf(matches));
            expanding.run();
        }
    }

    /**
     * Opens the tree to the matches a slice at a time: each one builds the rows of its ancestors' shown children,
     * and a few hundred of them held the UI thread for longer than a frame.
     */
    private final class Expansion implements Runnable {

        private final List<EObject> toShow;
        private int next;

        Expansion(List<EObject> toShow) {
            this.toShow = toShow;
        }

        @Override
        public void run() {
            if (expanding != this || viewer.getControl().isDisposed()) {
                return; // overtaken by a newer search, or closed
            }
            long end = System.nanoTime() + SLICE_NANOS;
            viewer.getControl().setRedraw(false);
            try {
                while (next < toShow.size() && System.nanoTime() - end < 0) {
                    EObject match = toShow.get(next++);
                    if (match.eResource() == resource) {
                        viewer.expandToLevel(match, 0);
                    }
                }
            } finally {
                viewer.getControl().setRedraw(true);
            }
            if (next < toShow.size()) {
                field.getDisplay().asyncExec(this);
            } else {
                expanding = null;
            }
        }
    }

    /** One search: the model's elements as they were when it started, read a slice at a time. */
    private final class Slices implements Runnable {

        private final String text;
        private final List<EObject> all = new ArrayList<>();
        private final List<EObject> found = new ArrayList<>();
        private int next;

        Slices(String text) {
            this.text = text;
            if (!text.isEmpty()) {
                resource.getAllContents().forEachRemaining(all::add);
            }
        }

        /** Reads labels until all are read or {@code nanos} have passed; true when all are read. */
        boolean matchAll(long nanos) {
            long end = System.nanoTime() + nanos;
            while (next < all.size()) {
                for (int stop = Math.min(all.size(), next + 512); next < stop; next++) {
                    EObject element = all.get(next);
                    String label = labels.getText(element);
                    if (label != null && label.toLowerCase(Locale.ROOT).contains(text)) {
                        found.add(element);
                    }
                }
                if (System.nanoTime() - end > 0) {
                    return next >= all.size();
                }
            }
            return true;
        }

        @Override
        public void run() {
            if (running != this || normalizedText() == null) {
                return; // overtaken by a newer search, or closed
            }
            if (matchAll(SLICE_NANOS)) {
                running = null;
                apply(this);
            } else {
                // A timer, not asyncExec: input and paint events get their turn between slices.
                field.getDisplay().timerExec(1, this);
            }
        }
    }

    /** Selects the next match (wrapping round) and shows it. */
    public void selectNext() {
        if (matches.isEmpty()) {
            return;
        }
        current = (current + 1) % matches.size();
        viewer.setSelection(new StructuredSelection(matches.get(current)), true);
    }

    /** The elements that match the current search, in model order. */
    public List<EObject> matches() {
        return List.copyOf(matches);
    }

    /** Clears the search if it hides {@code element} (the user asked to see it). */
    void clearIfHiding(EObject element) {
        if (!query.isEmpty() && !visible.contains(element)) {
            field.setText("");
            search();
        }
    }

    /** The search field (for tests and Ctrl+F). */
    public Text field() {
        return field;
    }
}
