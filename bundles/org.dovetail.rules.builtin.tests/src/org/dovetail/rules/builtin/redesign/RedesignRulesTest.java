package org.dovetail.rules.builtin.redesign;

import static org.dovetail.rules.builtin.Checks.assertFinds;
import static org.dovetail.rules.builtin.Checks.assertNothing;
import static org.dovetail.rules.builtin.Checks.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.implementation.Milestone;
import org.dovetail.model.implementation.MilestoneStatus;
import org.dovetail.model.process.ArtifactFate;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.rules.builtin.Mini;
import org.junit.jupiter.api.Test;

class RedesignRulesTest {

    private final Mini m = new Mini();

    @Test
    void legacyArtifactUndecided() {
        LegacyArtifact sheet = Mini.named(Mini.P.createLegacyArtifact(), "Pending approvals spreadsheet");
        m.processDomain.getLegacyArtifacts().add(sheet);
        assertFinds(new LegacyArtifactUndecidedRule(), m, sheet);

        sheet.setFate(ArtifactFate.RETAIN);
        assertTrue(only(new LegacyArtifactUndecidedRule(), m).message().endsWith("is retained with no reason"));
        sheet.setFateReason("Audit asks for it until the ERP report is certified");
        assertNothing(new LegacyArtifactUndecidedRule(), m);
        sheet.setFate(ArtifactFate.RETIRE);
        assertNothing(new LegacyArtifactUndecidedRule(), m);
    }

    @Test
    void aiWithoutHumanReview() {
        Automation suggestion = m.automation("Cost-centre suggestion", AutomationKind.AI_RECOMMENDATION);
        suggestion.getWrites().add(m.field("Cost centre", true));
        m.automation("Tolerance rule", AutomationKind.BUSINESS_RULE);
        assertTrue(only(new AiWithoutHumanReviewRule(), m).explanation().contains("fills Cost centre"));

        suggestion.setReviewPoint(m.state("Coding reviewed"));
        assertTrue(only(new AiWithoutHumanReviewRule(), m).message().endsWith("has no override owner"));
        suggestion.setOverrideOwner(m.pat);
        assertNothing(new AiWithoutHumanReviewRule(), m);
        suggestion.setReviewPoint(null);
        assertFinds(new AiWithoutHumanReviewRule(), m, suggestion);
    }

    @Test
    void milestoneWithoutProof() {
        Milestone retired = Mini.named(Mini.I.createMilestone(), "Spreadsheet retired");
        m.plan.getMilestones().add(retired);
        assertNothing(new MilestoneWithoutProofRule(), m);

        retired.setStatus(MilestoneStatus.ACHIEVED);
        assertFinds(new MilestoneWithoutProofRule(), m, retired);
        retired.setProof(Mini.I.createWorkflowProof());
        assertNothing(new MilestoneWithoutProofRule(), m);
    }

    @Test
    void retirementUndated() {
        LegacyArtifact calendar = Mini.named(Mini.P.createLegacyArtifact(), "Change calendar");
        m.processDomain.getLegacyArtifacts().add(calendar);
        assertNothing(new RetirementUndatedRule(), m);

        calendar.setFate(ArtifactFate.RETIRE);
        assertFinds(new RetirementUndatedRule(), m, calendar);
        calendar.setRetireBy(Mini.date("2026-12-31"));
        assertNothing(new RetirementUndatedRule(), m);
    }

}
