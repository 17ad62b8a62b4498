package org.dovetail.rules.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.Waiver;
import org.eclipse.emf.ecore.EObject;

/**
 * One finding of one run, immutable: which check found what on which element, why it matters and what to do. A
 * value: two findings are equal when all their parts are. The explanation and the remediation are formatted on
 * first use (most findings of a large run are counted or listed by message only); their message arguments were
 * fixed when the finding was reported, so the texts do not change when the model does.
 *
 * <p>Accessors as a record's: {@code ruleId} (the id of the risk rule or mapping validator), {@code category} (its
 * rule-table row), {@code severity} (the effective severity: the project's override, else the check's default),
 * {@code element} (the element that carries the gap), {@code related} (other elements involved), {@code message}
 * (one line: what is wrong), {@code explanation} (why it matters, in the language of the domain: a signal about the
 * design, not blame), {@code remediation} (what to do about it), {@code status} ({@code OPEN}, or
 * {@code WAIVED}/{@code ACCEPTED} while a waiver holds) and {@code waiver} (the waiver that holds, or that held and
 * has expired; {@code null} when there is none).</p>
 *
 * @since 0.1 (a record until 0.2; the constructor and accessors are unchanged)
 */
public final class RuleFinding {

    private final String ruleId;
    private final RuleCategory category;
    private final Severity severity;
    private final EObject element;
    private final List<EObject> related;
    private final String message;
    private final Text explanation;
    private final Text remediation;
    private final FindingStatus status;
    private final Waiver waiver;

    public RuleFinding(String ruleId, RuleCategory category, Severity severity, EObject element, List<EObject> related, String message,
            String explanation, String remediation, FindingStatus status, Waiver waiver) {
        this(ruleId, category, severity, element, related, message, new Text(explanation), new Text(remediation), status, waiver);
    }

    private RuleFinding(String ruleId, RuleCategory category, Severity severity, EObject element, List<EObject> related, String message,
            Text explanation, Text remediation, FindingStatus status, Waiver waiver) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.element = Objects.requireNonNull(element, "element");
        this.category = category;
        this.severity = severity;
        this.related = List.copyOf(related);
        this.message = message;
        this.explanation = explanation;
        this.remediation = remediation;
        this.status = status;
        this.waiver = waiver;
    }

    /**
     * A finding whose explanation and remediation are formatted on first use, once ({@code explanation} and
     * {@code remediation} are called at most once each, possibly from another thread).
     *
     * @since 0.2
     */
    public static RuleFinding withTextsOnDemand(String ruleId, RuleCategory category, Severity severity, EObject element,
            List<EObject> related, String message, Supplier<String> explanation, Supplier<String> remediation, FindingStatus status,
            Waiver waiver) {
        return new RuleFinding(ruleId, category, severity, element, related, message, new Text(explanation), new Text(remediation), status,
                waiver);
    }

    public String ruleId() {
        return ruleId;
    }

    public RuleCategory category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public EObject element() {
        return element;
    }

    public List<EObject> related() {
        return related;
    }

    public String message() {
        return message;
    }

    public String explanation() {
        return explanation.get();
    }

    public String remediation() {
        return remediation.get();
    }

    public FindingStatus status() {
        return status;
    }

    public Waiver waiver() {
        return waiver;
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

    /**
     * This finding with other related elements (texts still formatted on first use).
     *
     * @since 0.2
     */
    public RuleFinding withRelated(List<EObject> newRelated) {
        return new RuleFinding(ruleId, category, severity, element, newRelated, message, explanation, remediation, status, waiver);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RuleFinding f && ruleId.equals(f.ruleId) && category == f.category && severity == f.severity
                && element == f.element && related.equals(f.related) && Objects.equals(message, f.message) && status == f.status
                && waiver == f.waiver && Objects.equals(explanation(), f.explanation()) && Objects.equals(remediation(), f.remediation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, category, severity, System.identityHashCode(element), message, status);
    }

    @Override
    public String toString() {
        return "RuleFinding[ruleId=" + ruleId + ", category=" + category + ", severity=" + severity + ", element=" + element + ", related="
                + related + ", message=" + message + ", explanation=" + explanation() + ", remediation=" + remediation() + ", status="
                + status + ", waiver=" + waiver + "]";
    }

    /** A text given, or formatted once on first use. */
    private static final class Text {
        private volatile Supplier<String> source;
        private volatile String value;

        Text(String value) {
            this.value = value;
        }

        Text(Supplier<String> source) {
            this.source = Objects.requireNonNull(source);
        }

        String get() {
            Supplier<String> s = source;
            if (s != null) {
                synchronized (this) {
                    if (source != null) {
                        value = source.get();
                        source = null;
                    }
                }
            }
            return value;
        }
    }
}
