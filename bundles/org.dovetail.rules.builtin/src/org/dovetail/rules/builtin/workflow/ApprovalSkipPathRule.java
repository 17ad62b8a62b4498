package org.dovetail.rules.builtin.workflow;

import java.util.Set;

import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
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

/**
 * A path through the system's transitions that skips a required (unconditional) approval: a transition from a state
 * before the approval, reachable without passing it, into a state of a step after it.
 */
public final class ApprovalSkipPathRule extends BuiltinRule implements ScopedCheck {

    public ApprovalSkipPathRule() {
        super("workflow.approval-skip-path", RuleCategory.WORKFLOW_MISMATCH, Severity.ERROR, ProcessPackage.Literals.APPROVAL);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Approval approval = (Approval) element;
        StepStates index = StepStates.of(context);
        Set<WorkflowState> approvalStates = index.of(approval);
        if (approvalStates.isEmpty() || approval.getCondition() != null && !approval.getCondition().isBlank()) {
            return;
        }
        Set<WorkflowState> before = index.of(Graphs.upstream(approval));
        Set<WorkflowState> after = index.of(Graphs.after(approval));
        after.removeAll(approvalStates);
        for (WorkflowState state : approvalStates) {
            if (!(state.eContainer() instanceof Workflow workflow) || workflow.getInitialState() == null) {
                continue;
            }
            before.add(workflow.getInitialState());
            Set<WorkflowState> reachable = Graphs.reach(Set.of(workflow.getInitialState()), approvalStates);
            for (Transition t : workflow.getTransitions()) {
                if (reachable.contains(t.getSource()) && before.contains(t.getSource()) && !after.contains(t.getSource())
                        && after.contains(t.getTarget()) && t.getTarget().getKind() != StateKind.FINAL) {
                    findings.on(t).args(t, t.getSource(), t.getTarget(), approval).related(approval, state).report();
                }
            }
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.element().read(ProcessPackage.Literals.APPROVAL__CONDITION).label();
        // Graphs.upstream/after and reach walk the flows and transitions transitively: the connected graphs.
        reads.labelsOnlyAsArguments(); // labels only name the elements in the texts: a rename re-runs what names it
        Graphs.declareGraphs(reads); // the walks of flows, mappings and transitions
    }
}
