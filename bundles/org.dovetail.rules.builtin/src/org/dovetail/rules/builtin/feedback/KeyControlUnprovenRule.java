package org.dovetail.rules.builtin.feedback;

import java.util.Comparator;
import java.util.Date;
import java.util.Optional;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.workasdone.ControlTest;
import org.dovetail.model.workasdone.TestResult;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A key control with no evidence of working: never tested, or its latest test was not effective. */
public final class KeyControlUnprovenRule extends BuiltinRule implements ScopedCheck {

    public KeyControlUnprovenRule() {
        super("feedback.key-control-unproven", RuleCategory.FEEDBACK_GAP, Severity.ERROR, ProcessPackage.Literals.CONTROL);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Control control = (Control) element;
        if (!control.isKey()) {
            return;
        }
        Optional<ControlTest> latest = context.referrers(control, WorkAsDonePackage.Literals.CONTROL_TEST__CONTROL, ControlTest.class)
                .stream().max(Comparator.comparing(ControlTest::getTestedOn, Comparator.nullsFirst(Comparator.<Date>naturalOrder())));
        if (latest.isEmpty() || latest.get().getResult() == TestResult.NOT_TESTED) {
            findings.on(control).variant("untested").args(control).report();
        } else if (latest.get().getResult() != TestResult.EFFECTIVE) {
            ControlTest test = latest.get();
            findings.on(control).args(control, test, test.getResult().getLiteral()).related(test).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(ProcessPackage.Literals.CONTROL__KEY).label();
        reads.element().referrers(WorkAsDonePackage.Literals.CONTROL_TEST__CONTROL)
                .read(WorkAsDonePackage.Literals.CONTROL_TEST__TESTED_ON, WorkAsDonePackage.Literals.CONTROL_TEST__RESULT).label();
    }
}
