package org.dovetail.rules.builtin.governance;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.workasdone.ActionStatus;
import org.dovetail.model.workasdone.ImprovementAction;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** An open improvement action with no sponsor: the signal from work as done was heard, but nobody carries the change. */
public final class ImprovementWithoutSponsorRule extends BuiltinRule implements ScopedCheck {

    public ImprovementWithoutSponsorRule() {
        super("governance.improvement-without-sponsor", RuleCategory.GOVERNANCE_SHORTFALL, Severity.WARNING,
                WorkAsDonePackage.Literals.IMPROVEMENT_ACTION);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        ImprovementAction action = (ImprovementAction) element;
        boolean open = action.getStatus() != ActionStatus.DONE && action.getStatus() != ActionStatus.DROPPED;
        if (open && action.getSponsor() == null) {
            findings.on(action).args(action).related(action.getAddresses()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(WorkAsDonePackage.Literals.IMPROVEMENT_ACTION__STATUS, WorkAsDonePackage.Literals.IMPROVEMENT_ACTION__SPONSOR,
                WorkAsDonePackage.Literals.IMPROVEMENT_ACTION__ADDRESSES).label();
    }
}
