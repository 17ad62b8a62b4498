package org.dovetail.rules.ui.findings;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.ui.FindingTexts;
import org.eclipse.emf.ecore.EObject;

/** The text beside the Findings table: why the selected finding matters and what to do, or the notes of the run. */
final class FindingDetails {

    private FindingDetails() {
    }

    /** What the details show when no single finding is selected. */
    static String hint(List<String> notes) {
        return !notes.isEmpty() ? "Notes of the last run:\n" + String.join("\n", notes)
                : "Select a finding to see why it matters and what to do.";
    }

    /** Severity, rule and category, the message, why it matters, what to do, related elements and any waiver. */
    static String describe(RuleFinding finding, Function<EObject, String> label) {
        StringBuilder text = new StringBuilder();
        text.append(FindingTexts.severity(finding.severity())).append(" · ").append(finding.ruleId()).append(" · ")
                .append(FindingTexts.category(finding.category())).append('\n');
        text.append(finding.message()).append("\n\n");
        text.append("Why it matters: ").append(Objects.toString(finding.explanation(), "")).append("\n\n");
        text.append("What to do: ").append(Objects.toString(finding.remediation(), "")).append('\n');
        if (!finding.related().isEmpty()) {
            text.append("\nRelated: ").append(finding.related().stream().map(label).collect(Collectors.joining("; "))).append('\n');
        }
        Waiver waiver = finding.waiver();
        if (waiver != null) {
            text.append('\n').append(FindingTexts.status(finding)).append(": ").append(Objects.toString(waiver.getReason(), ""));
            if (waiver.getGrantedBy() != null) {
                text.append(" (granted by ").append(FindingTexts.name(waiver.getGrantedBy())).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
