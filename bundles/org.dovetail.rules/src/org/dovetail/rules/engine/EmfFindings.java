package org.dovetail.rules.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.dovetail.model.Identified;
import org.dovetail.model.governance.Finding;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns run-time findings into the model's {@link Finding}s, for a governance record that keeps them (a baseline, a
 * board review). Findings of a run are plain records; only what is persisted becomes EMF.
 */
public final class EmfFindings {

    private EmfFindings() {
    }

    /** A new, uncontained {@link Finding} with the finding's data, detected on {@code detectedOn} (midnight UTC). */
    public static Finding toEmf(RuleFinding finding, LocalDate detectedOn) {
        Finding result = GovernanceFactory.eINSTANCE.createFinding();
        result.setRuleId(finding.ruleId());
        result.setSeverity(finding.severity());
        result.setCategory(finding.category());
        result.setElement(identified(finding.element()));
        for (EObject related : finding.related()) {
            if (related instanceof Identified i) {
                result.getRelated().add(i);
            }
        }
        result.setMessage(finding.message());
        result.setExplanation(finding.explanation());
        result.setRemediation(finding.remediation());
        result.setStatus(finding.status());
        result.setDetectedOn(Date.from(detectedOn.atStartOfDay(ZoneOffset.UTC).toInstant()));
        return result;
    }

    private static Identified identified(EObject element) {
        return element instanceof Identified i ? i : null;
    }
}
