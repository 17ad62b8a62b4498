package org.dovetail.rules.builtin.mapping;

import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinValidator;
import org.eclipse.emf.ecore.EObject;

/** A decision right over a system-supported step that no permission is mapped to: nothing checks who decides. */
public final class DecisionRightCoverageValidator extends BuiltinValidator implements ScopedCheck {

    public DecisionRightCoverageValidator() {
        super("governance.decision-right-unenforced", Severity.WARNING, ProcessPackage.Literals.DECISION_RIGHT);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        DecisionRight right = (DecisionRight) element;
        if (right.getDecision() == null || right.getDecision().isManual()) {
            return;
        }
        boolean covered = context.referrers(right, GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__DECISION_RIGHT,
                DecisionPermissionMapping.class).stream().anyMatch(m -> !m.getPermissions().isEmpty());
        if (!covered) {
            findings.on(right).args(right, right.getDecision(), right.getHolder()).related(right.getDecision()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().label();
        reads.element().follow(ProcessPackage.Literals.DECISION_RIGHT__DECISION).read(ProcessPackage.Literals.STEP__MANUAL).label();
        reads.element().follow(ProcessPackage.Literals.DECISION_RIGHT__HOLDER).label();
        reads.element().referrers(GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__DECISION_RIGHT)
                .read(GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__PERMISSIONS);
    }
}
