package org.dovetail.rules.ui.findings;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.jface.viewers.ILabelProvider;

/**
 * What the Findings view shows: the checked severities, waived findings or not, and the rows whose rule, category,
 * owner, element or message contain every word of the filter text. A word {@code key:value} matches only that
 * column ({@code rule:}, {@code category:}, {@code owner:}, {@code element:}, {@code severity:}, {@code status:}).
 */
final class FindingsFilter {

    private final Set<Severity> severities = EnumSet.allOf(Severity.class);
    private boolean showWaived = true;
    private String[] words = new String[0];

    void setSeverity(Severity severity, boolean shown) {
        if (shown) {
            severities.add(severity);
        } else {
            severities.remove(severity);
        }
    }

    boolean isShown(Severity severity) {
        return severities.contains(severity);
    }

    void setShowWaived(boolean shown) {
        showWaived = shown;
    }

    boolean isShowWaived() {
        return showWaived;
    }

    void setText(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** Whether a filter text is set (matching it reads the element labels). */
    boolean hasWords() {
        return words.length > 0;
    }

    /** A copy that later changes of this filter leave alone (for matching in a worker). */
    FindingsFilter copy() {
        FindingsFilter copy = new FindingsFilter();
        copy.severities.clear();
        copy.severities.addAll(severities);
        copy.showWaived = showWaived;
        copy.words = words.clone();
        return copy;
    }

    boolean matches(RuleFinding finding, ILabelProvider elementLabels) {
        if (!severities.contains(finding.severity()) || (!showWaived && !finding.isOpen())) {
            return false;
        }
        for (String word : words) {
            if (!matchesWord(finding, word, elementLabels)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesWord(RuleFinding finding, String word, ILabelProvider elementLabels) {
        int colon = word.indexOf(':');
        if (colon > 0) {
            String key = word.substring(0, colon);
            String value = word.substring(colon + 1);
            for (FindingColumn column : FindingColumn.values()) {
                if (column.header.toLowerCase(Locale.ROOT).equals(key)) {
                    return contains(column.text(finding, elementLabels), value);
                }
            }
        }
        for (FindingColumn column : FindingColumn.values()) {
            if (column != FindingColumn.STATUS && contains(column.text(finding, elementLabels), word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String word) {
        return text.toLowerCase(Locale.ROOT).contains(word);
    }
}
