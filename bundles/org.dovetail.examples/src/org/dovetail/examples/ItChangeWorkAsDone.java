package org.dovetail.examples;

import static org.dovetail.examples.ModelBuilder.date;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Identified;
import org.dovetail.model.Person;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Report;
import org.dovetail.model.governance.Finding;
import org.dovetail.model.implementation.ChangeKind;
import org.dovetail.model.implementation.ImplementationPlan;
import org.dovetail.model.implementation.MilestoneKind;
import org.dovetail.model.implementation.MilestoneStatus;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Role;
import org.dovetail.model.workasdone.ActionStatus;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.LearningPhase;
import org.dovetail.model.workasdone.LearningSession;
import org.dovetail.model.workasdone.LogFormat;
import org.dovetail.model.workasdone.MetricKind;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.ObservationKind;
import org.dovetail.model.workasdone.TestResult;
import org.dovetail.model.workasdone.WorkAsDone;
import org.dovetail.model.workasdone.WorkAsDoneFactory;

/** Work as done and the implementation plan of the IT change example. */
final class ItChangeWorkAsDone {

    private ItChangeWorkAsDone() {
    }

    static void build(ModelBuilder b, DovetailModel model) {
        Person maya = b.get(Person.class, "Maya Lindqvist");
        Person raj = b.get(Person.class, "Raj Patel");
        Person carlos = b.get(Person.class, "Carlos Mendes");
        Person hannah = b.get(Person.class, "Hannah Brooks");
        Person oliver = b.get(Person.class, "Oliver Grant");
        Person aisha = b.get(Person.class, "Aisha Khan");
        Person felix = b.get(Person.class, "Felix Wagner");
        Person nina = b.get(Person.class, "Nina Sato");
        Person ben = b.get(Person.class, "Ben Carter");
        LegacyArtifact calendar = b.get(LegacyArtifact.class, "Change calendar spreadsheet");
        LegacyArtifact chat = b.get(LegacyArtifact.class, "ECAB chat channel");
        Process normal = b.get(Process.class, "Normal change enablement");
        InformationSystem itsm = b.get(InformationSystem.class, "ServiceNow ITSM");
        boolean fixed = b.corrected();
        WorkAsDoneBuilder w = new WorkAsDoneBuilder(b);

        WorkAsDone wad = b.named(WorkAsDoneFactory.eINSTANCE.createWorkAsDone(), "Change enablement as done",
                "What the learning team, the audit export and the control tests show.");
        model.setWorkAsDone(wad);

        // ---- learning-team sessions ------------------------------------------------------------
        LearningSession learn = w.session(wad, "Learn session: platform engineers", LearningPhase.LEARN, date("2026-06-04"), aisha,
                b.get(Role.class, "Implementer"), b.get(Role.class, "Change requester"), ben);
        // GAP governance shortfall (a manual workaround that bypasses a control) and work as done (adaptations
        // observed repeatedly at one step): the procedure assumes the CAB can authorise before the window; work as
        // done shows engineers start first and ask afterwards, because the CAB meets weekly and windows are fixed.
        Observation startEarly = w.observation(learn, "Implementation starts before authorisation", ObservationKind.WORKAROUND,
                "CAB authorisation",
                "When the window is close and the CAB has not met, engineers flag the change as pre-approved, implement it and"
                        + " ask for authorisation afterwards.",
                "The CAB meets on Tuesdays; maintenance windows are fixed by the business for Saturday night.", 6);
        Observation sheet = w.observation(learn, "Windows planned in the spreadsheet", ObservationKind.INFORMAL_TOOL, "Schedule change",
                "Teams agree windows in the change calendar spreadsheet and copy them into the tool later.",
                "The tool's schedule view does not show freeze windows.", 2, calendar);
        LearningSession soak = w.session(wad, "Soak session: CAB members", LearningPhase.SOAK, date("2026-07-02"), aisha,
                b.get(Role.class, "CAB chair"), raj, felix);
        Observation bulk = w.observation(soak, "Bulk authorisation at the end of the CAB", ObservationKind.BATCHING, "CAB authorisation",
                "The chair authorises the remaining low-risk changes in one go in the last five minutes of the meeting.",
                "Forty changes a week and a one-hour meeting.", 4);
        w.observation(soak, "Security questions settled in chat", ObservationKind.INFORMAL_TOOL, "Security review",
                "Engineers ask the security team in chat and paste the answer into the work notes.",
                "The tool has no security review task.", 2, chat);
        w.session(wad, "Improve-and-action session: change flow", LearningPhase.IMPROVE_AND_ACTION, date("2026-08-20"), aisha,
                carlos, maya, raj, hannah, nina);

        // ---- event log -------------------------------------------------------------------------
        EventLog log = w.eventLog(wad, fixed ? "ServiceNow change audit 2027-H1" : "ServiceNow change audit 2026-H1", LogFormat.CSV,
                fixed ? "change_request_audit_2027H1.csv" : "change_request_audit_2026H1.csv", itsm, normal,
                date(fixed ? "2027-07-06" : "2026-07-08"), fixed ? 431 : 412, fixed ? 5480 : 5320);
        w.activity(log, "New", "Raise change request");
        w.activity(log, "Assess", "Risk and impact assessment");
        w.activity(log, "Authorize", "CAB authorisation");
        w.activity(log, "Scheduled", "Schedule change");
        w.activity(log, "Implement", "Implement change");
        w.activity(log, "Verified", "Post-implementation verification");
        w.activity(log, "Review", "Post-implementation review");
        w.activity(log, "Closed", "Close change");
        w.activity(log, "Canceled", "Cancel change");
        List<Identified> addressed = new ArrayList<>(List.of(startEarly, bulk));
        if (!fixed) {
            // GAP work as done (approval bypassed in N % of cases although the model requires it): 9 %.
            addressed.add(w.deviation(log, DeviationKind.APPROVAL_BYPASSED, "CAB authorisation", 37, 412,
                    "37 of 412 normal changes (9 %) reached Implement without passing Authorize."));
            // GAP work as done (steps skipped, repeated or reordered in the event log).
            w.deviation(log, DeviationKind.SKIPPED, "Post-implementation review", 120, 412,
                    "120 changes were closed without a review entry.");
            w.deviation(log, DeviationKind.REORDERED, "Post-implementation verification", 398, 412,
                    "The verification is recorded after the review in almost every case.");
            w.deviation(log, DeviationKind.REPEATED, "Risk and impact assessment", 44, 412,
                    "The assessment is repeated after the CAB sends the change back.");
        }

        // ---- health metrics --------------------------------------------------------------------
        w.metric(wad, "Change success rate", MetricKind.FIRST_TIME_RIGHT, normal, b.get(Report.class, "Change success report"), raj,
                "%", 95.0, fixed ? 96.1 : 91.0);
        w.metric(wad, "Emergency change rate", MetricKind.EXCEPTION_RATE, normal, b.get(Report.class, "Emergency change report"), raj,
                "%", 5.0, fixed ? 4.2 : 12.0);
        // GAP feedback gap (metric with no data source): lead time is estimated in the monthly slide deck.
        w.metric(wad, "Change lead time", MetricKind.CYCLE_TIME, normal, fixed ? b.get(Report.class, "CAB agenda") : null, maya,
                "days", 5.0, 9.5);
        // GAP feedback gap (process with no health metric): standard changes are not measured at all.
        if (fixed) {
            w.metric(wad, "Standard change success rate", MetricKind.FIRST_TIME_RIGHT, b.get(Process.class, "Standard change fulfilment"),
                    b.get(Report.class, "Standard change report"), maya, "%", 98.0, 99.2);
        }

        // ---- control tests ---------------------------------------------------------------------
        w.controlTest(wad, "CAB authorisation test 2026-H1", "CAB authorisation", date("2026-07-10"), oliver, TestResult.EFFECTIVE);
        w.controlTest(wad, "Backout plan test 2026-H1", "Backout plan required", date("2026-07-10"), oliver, TestResult.EFFECTIVE);
        // GAP feedback gap (key control with no evidence of working): "Change risk assessment" has no test.
        if (fixed) {
            w.controlTest(wad, "Change risk assessment test 2027-H1", "Change risk assessment", date("2027-07-09"), oliver,
                    TestResult.EFFECTIVE);
        }

        // ---- improvement actions (done in the corrected variant, the state after the redesign) ---
        w.action(wad, "Standing pre-authorisation through the standard change catalogue", carlos, raj,
                fixed ? ActionStatus.DONE : ActionStatus.APPROVED, date("2026-10-31"), addressed.toArray(Identified[]::new));
        w.action(wad, "Freeze windows in the tool's schedule", maya, hannah, fixed ? ActionStatus.DONE : ActionStatus.PROPOSED,
                date("2026-11-30"), sheet);
        w.action(wad, "Close the pre-approved shortcut", raj, hannah, fixed ? ActionStatus.DONE : ActionStatus.IN_PROGRESS,
                date("2026-09-30"), b.all(Finding.class).get(0));

        // ---- implementation plan ---------------------------------------------------------------
        ImplementationPlan plan = w.plan(model, "Change enablement on ServiceNow", hannah, itsm, date("2026-09-01"));
        w.change(plan, "CAB authorisation", ChangeKind.MODIFY, raj, "Authorisation is recorded as an approval with a quorum.");
        w.change(plan, "Security review", ChangeKind.MODIFY, nina, "The review becomes a task in Assess with a recorded outcome.");
        w.change(plan, "Brief the service desk", ChangeKind.RETAIN, maya,
                "A short verbal briefing works better for the desk than another notification.");
        w.change(plan, "Post-implementation review", ChangeKind.MODIFY, raj, "The review gets an owner and a mandatory entry.");
        w.milestone(plan, "First normal change through the new flow", MilestoneKind.FIRST_REAL_CASE, hannah, date("2026-09-05"),
                MilestoneStatus.ACHIEVED, w.proof("First change", "CHG0031245 assessed, authorised by the CAB chair, implemented and verified.",
                        date("2026-09-04"), hannah, "CHG0031245", b.get(Report.class, "Change success report")));
        w.milestone(plan, "Service owners accept the CMDB as source of truth", MilestoneKind.SOURCE_OF_TRUTH_ACCEPTED, felix,
                date("2026-12-15"), MilestoneStatus.PLANNED, null);
        w.milestone(plan, "Failed change rolled back inside the tool", MilestoneKind.EXCEPTION_HANDLED_IN_PROCESS, ben,
                date("2026-10-15"), MilestoneStatus.ACHIEVED, w.proof("Rollback", "CHG0031388 failed verification and rolled back to Scheduled.",
                        date("2026-10-03"), ben, "CHG0031388"));
        w.milestone(plan, "Change calendar spreadsheet retired", MilestoneKind.OLD_STEP_RETIRED, raj, date("2027-06-30"),
                MilestoneStatus.PLANNED, null);
        // GAP workflow redesign (milestone with no proof): the risk dashboard is said to have changed a CAB decision.
        w.milestone(plan, "CAB decision changed by the risk dashboard", MilestoneKind.OUTPUT_INFLUENCED_DECISION, raj, date("2026-11-30"),
                MilestoneStatus.ACHIEVED, fixed ? w.proof("Dashboard decision", "The CAB deferred CHG0031502 after the dashboard showed three"
                        + " failed changes on the CI that month.", date("2026-11-17"), raj, "CHG0031502", b.get(Report.class, "CAB agenda")) : null);
        w.milestone(plan, "Owner named for post-implementation review", MilestoneKind.OWNER_NAMED_AFTER_LAUNCH, maya, date("2026-10-01"),
                MilestoneStatus.PLANNED, null);
    }
}
