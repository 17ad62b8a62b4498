package org.dovetail.rules.builtin.decision;

import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A transition that records an approval but requires no permission: anyone who can move the item can approve it. */
public final class ApprovalWithoutPermissionRule extends BuiltinRule implements ScopedCheck {

    public ApprovalWithoutPermissionRule() {
        super("decision.approval-without-permission", RuleCategory.DECISION_EVIDENCE_MISMATCH, Severity.WARNING,
                DigitalPackage.Literals.TRANSITION);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Transition transition = (Transition) element;
        if (transition.isApprovalRequired() && transition.getRequiredPermission() == null && !transition.isAutomatic()) {
            findings.on(transition).args(transition, transition.getSource(), transition.getTarget()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(DigitalPackage.Literals.TRANSITION__APPROVAL_REQUIRED, DigitalPackage.Literals.TRANSITION__REQUIRED_PERMISSION,
                DigitalPackage.Literals.TRANSITION__AUTOMATIC).label();
        reads.element().follow(DigitalPackage.Literals.TRANSITION__SOURCE).label();
        reads.element().follow(DigitalPackage.Literals.TRANSITION__TARGET).label();
    }
}
