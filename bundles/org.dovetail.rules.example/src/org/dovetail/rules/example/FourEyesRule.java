package org.dovetail.rules.example;

import java.util.LinkedHashSet;
import java.util.Set;

import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RiskRule;
import org.dovetail.rules.api.RulePack;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Four eyes: an approval that needs two or more approvers must be enforced as such. Looks at the transitions that
 * leave the approval's mapped workflow states for a state that is not final (rejections and cancellations end the
 * case and need no second pair of eyes) and reports one that records no approval, or whose permission a single
 * system role holds, so that one set of people can give every approval.
 */
public final class FourEyesRule implements RiskRule {

    public static final String ID = "example.four-eyes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleCategory category() {
        return RuleCategory.DECISION_EVIDENCE_MISMATCH;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public Set<EClass> appliesTo() {
        return Set.of(ProcessPackage.Literals.APPROVAL);
    }

    @Override
    public RulePack pack() {
        return ExamplePack.PACK;
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Approval approval = (Approval) element;
        if (approval.getRequiredApprovals() < 2) {
            return;
        }
        Set<WorkflowState> states = mappedStates(approval, context);
        for (WorkflowState state : states) {
            for (Transition t : state.getOutgoing()) {
                if (states.contains(t.getTarget()) || t.getTarget() == null || t.getTarget().getKind() == StateKind.FINAL) {
                    continue;
                }
                Permission permission = t.getRequiredPermission();
                if (!t.isApprovalRequired()) {
                    findings.on(t).variant("no-guard").args(t, approval, approval.getRequiredApprovals(), state)
                            .related(approval, state).report();
                } else if (permission != null && !permission.isGrantedToAll() && permission.getGrantedTo().size() == 1) {
                    findings.on(t).variant("single-role").args(t, approval, approval.getRequiredApprovals(), permission,
                            permission.getGrantedTo().get(0)).related(approval, permission, permission.getGrantedTo().get(0)).report();
                }
            }
        }
    }

    /** The workflow states the step-to-state mappings give {@code approval}. */
    private static Set<WorkflowState> mappedStates(Approval approval, RuleContext context) {
        Set<WorkflowState> states = new LinkedHashSet<>();
        for (Mapping mapping : context.mappingsOf(approval)) {
            if (mapping instanceof StepStateMapping m && m.getStep() == approval) {
                states.addAll(m.getStates());
            }
        }
        return states;
    }
}
