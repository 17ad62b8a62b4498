package org.dovetail.examples;

import static org.dovetail.examples.ModelBuilder.date;

import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Person;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.ArtifactFate;
import org.dovetail.model.process.ArtifactKind;
import org.dovetail.model.process.Check;
import org.dovetail.model.process.ControlExecution;
import org.dovetail.model.process.ControlType;
import org.dovetail.model.process.Decision;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Handoff;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Review;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Task;
import org.dovetail.model.process.TriggerKind;

/** Work as imagined for the IT change example: change processes, roles, policies, controls, legacy artifacts. */
final class ItChangeProcess {

    private static final ProcessFactory F = ProcessFactory.eINSTANCE;
    private static final String THREE_YEARS = "3 years (IT audit)";

    private ItChangeProcess() {
    }

    static void build(ModelBuilder b, DovetailModel model) {
        Person maya = b.get(Person.class, "Maya Lindqvist");
        Person raj = b.get(Person.class, "Raj Patel");
        Person carlos = b.get(Person.class, "Carlos Mendes");
        Person hannah = b.get(Person.class, "Hannah Brooks");
        Person felix = b.get(Person.class, "Felix Wagner");
        Person nina = b.get(Person.class, "Nina Sato");
        Person ben = b.get(Person.class, "Ben Carter");
        boolean fixed = b.corrected();

        ProcessDomain domain = b.named(F.createProcessDomain(), "IT service management",
                "The documented change-enablement practice of the platform organisation.");
        model.setProcessDomain(domain);
        Role requester = b.role("Change requester", "Raises changes to the services the team runs.");
        Role manager = b.role("Change manager", "Assesses risk, chooses the change model, runs the CAB, closes changes.");
        Role cabChair = b.role("CAB chair", "Authorises normal changes on behalf of the change advisory board.");
        Role serviceOwner = b.role("Service owner", "Approves changes to the business-critical service they own.");
        Role implementer = b.role("Implementer", "Carries out and verifies the change.");
        Role security = b.role("Security reviewer", "Reviews changes that touch security controls.");
        Role desk = b.role("Service desk agent", "Answers users during and after changes.");
        domain.getRoles().addAll(List.of(requester, manager, cabChair, serviceOwner, implementer, security, desk));

        // ---- legacy artifacts ------------------------------------------------------------------
        LegacyArtifact calendar = b.artifact(domain, "Change calendar spreadsheet", ArtifactKind.SPREADSHEET, raj,
                "A shared sheet of planned changes and freeze windows, kept beside the tool's change schedule.");
        if (fixed) {
            calendar.setFate(ArtifactFate.RETIRE);
            calendar.setRetireBy(date("2027-06-30"));
        } else {
            // GAP workflow redesign: legacy artifact neither retired nor retained with a reason; two change
            // calendars run in parallel and nobody has decided which one the organisation keeps.
            calendar.setFate(ArtifactFate.UNDECIDED);
        }
        LegacyArtifact cabMeeting = b.artifact(domain, "Weekly CAB meeting", ArtifactKind.MEETING, raj,
                "The change advisory board meets every Tuesday.");
        cabMeeting.setFate(ArtifactFate.RETAIN);
        cabMeeting.setFateReason("High-risk changes need discussion; the decision itself is recorded in the tool.");
        LegacyArtifact ecabChat = b.artifact(domain, "ECAB chat channel", ArtifactKind.CHAT, raj,
                "A chat channel where the emergency CAB agrees urgent changes.");
        ecabChat.setFate(ArtifactFate.RETIRE);
        ecabChat.setRetireBy(date("2027-03-31"));
        LegacyArtifact releaseNotes = b.artifact(domain, "Release notes e-mail", ArtifactKind.EMAIL_THREAD, maya,
                "A weekly e-mail to business users listing the changes made.");
        releaseNotes.setFate(ArtifactFate.RETAIN);
        releaseNotes.setFateReason("Business users read the e-mail; it is generated from closed change records, not typed.");

        // ---- normal change enablement ----------------------------------------------------------
        Process normal = b.named(F.createProcess(), "Normal change enablement", "From a change request to a verified, closed change.");
        normal.setOwner(maya);
        domain.getProcesses().add(normal);
        Task raise = b.step(normal, F.createTask(), "Raise change request", requester, raj,
                "Describe the change, the affected configuration items, the test evidence and the backout plan.");
        EvidenceRequirement backout = b.evidence(raise, "Backout plan", true, THREE_YEARS, "How the change is undone if it fails.");
        b.evidence(raise, "Test evidence", true, THREE_YEARS, "Results of testing the change before production.");
        Check assess = b.step(normal, F.createCheck(), "Risk and impact assessment", manager, raj,
                "Assess risk and impact from the affected services and the change history.");
        EvidenceRequirement riskResult = b.evidence(assess, "Risk assessment result", true, THREE_YEARS, "The risk level and why.");
        Decision model2 = b.step(normal, F.createDecision(), "Which change model?", manager, raj,
                "Route the change as standard, normal or emergency.");
        model2.setQuestion("Is this a standard, a normal or an emergency change?");
        // GAP workflow mismatch (step with no mapped state and not marked manual) and decision and evidence
        // mismatch (evidence captured by no data field): the procedure assumes a security review with a sign-off;
        // the ITSM tool has neither a state nor a field for it.
        Review securityReview = b.step(normal, F.createReview(), "Security review", security, nina,
                "Information security reviews changes that touch security controls.");
        securityReview.setReviewed(raise);
        EvidenceRequirement securitySignOff = b.evidence(securityReview, "Security sign-off", true, THREE_YEARS,
                "Who reviewed the change for security and what they decided.");
        Approval cab = b.step(normal, F.createApproval(), "CAB authorisation", cabChair, raj,
                "The CAB chair authorises the normal change after the board's discussion.");
        cab.setRequiredApprovals(1);
        cab.getSegregatedFrom().add(raise);
        EvidenceRequirement cabRecord = b.evidence(cab, "CAB decision record", true, THREE_YEARS, "Who authorised, when, with which conditions.");
        Approval ownerApproval = b.step(normal, F.createApproval(), "Service owner approval", serviceOwner, felix,
                "The owner of an affected business-critical service approves the timing.");
        ownerApproval.setRequiredApprovals(1);
        ownerApproval.setCondition("change affects a business-critical service");
        ownerApproval.getSegregatedFrom().add(raise);
        b.evidence(ownerApproval, "Service owner approval record", true, THREE_YEARS, "Who approved for the service, when.");
        Task schedule = b.step(normal, F.createTask(), "Schedule change", manager, raj, "Place the change in a maintenance window.");
        EvidenceRequirement freezeResult = fixed
                ? b.evidence(schedule, "Freeze check result", true, THREE_YEARS, "The window is outside every change freeze.") : null;
        Handoff brief = b.step(normal, F.createHandoff(), "Brief the service desk", manager, maya,
                "Tell the service desk what changes when, so they can answer users.");
        brief.setRecipient(desk);
        brief.setManual(true);
        Task implement = b.step(normal, F.createTask(), "Implement change", implementer, ben, "Carry out the change in the window.");
        Check verify = b.step(normal, F.createCheck(), "Post-implementation verification", implementer, ben,
                "Verify the service works as intended after the change.");
        EvidenceRequirement verifyResult = b.evidence(verify, "Verification result", true, THREE_YEARS, "Checks run and their outcome.");
        // GAP governance shortfall (step with no owner): nobody owns the post-implementation review.
        Review pir = b.step(normal, F.createReview(), "Post-implementation review", manager, fixed ? raj : null,
                "Review whether the change met its objective and what to learn.");
        pir.setReviewed(implement);
        b.evidence(pir, "Review notes", false, THREE_YEARS, "Lessons learnt (optional).");
        Task close = b.step(normal, F.createTask(), "Close change", manager, raj, "Close the change with its outcome.");
        b.evidence(close, "Close code and notes", true, THREE_YEARS, "Successful, successful with issues, or failed.");
        Task cancel = b.step(normal, F.createTask(), "Cancel change", manager, raj, "Cancel a rejected or withdrawn change.");

        b.sequence(normal, raise, assess, model2);
        b.flow(normal, model2, securityReview, "normal change");
        b.flow(normal, securityReview, cab, null);
        b.flow(normal, cab, ownerApproval, "business-critical service affected");
        b.flow(normal, cab, schedule, "no business-critical service affected");
        b.flow(normal, cab, cancel, "rejected");
        b.flow(normal, cab, raise, "more information needed");
        b.flow(normal, ownerApproval, schedule, "approved");
        b.flow(normal, ownerApproval, cancel, "rejected");
        b.sequence(normal, schedule, brief, implement, verify, pir, close);

        b.trigger(normal, "Engineer needs to change a production service", TriggerKind.REQUEST, raise);
        b.trigger(normal, "Security patch released by a vendor", TriggerKind.EVENT, raise);
        b.decisionRight(normal, "Authorise normal changes", cabChair, cab, "all normal changes", false);
        b.decisionRight(normal, "Approve changes to business-critical services", serviceOwner, ownerApproval, "own service", true);
        b.decisionRight(normal, "Choose the change model", manager, model2, "every change", true);

        ExceptionPath emergency = b.exception(normal, "Emergency change", raj,
                "an outage or exploited vulnerability needs a fix before the next CAB", model2, pir, manager);
        if (!fixed) {
            // GAP data and exception mismatch (exception handled only by chat): the emergency path lives in a chat
            // channel; the tool shows an emergency change only after the fact, governance never sees the decision.
            emergency.getHandledVia().add(ecabChat);
            schedule.getArtifacts().add(calendar);
        }
        b.exception(normal, "Implementation fails", ben, "verification fails or the service degrades", implement, schedule, implementer);
        if (fixed) {
            // Fix for the shadow "On hold" state: waiting for a vendor is now a documented exception path.
            b.exception(normal, "Waiting for a vendor", ben, "the change needs a vendor action during the window", implement,
                    implement, implementer);
        }

        // ---- standard change fulfilment --------------------------------------------------------
        Process standard = b.named(F.createProcess(), "Standard change fulfilment",
                "Pre-approved, low-risk changes from the standard change catalogue.");
        standard.setOwner(maya);
        domain.getProcesses().add(standard);
        Task request = b.step(standard, F.createTask(), "Request standard change", implementer, raj, "Pick a catalogue template.");
        Task doStandard = b.step(standard, F.createTask(), "Implement standard change", implementer, ben, "Carry out the template steps.");
        Task closeStandard = b.step(standard, F.createTask(), "Close standard change", implementer, raj, "Record the outcome.");
        b.sequence(standard, request, doStandard, closeStandard);
        b.trigger(standard, "Standard change ordered from the catalogue", TriggerKind.REQUEST, request);

        // ---- policies and controls -------------------------------------------------------------
        Policy changePolicy = b.policy(domain, "Change management policy", carlos,
                "Every normal change is risk-assessed and authorised by the CAB before implementation; nobody authorises"
                        + " their own change.", "IT general controls, SOX ITGC change management");
        // GAP governance shortfall (policy with no enforcing control): nothing enforces the year-end freeze.
        Policy freeze = b.policy(domain, "Change freeze policy", carlos,
                "No changes to business-critical services during the year-end freeze, except emergencies approved by the CIO.",
                "CIO directive 2025-07");
        Policy securePolicy = b.policy(domain, "Secure change policy", nina,
                "Changes touching security controls are reviewed by information security before authorisation.", "ISMS, ISO 27001 A.8.32");
        Policy verifyPolicy = b.policy(domain, "Post-implementation verification standard", maya,
                "Every change is verified in production and the result recorded before closure.", "IT operations handbook");
        normal.getPolicies().addAll(List.of(changePolicy, freeze, securePolicy, verifyPolicy));
        standard.getPolicies().add(changePolicy);

        b.control(domain, "CAB authorisation", raj, ControlType.PREVENTIVE, ControlExecution.IT_DEPENDENT_MANUAL, true,
                List.of(cab), List.of(cabRecord));
        // GAP feedback gap (key control with no evidence of working): the risk assessment was never tested.
        assess.setExecutes(b.control(domain, "Change risk assessment", raj, ControlType.PREVENTIVE, ControlExecution.IT_DEPENDENT_MANUAL,
                true, List.of(assess), List.of(riskResult)));
        b.control(domain, "Backout plan required", hannah, ControlType.PREVENTIVE, ControlExecution.AUTOMATED, false,
                List.of(raise), List.of(backout));
        b.control(domain, "Security review of changes", nina, ControlType.PREVENTIVE, ControlExecution.MANUAL, false,
                List.of(securityReview), List.of(securitySignOff));
        // GAP governance shortfall (control that produces no evidence): verification leaves no record the control
        // can point to.
        verify.setExecutes(b.control(domain, "Verification after implementation", ben, ControlType.DETECTIVE, ControlExecution.MANUAL,
                false, List.of(verify), fixed ? List.of(verifyResult) : List.of()));
        if (fixed) {
            b.control(domain, "Freeze window block", hannah, ControlType.PREVENTIVE, ControlExecution.AUTOMATED, false,
                    List.of(schedule), List.of(freezeResult));
        }
    }
}
