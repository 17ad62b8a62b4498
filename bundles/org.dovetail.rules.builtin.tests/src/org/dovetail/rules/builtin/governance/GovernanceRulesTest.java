package org.dovetail.rules.builtin.governance;

import static org.dovetail.rules.builtin.Checks.assertFinds;
import static org.dovetail.rules.builtin.Checks.assertNothing;
import static org.dovetail.rules.builtin.Checks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dovetail.model.governance.PolicyControlMapping;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Check;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.Stage;
import org.dovetail.model.workasdone.ActionStatus;
import org.dovetail.model.workasdone.ImprovementAction;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.ObservationKind;
import org.dovetail.rules.builtin.Mini;
import org.junit.jupiter.api.Test;

class GovernanceRulesTest {

    private final Mini m = new Mini();

    @Test
    void stepWithoutOwner() {
        Approval approve = m.step(Mini.P.createApproval(), "Approve");
        assertNothing(new StepWithoutOwnerRule(), m);

        approve.setOwner(null);
        assertFinds(new StepWithoutOwnerRule(), m, approve);
    }

    @Test
    void stageWithoutOwner() {
        Stage approval = Mini.named(Mini.P.createStage(), "Approval stage");
        m.process.getStages().add(approval);
        assertEquals("Stage \"Approval stage\" of \"Process\" has no owner", only(new StepWithoutOwnerRule(), m).message());

        approval.setOwner(m.pat);
        assertNothing(new StepWithoutOwnerRule(), m);
    }

    @Test
    void policyWithoutControl() {
        Policy screening = Mini.named(Mini.P.createPolicy(), "Supplier screening");
        m.processDomain.getPolicies().add(screening);
        assertFinds(new PolicyWithoutControlRule(), m, screening);

        PolicyControlMapping mapping = m.mapping(Mini.G.createPolicyControlMapping(), "Screening enforced");
        mapping.setPolicy(screening);
        assertFinds(new PolicyWithoutControlRule(), m, screening);
        mapping.getControls().add(m.control("Sanctions list check", false));
        assertNothing(new PolicyWithoutControlRule(), m);
    }

    @Test
    void controlWithoutEvidence() {
        Control tolerance = m.control("Tolerance check", false);
        assertFinds(new ControlWithoutEvidenceRule(), m, tolerance);

        tolerance.getEvidence().add(m.evidence(m.step(Mini.P.createTask(), "Match"), "Match log"));
        assertNothing(new ControlWithoutEvidenceRule(), m);
    }

    @Test
    void workaroundBypassesControl() {
        Approval second = m.step(Mini.P.createApproval(), "Second approval");
        Observation verbalOk = Mini.named(Mini.W.createObservation(), "Verbal OK");
        verbalOk.setKind(ObservationKind.WORKAROUND);
        verbalOk.setStep(second);
        verbalOk.setAdaptation("a verbal OK noted in a spreadsheet");
        m.session.getObservations().add(verbalOk);
        assertNothing(new WorkaroundBypassesControlRule(), m);

        Control fourEyes = m.control("Four eyes", true);
        fourEyes.getPerformedAt().add(second);
        assertFinds(new WorkaroundBypassesControlRule(), m, verbalOk);
        assertTrue(only(new WorkaroundBypassesControlRule(), m).explanation().contains("Work as done shows: a verbal OK noted in a spreadsheet. "));
        verbalOk.setPressure("The controller travels.");
        assertTrue(only(new WorkaroundBypassesControlRule(), m).explanation()
                .contains("Work as done shows: a verbal OK noted in a spreadsheet, under this pressure: The controller travels. "));

        ImprovementAction action = Mini.named(Mini.W.createImprovementAction(), "Delegation in the ERP");
        action.getAddresses().add(verbalOk);
        action.setStatus(ActionStatus.IN_PROGRESS);
        m.workAsDone.getActions().add(action);
        assertFinds(new WorkaroundBypassesControlRule(), m, verbalOk);
        action.setStatus(ActionStatus.DONE);
        assertNothing(new WorkaroundBypassesControlRule(), m);
    }

    @Test
    void workaroundAtACheckThatExecutesAControl() {
        Check match = m.step(Mini.P.createCheck(), "Match");
        match.setExecutes(m.control("Three-way match", false));
        Observation skipped = Mini.named(Mini.W.createObservation(), "Match skipped");
        skipped.setKind(ObservationKind.WORKAROUND);
        skipped.setStep(match);
        m.session.getObservations().add(skipped);
        assertFinds(new WorkaroundBypassesControlRule(), m, skipped);

        skipped.setKind(ObservationKind.BATCHING);
        assertNothing(new WorkaroundBypassesControlRule(), m);
    }

    @Test
    void improvementWithoutSponsor() {
        ImprovementAction delegation = Mini.named(Mini.W.createImprovementAction(), "Delegation in the ERP");
        delegation.setStatus(ActionStatus.APPROVED);
        m.workAsDone.getActions().add(delegation);
        assertFinds(new ImprovementWithoutSponsorRule(), m, delegation);

        delegation.setStatus(ActionStatus.DROPPED);
        assertNothing(new ImprovementWithoutSponsorRule(), m);
        delegation.setStatus(ActionStatus.IN_PROGRESS);
        delegation.setSponsor(m.pat);
        assertNothing(new ImprovementWithoutSponsorRule(), m);
    }

}
