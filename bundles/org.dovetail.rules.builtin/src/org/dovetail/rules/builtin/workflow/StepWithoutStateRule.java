package org.dovetail.rules.builtin.workflow;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.builtin.BuiltinRule;
import org.dovetail.rules.builtin.support.StepStates;
import org.eclipse.emf.ecore.EObject;

/** A step that maps to no workflow state and is not marked manual: the system does not know it happens. */
public final class StepWithoutStateRule extends BuiltinRule {

    public StepWithoutStateRule() {
        super("workflow.step-without-state", RuleCategory.WORKFLOW_MISMATCH, Severity.WARNING, ProcessPackage.Literals.STEP);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Step step = (Step) element;
        if (!step.isManual() && StepStates.of(context).of(step).isEmpty()) {
            findings.report(step, step, step.eContainer());
        }
    }
}
