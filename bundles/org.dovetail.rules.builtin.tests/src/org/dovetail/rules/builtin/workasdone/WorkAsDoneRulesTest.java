package org.dovetail.rules.builtin.workasdone;

import static org.dovetail.rules.builtin.Checks.assertFinds;
import static org.dovetail.rules.builtin.Checks.assertNothing;
import static org.dovetail.rules.builtin.Checks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.ActionStatus;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.ImprovementAction;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.ObservationKind;
import org.dovetail.rules.builtin.Mini;
import org.junit.jupiter.api.Test;

class WorkAsDoneRulesTest {

    private final Mini m = new Mini();
    private final Approval approval = m.step(Mini.P.createApproval(), "First approval");

    private Deviation deviation(Step step, DeviationKind kind, int affected, int considered) {
        Deviation d = Mini.W.createDeviation();
        d.setStep(step);
        d.setKind(kind);
        d.setAffectedCases(affected);
        d.setConsideredCases(considered);
        m.log.getDeviations().add(d);
        return d;
    }

    private Observation observation(String name, int occurrences) {
        Observation o = Mini.named(Mini.W.createObservation(), name);
        o.setKind(ObservationKind.BATCHING);
        o.setStep(approval);
        o.setOccurrences(occurrences);
        o.setAdaptation(name);
        m.session.getObservations().add(o);
        return o;
    }

    @Test
    void logDeviation() {
        deviation(approval, DeviationKind.SKIPPED, 0, 4812);
        deviation(approval, DeviationKind.APPROVAL_BYPASSED, 100, 1000);
        assertNothing(new LogDeviationRule(), m);

        deviation(approval, DeviationKind.SKIPPED, 538, 4812);
        deviation(approval, DeviationKind.REPEATED, 12, 4812);
        assertEquals("The event log shows \"First approval\" skipped, repeated in 538 of 4,812 cases",
                only(new LogDeviationRule(), m).message());
    }

    @Test
    void approvalBypassed() {
        deviation(approval, DeviationKind.SKIPPED, 538, 4812);
        assertNothing(new ApprovalBypassedRule(), m);

        deviation(approval, DeviationKind.APPROVAL_BYPASSED, 161, 1150);
        assertEquals("Approval \"First approval\" was bypassed in 14 % of cases (161 of 1,150)", only(new ApprovalBypassedRule(), m).message());
    }

    @Test
    void repeatedAdaptation() {
        Observation friday = observation("Friday batching", 2);
        assertNothing(new RepeatedAdaptationRule(), m);

        friday.setOccurrences(3);
        assertTrue(only(new RepeatedAdaptationRule(), m).message().endsWith("3 occurrences in one observation"));
        friday.setOccurrences(1);
        Observation delegated = observation("Approval by e-mail", 1);
        assertFinds(new RepeatedAdaptationRule(), m, approval);
        assertTrue(only(new RepeatedAdaptationRule(), m).explanation().contains("Work as done shows: Friday batching; Approval by e-mail. "));
        delegated.setPressure("Approvers travel");
        assertTrue(only(new RepeatedAdaptationRule(), m).explanation().contains("under this pressure: Approvers travel. "));

        ImprovementAction action = Mini.named(Mini.W.createImprovementAction(), "Delegation rules");
        action.setStatus(ActionStatus.DONE);
        action.getAddresses().add(delegated);
        m.workAsDone.getActions().add(action);
        assertNothing(new RepeatedAdaptationRule(), m);
    }

    @Test
    void unmodelledActivity() {
        Deviation recheck = deviation(null, DeviationKind.UNMODELLED, 0, 4812);
        recheck.setDescription("\"Call supplier\"");
        assertNothing(new UnmodelledActivityRule(), m);

        recheck.setAffectedCases(311);
        assertEquals("The event log \"Log\" shows \"Call supplier\" in 311 of 4,812 cases, which the procedure does not model",
                only(new UnmodelledActivityRule(), m).message());
        assertFinds(new UnmodelledActivityRule(), m, recheck);
    }

}
