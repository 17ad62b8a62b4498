package org.dovetail.rules.ui.findings;

import java.util.Comparator;
import java.util.function.BiFunction;

import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.ui.FindingTexts;
import org.eclipse.jface.viewers.ILabelProvider;

/** The columns of the Findings table: header, width, the text of a finding. Every column sorts by its text. */
enum FindingColumn {

    SEVERITY("Severity", 125, (f, labels) -> FindingTexts.severity(f)),
    RULE("Rule", 290, (f, labels) -> f.ruleId()),
    MESSAGE("Message", 400, (f, labels) -> f.message()),
    ELEMENT("Element", 250, (f, labels) -> labels == null ? FindingTexts.name(f.element()) : labels.getText(f.element())),
    CATEGORY("Category", 200, (f, labels) -> FindingTexts.category(f.category())),
    OWNER("Owner", 150, (f, labels) -> FindingTexts.owner(f.element())),
    STATUS("Status", 180, (f, labels) -> FindingTexts.status(f));

    final String header;
    final int width;
    private final BiFunction<RuleFinding, ILabelProvider, String> text;

    FindingColumn(String header, int width, BiFunction<RuleFinding, ILabelProvider, String> text) {
        this.header = header;
        this.width = width;
        this.text = text;
    }

    /** The cell text; {@code elementLabels} names elements as the editor's tree does ({@code null}: by name). */
    String text(RuleFinding finding, ILabelProvider elementLabels) {
        String value = text.apply(finding, elementLabels);
        return value == null ? "" : value;
    }

    /** Severity sorts most severe first; the other columns alphabetically, then by severity. */
    Comparator<RuleFinding> comparator(ILabelProvider elementLabels) {
        Comparator<RuleFinding> bySeverity = Comparator.comparing((RuleFinding f) -> -f.severity().getValue());
        if (this == SEVERITY) {
            return bySeverity.thenComparing(RuleFinding::ruleId);
        }
        return Comparator.comparing((RuleFinding f) -> text(f, elementLabels), String.CASE_INSENSITIVE_ORDER).thenComparing(bySeverity);
    }
}
