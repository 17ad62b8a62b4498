package org.dovetail.rules.builtin;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.MappingValidator;
import org.eclipse.emf.ecore.EClass;

/** A built-in mapping validator. */
public abstract class BuiltinValidator extends BuiltinCheck implements MappingValidator {

    protected BuiltinValidator(String id, Severity severity, EClass... appliesTo) {
        super(id, RuleCategory.GOVERNANCE_SHORTFALL, severity, appliesTo);
    }
}
