package org.dovetail.rules.builtin;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RiskRule;
import org.eclipse.emf.ecore.EClass;

/** A built-in risk rule. */
public abstract class BuiltinRule extends BuiltinCheck implements RiskRule {

    protected BuiltinRule(String id, RuleCategory category, Severity severity, EClass... appliesTo) {
        super(id, category, severity, appliesTo);
    }
}
