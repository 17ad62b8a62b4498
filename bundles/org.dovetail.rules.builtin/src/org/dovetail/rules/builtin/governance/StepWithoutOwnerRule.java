package org.dovetail.rules.builtin.governance;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A step nobody owns. */
public final class StepWithoutOwnerRule extends BuiltinRule {

    public StepWithoutOwnerRule() {
        super("governance.step-without-owner", RuleCategory.GOVERNANCE_SHORTFALL, Severity.WARNING, ProcessPackage.Literals.STEP);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Step step = (Step) element;
        if (step.getOwner() == null) {
            findings.report(step, step, step.eContainer());
        }
    }
}
