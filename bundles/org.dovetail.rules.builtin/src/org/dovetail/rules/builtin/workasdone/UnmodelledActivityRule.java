package org.dovetail.rules.builtin.workasdone;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** Work the event log shows that the procedure does not model at all. */
public final class UnmodelledActivityRule extends BuiltinRule implements ScopedCheck {

    public UnmodelledActivityRule() {
        super("workasdone.unmodelled-activity", RuleCategory.WORK_AS_DONE, Severity.INFO, WorkAsDonePackage.Literals.DEVIATION);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Deviation deviation = (Deviation) element;
        if (deviation.getKind() == DeviationKind.UNMODELLED && deviation.getAffectedCases() > 0) {
            String what = deviation.getDescription() != null ? deviation.getDescription() : "an activity";
            EventLog log = deviation.eContainer() instanceof EventLog l ? l : null;
            findings.on(deviation).args(what, deviation.getAffectedCases(), deviation.getConsideredCases(), log)
                    .related(log == null ? null : log.getProcess()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(WorkAsDonePackage.Literals.DEVIATION__KIND, WorkAsDonePackage.Literals.DEVIATION__AFFECTED_CASES,
                WorkAsDonePackage.Literals.DEVIATION__CONSIDERED_CASES, WorkAsDonePackage.Literals.DEVIATION__DESCRIPTION)
                .label(); // a failure names the deviation
        reads.element().container().label().follow(WorkAsDonePackage.Literals.EVENT_LOG__PROCESS);
    }
}
