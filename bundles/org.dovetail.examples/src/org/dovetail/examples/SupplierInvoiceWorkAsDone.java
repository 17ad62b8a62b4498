package org.dovetail.examples;

import static org.dovetail.examples.ModelBuilder.date;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Identified;
import org.dovetail.model.Person;
import org.dovetail.model.digital.DataField;
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

/** Work as done and the implementation plan of the supplier-invoice example. */
final class SupplierInvoiceWorkAsDone {

    private SupplierInvoiceWorkAsDone() {
    }

    static void build(ModelBuilder b, DovetailModel model) {
        Person anna = b.get(Person.class, "Anna Berg");
        Person marco = b.get(Person.class, "Marco Rossi");
        Person sofia = b.get(Person.class, "Sofia Marin");
        Person lena = b.get(Person.class, "Lena Vogt");
        Person jonas = b.get(Person.class, "Jonas Keller");
        Person priya = b.get(Person.class, "Priya Nair");
        Person tom = b.get(Person.class, "Tom Weber");
        Person elena = b.get(Person.class, "Elena Petrova");
        Role clerk = b.get(Role.class, "AP clerk");
        Role ccManager = b.get(Role.class, "Cost-centre manager");
        LegacyArtifact spreadsheet = b.get(LegacyArtifact.class, "Pending approvals spreadsheet");
        LegacyArtifact mails = b.get(LegacyArtifact.class, "Price variance e-mails with buyers");
        Process invoice = b.get(Process.class, "Supplier invoice approval");
        boolean fixed = b.corrected();
        WorkAsDoneBuilder w = new WorkAsDoneBuilder(b);

        WorkAsDone wad = b.named(WorkAsDoneFactory.eINSTANCE.createWorkAsDone(),
                "Purchase-to-pay as done", "What the learning team, the event log and the control tests show.");
        model.setWorkAsDone(wad);

        // ---- learning-team sessions ------------------------------------------------------------
        LearningSession learn = w.session(wad, "Learn session: AP team", LearningPhase.LEARN, date("2026-09-10"), priya, clerk, anna, ccManager);
        // GAP work as done (adaptations observed repeatedly at one step): the procedure assumes approvers approve
        // as invoices arrive; work as done shows they approve once a week, on Friday, because they travel.
        Observation friday = w.observation(learn, "Friday batching of approvals", ObservationKind.BATCHING, "First approval",
                "Clerks hold the week's invoices that need approval and send them to the approvers as one batch on Friday.",
                "Approvers travel Monday to Thursday and approve only from the office; chasing single invoices gets no answer.",
                7, spreadsheet);
        // GAP governance shortfall (a manual workaround that bypasses a control): the four-eyes control assumes the
        // controller is reachable; when he is not, the clerk posts on a verbal OK kept in the spreadsheet.
        Observation verbal = w.observation(learn, "Second approval noted in the spreadsheet", ObservationKind.WORKAROUND,
                "Second approval",
                "When the controller travels, the clerk notes the controller's verbal OK in the pending-approvals spreadsheet"
                        + " and posts the PO-matched invoice directly.",
                "Early-payment discounts expire before the controller is back.", 3, spreadsheet);
        LearningSession soak = w.session(wad, "Soak session: approvers", LearningPhase.SOAK, date("2026-10-08"), priya, marco, ccManager);
        Observation fridayAgain = w.observation(soak, "Friday batching seen again", ObservationKind.BATCHING, "First approval",
                "Approvers release a week's invoices on Friday afternoon, often in under a minute each.",
                "Travel schedule; the ERP approval screen is not available on mobile devices.", 5);
        Observation phone = w.observation(soak, "Variances agreed by phone", ObservationKind.INFORMAL_TOOL, "Price variance within tolerance?",
                "Clerks phone the buyer and settle price differences over e-mail instead of waiting for a PO change.",
                "The buyer's PO change takes days; suppliers chase payment.", 4, mails);
        w.session(wad, "Improve-and-action session: redesign", LearningPhase.IMPROVE_AND_ACTION, date("2026-11-05"), priya,
                sofia, anna, marco, lena);

        // ---- event log -------------------------------------------------------------------------
        InformationSystem erp = b.get(InformationSystem.class, "S/4HANA Finance");
        EventLog log = w.eventLog(wad, fixed ? "ERP invoice log 2027-Q1" : "ERP invoice log 2026-Q3", LogFormat.XES,
                fixed ? "s4_ap_invoices_2027Q1.xes" : "s4_ap_invoices_2026Q3.xes", erp, invoice,
                date(fixed ? "2027-04-12" : "2026-10-14"), fixed ? 4655 : 4812, fixed ? 36120 : 38975);
        w.activity(log, "Invoice Received", "Register invoice");
        w.activity(log, "Three-Way Match", "Three-way match");
        w.activity(log, "Cost Center Assigned", "Code cost centre");
        w.activity(log, "Release Level 1", "First approval");
        w.activity(log, "Release Level 2", "Second approval");
        w.activity(log, "Invoice Posted", "Post invoice");
        w.activity(log, "Added to Payment Proposal", "Release to payment run");
        w.activity(log, "Payment Released", "Review payment proposal");
        w.activity(log, "Invoice Rejected", "Return invoice to supplier");
        List<Identified> deviations = List.of();
        if (!fixed) {
            // GAP work as done (approval bypassed in N % of cases although the model requires it): 14 %.
            Identified bypass = w.deviation(log, DeviationKind.APPROVAL_BYPASSED, "Second approval", 161, 1150,
                    "161 of 1,150 invoices over 10,000 EUR (14 %) were posted with one approval.");
            // GAP work as done (steps skipped, repeated or reordered in the event log).
            Identified skipped = w.deviation(log, DeviationKind.SKIPPED, "First approval", 538, 4812,
                    "538 invoices went from the match straight to posting, with no approval at all.");
            w.deviation(log, DeviationKind.REORDERED, "Code cost centre", 4790, 4812,
                    "The cost centre is assigned before the three-way match in almost every case.");
            w.deviation(log, DeviationKind.REPEATED, "Three-way match", 356, 4812,
                    "The match is re-run after price corrections agreed outside the ERP.");
            deviations = List.of(bypass, skipped);
        }

        // ---- health metrics --------------------------------------------------------------------
        w.metric(wad, "Invoice cycle time", MetricKind.CYCLE_TIME, invoice, b.get(Report.class, "AP ageing report"), anna, "days", 5.0, 8.4);
        w.metric(wad, "Approval compliance rate", MetricKind.COMPLIANCE_RATE, invoice, b.get(Report.class, "Approval compliance report"),
                marco, "%", 100.0, fixed ? 99.6 : 86.0);
        // GAP feedback gap (metric with no data source): first-time-right is counted by hand from the AP mailbox.
        w.metric(wad, "First-time-right rate", MetricKind.FIRST_TIME_RIGHT, invoice, fixed ? b.get(DataField.class, "Match status") : null,
                anna, "%", 90.0, 78.0);
        // GAP feedback gap (process with no health metric): nobody measures the bank-detail change process.
        if (fixed) {
            w.metric(wad, "Bank-detail change lead time", MetricKind.CYCLE_TIME, b.get(Process.class, "Supplier bank-detail change"),
                    b.get(Report.class, "Bank-detail change log"), elena, "days", 2.0, 1.5);
        }

        // ---- control tests ---------------------------------------------------------------------
        // GAP feedback gap (key control with no evidence of working): the four-eyes test failed and was never
        // repeated; the duplicate check was never tested at all.
        w.controlTest(wad, "Four-eyes approval test 2026-Q3", "Four-eyes approval over 10,000 EUR", date("2026-10-15"), jonas, TestResult.DEFICIENT);
        w.controlTest(wad, "Three-way match test 2026-Q3", "Three-way match", date("2026-10-15"), jonas, TestResult.EFFECTIVE);
        w.controlTest(wad, "Bank-detail call-back test 2026-Q3", "Bank-detail call-back", date("2026-10-16"), jonas, TestResult.EFFECTIVE);
        if (fixed) {
            w.controlTest(wad, "Four-eyes approval retest 2027-Q1", "Four-eyes approval over 10,000 EUR", date("2027-04-20"), jonas,
                    TestResult.EFFECTIVE);
            w.controlTest(wad, "Duplicate invoice check test 2027-Q1", "Duplicate invoice check", date("2027-04-20"), jonas,
                    TestResult.EFFECTIVE);
        }

        // ---- improvement actions (done in the corrected variant, which is the state after the redesign) --------
        ActionStatus inFlight = fixed ? ActionStatus.DONE : ActionStatus.APPROVED;
        w.action(wad, "Mobile approval for travelling approvers", sofia, lena, inFlight, date("2027-01-31"), friday, fridayAgain);
        List<Identified> pathAddresses = new ArrayList<>(deviations);
        pathAddresses.add(verbal);
        pathAddresses.add(b.all(Finding.class).get(0));
        w.action(wad, "Close the direct posting path", marco, lena, fixed ? ActionStatus.DONE : ActionStatus.IN_PROGRESS,
                date("2027-01-31"), pathAddresses.toArray(Identified[]::new));
        w.action(wad, "Settle price variances in the ERP hold state", tom, anna, fixed ? ActionStatus.DONE : ActionStatus.PROPOSED,
                date("2027-03-31"), phone);

        // ---- implementation plan ---------------------------------------------------------------
        ImplementationPlan plan = w.plan(model, "Invoice approval redesign on S/4HANA", lena, erp, date("2027-02-01"));
        w.change(plan, "Code cost centre", ChangeKind.MODIFY, marco, "The AI suggestion is confirmed in the Coded state by the controller's team.");
        w.change(plan, "Confirm budget availability", ChangeKind.MODIFY, marco, "The budget check moves into the coding screen.");
        w.change(plan, "Second approval", ChangeKind.MODIFY, marco, "The level-2 release records a real second approval.");
        w.change(plan, "Review payment proposal", ChangeKind.RETAIN, sofia, "Treasury's review of the payment run stays manual by design.");
        w.milestone(plan, "First invoice through the new release strategy", MilestoneKind.FIRST_REAL_CASE, lena, date("2027-02-05"),
                MilestoneStatus.ACHIEVED,
                w.proof("First invoice", "Invoice 5105602231 (12,480 EUR) released at both levels and paid.", date("2027-02-03"), lena,
                        "5105602231", b.get(Report.class, "Approval compliance report")));
        w.milestone(plan, "Controller accepts the ERP list as the approval source of truth", MilestoneKind.SOURCE_OF_TRUTH_ACCEPTED, marco,
                date("2027-03-15"), MilestoneStatus.PLANNED, null);
        w.milestone(plan, "Price variance settled in the hold state", MilestoneKind.EXCEPTION_HANDLED_IN_PROCESS, tom,
                date("2027-03-31"), MilestoneStatus.PLANNED, null);
        // GAP workflow redesign (milestone with no proof): the spreadsheet is reported retired, but nothing shows it.
        w.milestone(plan, "Pending approvals spreadsheet retired", MilestoneKind.OLD_STEP_RETIRED, anna, date("2027-03-31"),
                MilestoneStatus.ACHIEVED,
                fixed ? w.proof("Spreadsheet retired", "The workbook is archived read-only; no edits for four weeks.", date("2027-03-28"),
                        anna, "AP-SHEET-ARCHIVE", spreadsheet) : null);
        w.milestone(plan, "Compliance report used in the controls review", MilestoneKind.OUTPUT_INFLUENCED_DECISION, marco,
                date("2027-04-30"), MilestoneStatus.PLANNED, null);
        w.milestone(plan, "Owner named for the coding suggestion", MilestoneKind.OWNER_NAMED_AFTER_LAUNCH, lena, date("2027-03-01"), MilestoneStatus.PLANNED, null);
    }
}
