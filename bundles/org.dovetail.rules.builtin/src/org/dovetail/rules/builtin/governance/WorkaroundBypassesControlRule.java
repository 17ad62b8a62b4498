package org.dovetail.rules.builtin.governance;

import java.util.List;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.Check;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.ObservationKind;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.model.DovetailPackage;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.dovetail.rules.builtin.support.Adaptations;
import org.dovetail.rules.builtin.support.WorkAsDoneFacts;
import org.eclipse.emf.ecore.EObject;

/** An observed workaround, not yet acted on, at a step where a control is performed: the control is bypassed. */
public final class WorkaroundBypassesControlRule extends BuiltinRule implements ScopedCheck {

    public WorkaroundBypassesControlRule() {
        super("governance.workaround-bypasses-control", RuleCategory.GOVERNANCE_SHORTFALL, Severity.ERROR,
                WorkAsDonePackage.Literals.OBSERVATION);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Observation observation = (Observation) element;
        Step step = observation.getStep();
        if (observation.getKind() != ObservationKind.WORKAROUND || step == null
                || WorkAsDoneFacts.addressedByDoneAction(context, observation)) {
            return;
        }
        List<Control> controls = context.referrers(step, ProcessPackage.Literals.CONTROL__PERFORMED_AT, Control.class);
        if (controls.isEmpty() && step instanceof Check check && check.getExecutes() != null) {
            controls = List.of(check.getExecutes());
        }
        if (!controls.isEmpty()) {
            List<Observation> seen = List.of(observation);
            String pressure = Adaptations.pressures(seen);
            findings.on(observation).variant(pressure.isEmpty() ? null : "pressure")
                    .args(observation, step, controls, Adaptations.whatWasDone(seen), pressure).related(step).related(controls).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.element().read(WorkAsDonePackage.Literals.OBSERVATION__KIND, WorkAsDonePackage.Literals.OBSERVATION__STEP,
                WorkAsDonePackage.Literals.OBSERVATION__PRESSURE, WorkAsDonePackage.Literals.OBSERVATION__ADAPTATION,
                DovetailPackage.Literals.ELEMENT__NAME).label();
        reads.element().referrers(WorkAsDonePackage.Literals.IMPROVEMENT_ACTION__ADDRESSES)
                .read(WorkAsDonePackage.Literals.IMPROVEMENT_ACTION__STATUS);
        reads.element().follow(WorkAsDonePackage.Literals.OBSERVATION__STEP).read(ProcessPackage.Literals.CHECK__EXECUTES).label();
        reads.element().follow(WorkAsDonePackage.Literals.OBSERVATION__STEP).referrers(ProcessPackage.Literals.CONTROL__PERFORMED_AT).label();
        reads.element().follow(WorkAsDonePackage.Literals.OBSERVATION__STEP).follow(ProcessPackage.Literals.CHECK__EXECUTES).label();
    }
}
