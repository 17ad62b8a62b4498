package org.dovetail.rules.builtin.decision;

import java.util.Set;

import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.dovetail.rules.builtin.support.Graphs;
import org.dovetail.rules.builtin.support.StepStates;
import org.eclipse.emf.ecore.EObject;

/** The process requires an approval, but the transition out of its state into a later step records none. */
public final class ApprovalWithoutGuardRule extends BuiltinRule implements ScopedCheck {

    public ApprovalWithoutGuardRule() {
        super("decision.approval-without-guard", RuleCategory.DECISION_EVIDENCE_MISMATCH, Severity.ERROR, ProcessPackage.Literals.APPROVAL);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Approval approval = (Approval) element;
        StepStates index = StepStates.of(context);
        Set<WorkflowState> approvalStates = index.of(approval);
        if (approvalStates.isEmpty()) {
            return;
        }
        Set<WorkflowState> after = index.of(Graphs.after(approval));
        for (WorkflowState state : approvalStates) {
            for (Transition t : state.getOutgoing()) {
                if (!approvalStates.contains(t.getTarget()) && t.getTarget().getKind() != StateKind.FINAL
                        && after.contains(t.getTarget()) && !t.isApprovalRequired()) {
                    findings.on(t).args(t, approval, t.getTarget()).related(approval, state).report();
                }
            }
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name the transition, approval and states in the texts
        reads.element().label();
        Graphs.declareGraphs(reads); // the walks of flows, mappings and transitions
    }
}
