package org.dovetail.examples;

import static org.dovetail.examples.ModelBuilder.date;

import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Person;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.Report;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.Baseline;
import org.dovetail.model.governance.BaselineStatus;
import org.dovetail.model.governance.Finding;
import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.GovernanceBoard;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.MappingStatus;
import org.dovetail.model.governance.RiskResponse;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.SignOffDecision;
import org.dovetail.model.governance.Waiver;
import org.dovetail.model.process.Process;

/** The governance record of the IT change example: typed mappings, a finding, a waiver, a board, a baseline. */
final class ItChangeGovernance {

    private ItChangeGovernance() {
    }

    static void build(ModelBuilder b, DovetailModel model) {
        Person maya = b.get(Person.class, "Maya Lindqvist");
        Person raj = b.get(Person.class, "Raj Patel");
        Person carlos = b.get(Person.class, "Carlos Mendes");
        Person hannah = b.get(Person.class, "Hannah Brooks");
        Person oliver = b.get(Person.class, "Oliver Grant");
        Person felix = b.get(Person.class, "Felix Wagner");
        Person nina = b.get(Person.class, "Nina Sato");
        Person ben = b.get(Person.class, "Ben Carter");
        boolean fixed = b.corrected();

        GovernanceModel g = b.named(GovernanceFactory.eINSTANCE.createGovernanceModel(), "Change enablement governance", null);
        model.setGovernance(g);
        Mappings m = new Mappings(b, g);

        // ---- step <-> workflow state -----------------------------------------------------------
        m.stepState("Raise change request", raj, "A new change request starts in New.", "New");
        m.stepState("Risk and impact assessment", raj, "Assessment happens in Assess.", "Assess");
        m.stepState("Which change model?", raj, "The model is chosen during assessment.", "Assess");
        if (fixed) {
            m.stepState("Security review", nina, "The security review is a task during assessment.", "Assess");
        }
        // GAP workflow mismatch (step with no mapped state): "Security review" has no mapping in the variant with gaps.
        m.stepState("CAB authorisation", raj, "The CAB decides in Authorize.", "Authorize");
        m.stepState("Service owner approval", felix, "Service owners approve as a group approval in Authorize.", "Authorize");
        m.stepState("Schedule change", raj, "The change manager plans the window.", "Scheduled");
        m.stepState("Implement change", ben, "Work happens in Implement.", "Implement");
        if (fixed) {
            m.stepState("Post-implementation verification", ben, "The verification result moves the change to Verified.", "Verified");
        } else {
            // GAP governance shortfall (mapping with no owner or rationale).
            m.stepState("Post-implementation verification", null, null, "Verified");
        }
        m.stepState("Post-implementation review", raj, "The review is recorded in Review.", "Review");
        m.stepState("Close change", raj, "Closing sets the close code.", "Closed");
        m.stepState("Cancel change", raj, "Rejected or withdrawn changes end in Canceled.", "Canceled");
        m.stepState("Request standard change", raj, "Catalogue orders start here.", "Standard requested");
        m.stepState("Implement standard change", ben, "Template tasks run here.", "Standard in progress");
        m.stepState("Close standard change", raj, "Outcome recorded on closure.", "Standard closed");

        // ---- decision right <-> permission -----------------------------------------------------
        m.decisionPermission("Authorise normal changes", raj, "The CAB approval is recorded on the change.", "Approve change (CAB)");
        m.decisionPermission("Approve changes to business-critical services", felix, "Group approval for service owners.",
                "Approve change (service owner)");
        m.decisionPermission("Choose the change model", raj, "The change manager sets the model while assessing.", "Assess change");

        // ---- evidence requirement <-> data field -----------------------------------------------
        m.evidenceField("Backout plan", raj, "Mandatory on the change form.", "Backout plan text");
        m.evidenceField("Test evidence", raj, "Test results are attached to the change.", "Test results");
        m.evidenceField("Risk assessment result", raj, "The risk level is mandatory before authorisation.", "Risk level");
        m.evidenceField("CAB decision record", raj, "The approval history keeps the CAB decision.", "CAB approval history");
        m.evidenceField("Service owner approval record", felix, "The group approval is kept.", "Service owner approval history");
        m.evidenceField("Verification result", ben, "Recorded on the verification task.", "Verification outcome");
        m.evidenceField("Close code and notes", raj, "Mandatory on closure.", "Close code");
        if (fixed) {
            m.evidenceField("Security sign-off", nina, "The security task records its outcome.", "Security review outcome");
            m.evidenceField("Freeze check result", raj, "Set by the freeze window check.", "Freeze check flag");
        }

        // ---- exception path <-> system handling ------------------------------------------------
        m.exceptionHandling("Implementation fails", ben, "The change rolls back to Scheduled for a new window.",
                b.get(Transition.class, "Roll back"));
        if (fixed) {
            m.exceptionHandling("Emergency change", raj, "Emergency changes go through Authorize with an ECAB quorum paged by the tool.",
                    b.get(Automation.class, "Emergency CAB notification"), b.get(Permission.class, "Approve change (CAB)"));
            m.exceptionHandling("Waiting for a vendor", ben, "The change waits On hold and resumes in Implement.",
                    b.get(WorkflowState.class, "On hold"), b.get(Transition.class, "Resume"));
        }

        // ---- policy <-> control ----------------------------------------------------------------
        m.policyControl("Change management policy", raj, "Assessment, backout plan and CAB authorisation.",
                "Change risk assessment", "Backout plan required", "CAB authorisation");
        m.policyControl("Secure change policy", nina, "Security review before authorisation.", "Security review of changes");
        m.policyControl("Post-implementation verification standard", maya, "Verification before closure.", "Verification after implementation");
        if (fixed) {
            m.policyControl("Change freeze policy", carlos, "The tool blocks authorisation inside a freeze window.", "Freeze window block");
        }

        // ---- control <-> system implementation -------------------------------------------------
        m.controlImplementation("CAB authorisation", hannah, "Approval permission and the Authorize transition.",
                b.get(Permission.class, "Approve change (CAB)"), b.get(Transition.class, "Authorize"));
        m.controlImplementation("Change risk assessment", hannah, "Risk score and mandatory risk level.",
                b.get(Automation.class, "Risk score calculation"), b.get(DataField.class, "Risk level"));
        m.controlImplementation("Backout plan required", hannah, "Mandatory field and entry check.",
                b.get(Automation.class, "Backout plan check"), b.get(DataField.class, "Backout plan text"));
        m.controlImplementation("Verification after implementation", ben, "Verification task outcome.",
                b.get(DataField.class, "Verification outcome")).setStatus(MappingStatus.PARTIAL);
        if (fixed) {
            m.controlImplementation("Freeze window block", hannah, "Business rule on the planned start.",
                    b.get(Automation.class, "Freeze window check"));
        }

        // ---- legacy artifact <-> replacement ---------------------------------------------------
        Report agenda = b.get(Report.class, "CAB agenda");
        if (fixed) {
            m.artifactReplacement("Change calendar spreadsheet", raj, "The tool's schedule and CAB agenda are the calendar.", agenda);
            m.artifactReplacement("ECAB chat channel", raj, "The tool pages the ECAB; the decision is recorded as an approval.",
                    b.get(Automation.class, "Emergency CAB notification"));
        } else {
            m.artifactReplacement("Change calendar spreadsheet", raj, "The CAB agenda should replace it; teams still plan in the sheet.",
                    agenda).setStatus(MappingStatus.DISPUTED);
            m.artifactReplacement("ECAB chat channel", raj, "No replacement yet.").setStatus(MappingStatus.PROPOSED);
        }
        m.artifactReplacement("Weekly CAB meeting", raj, "Retained; the agenda comes from the tool.", agenda).setStatus(MappingStatus.PARTIAL);
        m.artifactReplacement("Release notes e-mail", maya, "Retained; generated from the change success report.",
                b.get(Report.class, "Change success report")).setStatus(MappingStatus.PARTIAL);

        // ---- role <-> system role --------------------------------------------------------------
        m.role("Change requester", hannah, "itil");
        m.role("Change manager", hannah, "change_manager");
        m.role("CAB chair", hannah, "change_cab");
        m.role("Service owner", hannah, "service_owner");
        m.role("Implementer", hannah, "itil");
        m.role("Security reviewer", hannah, "security_reviewer");
        m.role("Service desk agent", hannah, "service_desk");

        // ---- finding, waiver, board, baseline --------------------------------------------------
        Finding finding = b.identify("Finding/approval-skip-path", GovernanceFactory.eINSTANCE.createFinding());
        finding.setRuleId("workflow.approval-skip-path");
        finding.setSeverity(Severity.ERROR);
        finding.setCategory(RuleCategory.WORKFLOW_MISMATCH);
        finding.setElement(b.get(Workflow.class, "Normal change (ITSM)"));
        finding.getRelated().add(b.get(WorkflowState.class, "Authorize"));
        finding.setMessage("A normal change can reach Implement without passing Authorize.");
        finding.setExplanation("The procedure assumes the CAB authorises every normal change; the tool lets a change flagged"
                + " as pre-approved skip it, so authorisation depends on how the engineer flags the change.");
        finding.setRemediation("Remove the pre-approved shortcut from normal changes; use the standard change catalogue instead.");
        finding.setStatus(fixed ? FindingStatus.RESOLVED : FindingStatus.OPEN);
        finding.setDetectedOn(date("2026-07-15"));
        g.getFindings().add(finding);

        if (!fixed) {
            Waiver waiver = b.identify("Waiver/criticality-source-of-truth", GovernanceFactory.eINSTANCE.createWaiver());
            waiver.setRuleId("data.no-source-of-truth");
            waiver.setElement(b.get(DataField.class, "CI criticality"));
            waiver.setResponse(RiskResponse.WAIVED);
            waiver.setGrantedBy(carlos);
            waiver.setReason("The CMDB migration makes the ITSM tool authoritative in Q1; until then both copies are reconciled monthly.");
            waiver.setGrantedOn(date("2026-08-04"));
            waiver.setExpiresOn(date("2027-01-31"));
            g.getWaivers().add(waiver);
        }

        GovernanceBoard board = b.named(GovernanceFactory.eINSTANCE.createGovernanceBoard(), "IT risk and change governance board",
                "Reviews change-enablement findings and signs off baselines; distinct from the CAB, which decides single changes.");
        board.setChair(carlos);
        board.getMembers().addAll(List.of(maya, raj, oliver, nina));
        g.getBoards().add(board);

        Baseline baseline = b.named(GovernanceFactory.eINSTANCE.createBaseline(), "Change enablement baseline 2026.2", null);
        baseline.setStatus(BaselineStatus.APPROVED);
        baseline.setBoard(board);
        baseline.setRevision("change-2026.2");
        baseline.getScope().addAll(List.of(b.get(Process.class, "Normal change enablement"),
                b.get(Process.class, "Standard change fulfilment"), b.get(InformationSystem.class, "ServiceNow ITSM")));
        m.signOff(baseline, carlos, SignOffDecision.APPROVE, date("2026-08-04"), null);
        m.signOff(baseline, maya, SignOffDecision.APPROVE, date("2026-08-04"), null);
        m.signOff(baseline, oliver, SignOffDecision.APPROVE, date("2026-08-05"),
                "Approved on condition that the pre-approved shortcut is closed before the year-end freeze.");
        g.getBaselines().add(baseline);
    }
}
