package org.dovetail.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
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
    private final Runnable runSearch = this::search;
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

    /** Runs the search for the field's text now (also called a moment after typing). */
    public void search() {
        if (field.isDisposed() || viewer.getControl().isDisposed()) {
            return;
        }
        String text = field.getText().trim().toLowerCase(Locale.ROOT);
        if (text.equals(query)) {
            return;
        }
        query = text;
        matches.clear();
        visible.clear();
        current = -1;
        if (text.isEmpty()) {
            viewer.removeFilter(filter);
            return;
        }
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject element = all.next();
            String label = labels.getText(element);
            if (label != null && label.toLowerCase(Locale.ROOT).contains(text)) {
                matches.add(element);
                for (EObject shown = element; shown != null && visible.add(shown); shown = shown.eContainer()) {
                    // the element and its ancestors stay visible
                }
            }
        }
        viewer.getControl().setRedraw(false);
        try {
            if (viewer.getFilters().length == 0) {
                viewer.addFilter(filter);
            } else {
                viewer.refresh();
            }
            if (matches.size() <= EXPAND_LIMIT) {
                for (EObject match : matches) {
                    viewer.expandToLevel(match, 0);
                }
            }
        } finally {
            viewer.getControl().setRedraw(true);
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
