package org.dovetail.rules.builtin.workflow;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A step that maps to no workflow state and is not marked manual: the system does not know it happens. */
public final class StepWithoutStateRule extends BuiltinRule implements ScopedCheck {

    public StepWithoutStateRule() {
        super("workflow.step-without-state", RuleCategory.WORKFLOW_MISMATCH, Severity.WARNING, ProcessPackage.Literals.STEP);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Step step = (Step) element;
        // The same question as StepStates.of(step).isEmpty(), answered from the step's own mappings (no shared index to build).
        if (!step.isManual() && context.referrers(step, GovernancePackage.Literals.STEP_STATE_MAPPING__STEP, StepStateMapping.class)
                .stream().allMatch(m -> m.getStates().isEmpty())) {
            findings.report(step, step, step.eContainer());
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(ProcessPackage.Literals.STEP__MANUAL).label();
        reads.element().container().label();
        reads.element().referrers(GovernancePackage.Literals.STEP_STATE_MAPPING__STEP).read(GovernancePackage.Literals.STEP_STATE_MAPPING__STATES);
    }
}
