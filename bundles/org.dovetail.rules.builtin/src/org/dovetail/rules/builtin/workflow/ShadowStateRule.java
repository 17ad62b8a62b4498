package org.dovetail.rules.builtin.workflow;

import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.dovetail.rules.builtin.support.StepStates;
import org.eclipse.emf.ecore.EObject;

/** A workflow state no step maps to and no exception path is handled by: a shadow workflow the procedure does not know. */
public final class ShadowStateRule extends BuiltinRule implements ScopedCheck {

    public ShadowStateRule() {
        super("workflow.shadow-state", RuleCategory.WORKFLOW_MISMATCH, Severity.WARNING, DigitalPackage.Literals.WORKFLOW_STATE);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        WorkflowState state = (WorkflowState) element;
        if (!StepStates.of(context).isGoverned(state)) {
            findings.report(state, state, state.eContainer());
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().label();
        reads.element().container().label();
        // StepStates.isGoverned: mapped from a step (a mapping with a step and states) or handling an exception path.
        reads.element().referrers(GovernancePackage.Literals.STEP_STATE_MAPPING__STATES)
                .read(GovernancePackage.Literals.STEP_STATE_MAPPING__STEP, GovernancePackage.Literals.STEP_STATE_MAPPING__STATES);
        reads.element().referrers(GovernancePackage.Literals.EXCEPTION_HANDLING_MAPPING__HANDLED_BY);
    }
}
