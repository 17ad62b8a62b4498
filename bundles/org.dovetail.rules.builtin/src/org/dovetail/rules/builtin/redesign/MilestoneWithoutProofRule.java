package org.dovetail.rules.builtin.redesign;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.implementation.ImplementationPackage;
import org.dovetail.model.implementation.Milestone;
import org.dovetail.model.implementation.MilestoneStatus;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A milestone reported achieved with no workflow proof. */
public final class MilestoneWithoutProofRule extends BuiltinRule implements ScopedCheck {

    public MilestoneWithoutProofRule() {
        super("redesign.milestone-without-proof", RuleCategory.WORKFLOW_REDESIGN, Severity.WARNING, ImplementationPackage.Literals.MILESTONE);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Milestone milestone = (Milestone) element;
        if (milestone.getStatus() == MilestoneStatus.ACHIEVED && milestone.getProof() == null) {
            findings.report(milestone, milestone);
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(ImplementationPackage.Literals.MILESTONE__STATUS, ImplementationPackage.Literals.MILESTONE__PROOF).label();
    }
}
