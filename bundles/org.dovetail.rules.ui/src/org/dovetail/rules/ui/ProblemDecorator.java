package org.dovetail.rules.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Image;

/**
 * Problem overlays in the model tree: an element with an open finding gets an error, warning or info overlay, and its
 * ancestors the worst of their descendants (as the IDE does for files), so a collapsed tree still shows where to look.
 * Waived and accepted findings are not shown.
 */
final class ProblemDecorator extends BaseLabelProvider implements ILabelDecorator {

    /** Per element: how many open findings of each severity (by value) are on it or below it. */
    private Map<Object, int[]> counts = new HashMap<>();
    /** The elements each counted finding was counted on (its element and ancestors then): removal undoes exactly that. */
    private Map<RuleFinding, List<List<EObject>>> counted = new HashMap<>();
    /** Above this many counted elements a whole new set of findings refreshes the shown labels rather than compare them. */
    static final int LARGE_TALLY = 5_000;
    /** The elements the tree has rows for. */
    private final Supplier<Collection<?>> shownElements;

    ProblemDecorator(Supplier<Collection<?>> shownElements) {
        this.shownElements = shownElements;
    }

    /**
     * The counts of a whole set of findings, made without the UI thread (a walk up from each of tens of thousands of
     * findings on a large model): {@link #update(Tally)} then only compares and swaps them in.
     */
    static final class Tally {
        private final Map<Object, int[]> counts = new HashMap<>();
        private final Map<RuleFinding, List<List<EObject>>> counted = new HashMap<>();

        Tally(List<RuleFinding> findings) {
            findings.forEach(finding -> count(finding, counts, counted, null));
        }
    }

    /** Takes a whole new set of findings and tells the tree which labels changed. */
    void update(List<RuleFinding> findings) {
        update(new Tally(findings));
    }

    /**
     * Takes the counts of a whole new set of findings and tells the tree which labels changed; above {@link #LARGE_TALLY}
     * elements it names the elements the tree shows instead: far fewer than the tens of thousands of elements a
     * comparison would walk in the UI thread (sampled).
     */
    void update(Tally tally) {
        if (counts.size() > LARGE_TALLY || tally.counts.size() > LARGE_TALLY) {
            counts = tally.counts;
            counted = tally.counted;
            fire(new HashSet<>(shownElements.get()));
            return;
        }
        Set<Object> changed = new HashSet<>();
        counts.forEach((element, severities) -> {
            if (worst(severities) != worst(tally.counts.get(element))) {
                changed.add(element);
            }
        });
        tally.counts.keySet().forEach(element -> {
            if (!counts.containsKey(element)) {
                changed.add(element);
            }
        });
        counts = tally.counts;
        counted = tally.counted;
        fire(changed);
    }

    /**
     * Follows a change of the findings (after an edit): only the ancestors of the removed and added findings are
     * touched, so a large model with thousands of findings does not pay for all of them on every command.
     */
    void update(List<RuleFinding> removed, List<RuleFinding> added) {
        Set<Object> touched = new HashSet<>();
        Map<Object, Severity> before = new HashMap<>();
        for (RuleFinding finding : removed) {
            List<List<EObject>> paths = counted.get(finding);
            if (paths == null || paths.isEmpty()) {
                continue;
            }
            List<EObject> path = paths.remove(paths.size() - 1);
            if (paths.isEmpty()) {
                counted.remove(finding);
            }
            for (EObject element : path) {
                before.putIfAbsent(element, severityOf(element));
                touched.add(element);
                int[] severities = counts.get(element);
                if (severities != null && --severities[finding.severity().getValue()] == 0 && isZero(severities)) {
                    counts.remove(element);
                }
            }
        }
        for (RuleFinding finding : added) {
            for (EObject element = finding.element(); element != null; element = element.eContainer()) {
                before.putIfAbsent(element, severityOf(element));
            }
            count(finding, counts, counted, touched);
        }
        touched.removeIf(element -> before.get(element) == severityOf(element));
        fire(touched);
    }

    private static void count(RuleFinding finding, Map<Object, int[]> counts, Map<RuleFinding, List<List<EObject>>> counted,
            Set<Object> touched) {
        if (!finding.isOpen()) {
            return;
        }
        List<EObject> path = new ArrayList<>();
        for (EObject element = finding.element(); element != null; element = element.eContainer()) {
            path.add(element);
            counts.computeIfAbsent(element, k -> new int[Severity.VALUES.size()])[finding.severity().getValue()]++;
            if (touched != null) {
                touched.add(element);
            }
        }
        counted.computeIfAbsent(finding, k -> new ArrayList<>(1)).add(path);
    }

    private static boolean isZero(int[] severities) {
        for (int count : severities) {
            if (count != 0) {
                return false;
            }
        }
        return true;
    }

    private void fire(Set<Object> changed) {
        if (!changed.isEmpty()) {
            fireLabelProviderChanged(new LabelProviderChangedEvent(this, changed.toArray()));
        }
    }

    /** The worst open severity on or below {@code element}, or {@code null}. */
    Severity severityOf(Object element) {
        return worst(counts.get(element));
    }

    private static Severity worst(int[] severities) {
        if (severities != null) {
            for (int value = severities.length - 1; value >= 0; value--) {
                if (severities[value] > 0) {
                    return Severity.get(value);
                }
            }
        }
        return null;
    }

    @Override
    public Image decorateImage(Image image, Object element) {
        Severity severity = severityOf(element);
        if (image == null || image.isDisposed() || severity == null) {
            return null;
        }
        return OverlayIcons.shared().of(image, severity);
    }

    @Override
    public String decorateText(String text, Object element) {
        return null;
    }

    @Override
    public void dispose() {
        super.dispose(); // the overlay icons are the display's (OverlayIcons)
    }
}
