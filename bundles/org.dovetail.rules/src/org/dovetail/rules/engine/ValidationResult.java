package org.dovetail.rules.engine;

import java.util.List;

import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;

/**
 * The immutable result of one full validation.
 *
 * @param findings    every finding, waived ones included, by check order then document order
 * @param failures    checks that threw or ran past the time limit (all other checks still ran)
 * @param problems    notes on the configuration and the contributions (unknown rule ids, pins not met, skipped
 *                    contributions), one line each
 * @param checksRun   how many checks ran
 */
public record ValidationResult(List<RuleFinding> findings, List<RuleFailure> failures, List<String> problems, int checksRun) {

    public ValidationResult {
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
        problems = List.copyOf(problems);
    }

    /** The findings that still ask for action. */
    public List<RuleFinding> openFindings() {
        return findings.stream().filter(RuleFinding::isOpen).toList();
    }

    /** The findings of one check. */
    public List<RuleFinding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Whether an open finding is at or above {@code severity} (for a command line's --fail-on). */
    public boolean hasOpenAtOrAbove(Severity severity) {
        return findings.stream().anyMatch(f -> f.isOpen() && f.severity().getValue() >= severity.getValue());
    }
}
