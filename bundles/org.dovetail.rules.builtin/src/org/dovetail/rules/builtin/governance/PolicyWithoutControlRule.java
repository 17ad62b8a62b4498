package org.dovetail.rules.builtin.governance;

import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.PolicyControlMapping;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A policy that no control enforces (no policy-to-control mapping with a control). */
public final class PolicyWithoutControlRule extends BuiltinRule implements ScopedCheck {

    public PolicyWithoutControlRule() {
        super("governance.policy-without-control", RuleCategory.GOVERNANCE_SHORTFALL, Severity.WARNING, ProcessPackage.Literals.POLICY);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Policy policy = (Policy) element;
        if (context.referrers(policy, GovernancePackage.Literals.POLICY_CONTROL_MAPPING__POLICY, PolicyControlMapping.class).stream()
                .allMatch(m -> m.getControls().isEmpty())) {
            findings.report(policy, policy);
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().label();
        reads.element().referrers(GovernancePackage.Literals.POLICY_CONTROL_MAPPING__POLICY)
                .read(GovernancePackage.Literals.POLICY_CONTROL_MAPPING__CONTROLS);
    }
}
