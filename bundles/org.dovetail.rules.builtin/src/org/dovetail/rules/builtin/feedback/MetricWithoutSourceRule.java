package org.dovetail.rules.builtin.feedback;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.workasdone.HealthMetric;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A health metric with no data source in a system: counted or estimated by hand. */
public final class MetricWithoutSourceRule extends BuiltinRule implements ScopedCheck {

    public MetricWithoutSourceRule() {
        super("feedback.metric-without-source", RuleCategory.FEEDBACK_GAP, Severity.WARNING, WorkAsDonePackage.Literals.HEALTH_METRIC);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        HealthMetric metric = (HealthMetric) element;
        if (metric.getDataSource() == null) {
            findings.on(metric).args(metric, metric.getProcess()).related(metric.getProcess()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(WorkAsDonePackage.Literals.HEALTH_METRIC__DATA_SOURCE).label();
        reads.element().follow(WorkAsDonePackage.Literals.HEALTH_METRIC__PROCESS).label();
    }
}
