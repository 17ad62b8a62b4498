package org.dovetail.rules.builtin.workasdone;

import java.util.List;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.model.DovetailPackage;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.dovetail.rules.builtin.support.Adaptations;
import org.dovetail.rules.builtin.support.WorkAsDoneFacts;
import org.eclipse.emf.ecore.EObject;

/**
 * Adaptations observed repeatedly at one step (two observations not yet acted on, or three occurrences): the
 * procedure's assumption is the problem, not the workers.
 */
public final class RepeatedAdaptationRule extends BuiltinRule implements ScopedCheck {

    /** Occurrences from which one observation alone counts as repeated. */
    private static final int REPEATED = 3;

    public RepeatedAdaptationRule() {
        super("workasdone.repeated-adaptation", RuleCategory.WORK_AS_DONE, Severity.WARNING, ProcessPackage.Literals.STEP);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Step step = (Step) element;
        List<Observation> open = context.referrers(step, WorkAsDonePackage.Literals.OBSERVATION__STEP, Observation.class).stream()
                .filter(o -> !WorkAsDoneFacts.addressedByDoneAction(context, o)).toList();
        int occurrences = open.stream().mapToInt(Observation::getOccurrences).sum();
        if (open.size() >= 2 || occurrences >= REPEATED) {
            String pressure = Adaptations.pressures(open);
            findings.on(step).variant(pressure.isEmpty() ? null : "pressure")
                    .args(step, occurrences, open.size(), Adaptations.whatWasDone(open), pressure).related(open).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.element().label();
        reads.element().referrers(WorkAsDonePackage.Literals.OBSERVATION__STEP)
                .read(WorkAsDonePackage.Literals.OBSERVATION__OCCURRENCES, WorkAsDonePackage.Literals.OBSERVATION__ADAPTATION,
                        WorkAsDonePackage.Literals.OBSERVATION__PRESSURE, DovetailPackage.Literals.ELEMENT__NAME)
                .referrers(WorkAsDonePackage.Literals.IMPROVEMENT_ACTION__ADDRESSES).read(WorkAsDonePackage.Literals.IMPROVEMENT_ACTION__STATUS);
    }
}
