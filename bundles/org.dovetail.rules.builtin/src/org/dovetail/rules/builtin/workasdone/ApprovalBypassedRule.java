package org.dovetail.rules.builtin.workasdone;

import java.util.List;
import java.util.Set;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** An approval the model requires that the event log shows bypassed in a share of the cases. */
public final class ApprovalBypassedRule extends BuiltinRule implements ScopedCheck {

    public ApprovalBypassedRule() {
        super("workasdone.approval-bypassed", RuleCategory.WORK_AS_DONE, Severity.ERROR, ProcessPackage.Literals.STEP);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Step step = (Step) element;
        List<Deviation> bypasses = Deviations.at(context, step, Set.of(DeviationKind.APPROVAL_BYPASSED));
        if (!bypasses.isEmpty()) {
            Deviation top = bypasses.get(0);
            findings.on(step).args(step, Deviations.percent(top), top.getAffectedCases(), top.getConsideredCases())
                    .related(bypasses).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().label();
        reads.element().referrers(WorkAsDonePackage.Literals.DEVIATION__STEP).read(WorkAsDonePackage.Literals.DEVIATION__KIND,
                WorkAsDonePackage.Literals.DEVIATION__AFFECTED_CASES, WorkAsDonePackage.Literals.DEVIATION__CONSIDERED_CASES);
    }
}
