package org.dovetail.rules.api;

import java.util.List;
import java.util.Objects;

import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.Waiver;
import org.eclipse.emf.ecore.EObject;

/**
 * One finding of one run, immutable: which check found what on which element, why it matters and what to do.
 *
 * @param ruleId      the id of the risk rule or mapping validator
 * @param category    its rule-table row
 * @param severity    the effective severity (the project's override, else the check's default)
 * @param element     the element that carries the gap
 * @param related     other elements involved
 * @param message     one line: what is wrong
 * @param explanation why it matters, in the language of the domain (a signal about the design, not blame)
 * @param remediation what to do about it
 * @param status      {@code OPEN}, or {@code WAIVED}/{@code ACCEPTED} while a waiver holds
 * @param waiver      the waiver that holds, or that held and has expired; {@code null} when there is none
 * @since 0.1
 */
public record RuleFinding(String ruleId, RuleCategory category, Severity severity, EObject element, List<EObject> related,
        String message, String explanation, String remediation, FindingStatus status, Waiver waiver) {

    public RuleFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(element, "element");
        related = List.copyOf(related);
    }

    /** Whether the finding still asks for action (not waived or accepted). */
    public boolean isOpen() {
        return status == FindingStatus.OPEN;
    }

    /** This finding with another severity. */
    public RuleFinding withSeverity(Severity newSeverity) {
        return new RuleFinding(ruleId, category, newSeverity, element, related, message, explanation, remediation, status, waiver);
    }

    /** This finding with a waiver decision. */
    public RuleFinding withStatus(FindingStatus newStatus, Waiver newWaiver) {
        return new RuleFinding(ruleId, category, severity, element, related, message, explanation, remediation, newStatus, newWaiver);
    }
}
