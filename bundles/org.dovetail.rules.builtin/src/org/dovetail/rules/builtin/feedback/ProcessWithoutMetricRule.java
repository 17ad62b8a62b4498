package org.dovetail.rules.builtin.feedback;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.workasdone.HealthMetric;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A process with no health metric. */
public final class ProcessWithoutMetricRule extends BuiltinRule implements ScopedCheck {

    public ProcessWithoutMetricRule() {
        super("feedback.process-without-metric", RuleCategory.FEEDBACK_GAP, Severity.INFO, ProcessPackage.Literals.PROCESS);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Process process = (Process) element;
        if (context.referrers(process, WorkAsDonePackage.Literals.HEALTH_METRIC__PROCESS, HealthMetric.class).isEmpty()) {
            findings.report(process, process);
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().label();
        reads.element().referrers(WorkAsDonePackage.Literals.HEALTH_METRIC__PROCESS);
    }
}
