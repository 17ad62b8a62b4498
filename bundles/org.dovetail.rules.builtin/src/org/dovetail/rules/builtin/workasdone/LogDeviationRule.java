package org.dovetail.rules.builtin.workasdone;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

/** A step the event log shows skipped, repeated or reordered in real cases. */
public final class LogDeviationRule extends BuiltinRule implements ScopedCheck {

    private static final Set<DeviationKind> KINDS = Set.of(DeviationKind.SKIPPED, DeviationKind.REPEATED, DeviationKind.REORDERED);

    public LogDeviationRule() {
        super("workasdone.log-deviation", RuleCategory.WORK_AS_DONE, Severity.WARNING, ProcessPackage.Literals.STEP);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Step step = (Step) element;
        List<Deviation> deviations = Deviations.at(context, step, KINDS);
        if (deviations.isEmpty()) {
            return;
        }
        Deviation top = deviations.get(0);
        String kinds = deviations.stream().map(d -> d.getKind().getLiteral()).distinct().collect(Collectors.joining(", "));
        findings.on(step).args(step, kinds, top.getAffectedCases(), top.getConsideredCases()).related(deviations).report();
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().label();
        reads.element().referrers(WorkAsDonePackage.Literals.DEVIATION__STEP).read(WorkAsDonePackage.Literals.DEVIATION__KIND,
                WorkAsDonePackage.Literals.DEVIATION__AFFECTED_CASES, WorkAsDonePackage.Literals.DEVIATION__CONSIDERED_CASES);
    }
}
