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
import org.dovetail.model.process.Control;
import org.dovetail.model.process.Process;

/** The governance record of the supplier-invoice example: typed mappings, a finding, a waiver, a board, a baseline. */
final class SupplierInvoiceGovernance {

    private SupplierInvoiceGovernance() {
    }

    static void build(ModelBuilder b, DovetailModel model) {
        Person anna = b.get(Person.class, "Anna Berg");
        Person marco = b.get(Person.class, "Marco Rossi");
        Person sofia = b.get(Person.class, "Sofia Marin");
        Person lena = b.get(Person.class, "Lena Vogt");
        Person jonas = b.get(Person.class, "Jonas Keller");
        Person elena = b.get(Person.class, "Elena Petrova");
        Person tom = b.get(Person.class, "Tom Weber");
        boolean fixed = b.corrected();

        GovernanceModel g = b.named(GovernanceFactory.eINSTANCE.createGovernanceModel(), "Purchase-to-pay governance", null);
        model.setGovernance(g);
        Mappings m = new Mappings(b, g);

        // ---- step <-> workflow state -----------------------------------------------------------
        m.stepState("Register invoice", anna, "Captured invoices start in Received.", "Received");
        m.stepState("Three-way match", anna, "The match rule sets Matched.", "Matched");
        m.stepState("Price variance within tolerance?", anna, "The tolerance decision is taken on the matched invoice.", "Matched");
        if (fixed) {
            m.stepState("Code cost centre", marco, "Coding is confirmed in the Coded state.", "Coded");
            m.stepState("Confirm budget availability", marco, "Budget availability control runs in the coding screen.", "Coded");
        } else {
            // GAP governance shortfall (mapping with no owner or rationale): a proposed mapping nobody owns or explains.
            m.stepState("Code cost centre", null, null, "Coded");
            // GAP workflow mismatch (step with no mapped state): "Confirm budget availability" has no mapping at all.
        }
        m.stepState("First approval", marco, "Release strategy level 1.", "Awaiting first approval");
        m.stepState("Second approval", marco, "Release strategy level 2 for amounts over 10,000 EUR.", "Awaiting second approval");
        m.stepState("Post invoice", anna, "Posting moves the invoice to Posted.", "Posted");
        m.stepState("Release to payment run", anna, "Posted invoices due in the horizon enter the payment proposal.", "In payment proposal");
        m.stepState("Review payment proposal", sofia, "Treasury reviews the proposal and releases payment.", "In payment proposal", "Paid");
        m.stepState("Return invoice to supplier", anna, "Rejected invoices are returned.", "Rejected");
        m.stepState("Receive bank-detail change request", elena, "A change request record is opened.", "Change requested");
        m.stepState("Approve bank-detail change", marco, "Dual control on supplier master changes.", "Awaiting change approval");
        m.stepState("Activate bank details", elena, "Approved details become active.", "Bank details active");

        // ---- decision right <-> permission -----------------------------------------------------
        m.decisionPermission("Approve invoices up to 10,000 EUR", marco, "Level-1 release is the cost-centre manager's right.",
                "Release invoice, level 1");
        m.decisionPermission("Approve invoices over 10,000 EUR", marco, "Level-2 release is the controller's right.",
                "Release invoice, level 2");
        m.decisionPermission("Accept price variance within tolerance", anna, "The clerk accepts a variance by posting within tolerance.",
                "Post invoice");
        m.decisionPermission("Approve bank-detail changes", marco, "Supplier master dual control.", "Approve supplier bank-detail change");

        // ---- evidence requirement <-> data field -----------------------------------------------
        m.evidenceField("Invoice image", anna, "The image link is mandatory on capture.", "Invoice image link");
        m.evidenceField("Duplicate check result", anna, "Set by the duplicate detection rule.", "Duplicate check flag");
        m.evidenceField("Match result", anna, "Set by the match rule per line.", "Match status");
        m.evidenceField("Price variance justification", tom, "The clerk records the reason for an accepted variance.", "Variance reason");
        m.evidenceField("Level-1 approval record", marco, "The release strategy records the approver.", "Level-1 approver");
        m.evidenceField("Level-2 approval record", marco, "The release strategy records the second approver.", "Level-2 approver");
        m.evidenceField("Payment proposal sign-off", sofia, "The payment run keeps who released it.", "Payment run release");
        m.evidenceField("Call-back record", elena, "The call-back note is attached to the change request.", "Call-back confirmation");
        if (fixed) {
            m.evidenceField("Sanctions screening result", marco, "The screening status is set before approval.", "Sanctions screening status");
        }

        // ---- exception path <-> system handling ------------------------------------------------
        m.exceptionHandling("Suspected duplicate invoice", anna, "The ERP blocks the invoice until a clerk releases it.",
                b.get(WorkflowState.class, "Blocked as possible duplicate"), b.get(Transition.class, "Release duplicate block"));
        m.exceptionHandling("Approver absent", marco, "Approvers maintain substitutes in the ERP.",
                b.get(Permission.class, "Maintain approval substitutes"));
        if (fixed) {
            m.exceptionHandling("Price variance over tolerance", anna, "Variances wait in a hold state until the buyer settles them.",
                    b.get(WorkflowState.class, "Price variance hold"), b.get(Transition.class, "Resolve price variance"));
            m.exceptionHandling("Invoice incomplete", anna, "Incomplete invoices are parked and completed.",
                    b.get(WorkflowState.class, "Parked"), b.get(Transition.class, "Complete parked invoice"));
        }

        // ---- policy <-> control ----------------------------------------------------------------
        m.policyControl("Invoice approval policy", marco, "Four-eyes release above the threshold.", "Four-eyes approval over 10,000 EUR");
        m.policyControl("Pay only what was ordered and received", marco, "Match, duplicate and tolerance checks.",
                "Three-way match", "Duplicate invoice check", "Price variance tolerance check");
        m.policyControl("Supplier bank-detail change policy", elena, "Call-back before approval.", "Bank-detail call-back");
        if (fixed) {
            m.policyControl("Supplier screening policy", marco, "Automated screening before approval.", "Sanctions screening of suppliers");
        }

        // ---- control <-> system implementation -------------------------------------------------
        m.controlImplementation("Four-eyes approval over 10,000 EUR", lena, "Release strategy with two levels.",
                b.get(Permission.class, "Release invoice, level 1"), b.get(Permission.class, "Release invoice, level 2"),
                b.get(Transition.class, "Approve, level 1"), b.get(Transition.class, "Release, level 2"));
        m.controlImplementation("Three-way match", lena, "Standard match rule.", b.get(Automation.class, "Three-way match rule"));
        m.controlImplementation("Duplicate invoice check", lena, "Standard duplicate rule.",
                b.get(Automation.class, "Duplicate detection rule"));
        m.controlImplementation("Price variance tolerance check", lena, "Tolerance groups decide the auto-release.",
                b.get(Automation.class, "Tolerance auto-release"));
        m.controlImplementation("Bank-detail call-back", elena, "The call is manual; the ERP holds the confirmation.",
                b.get(DataField.class, "Call-back confirmation")).setStatus(MappingStatus.PARTIAL);
        if (fixed) {
            m.controlImplementation("Sanctions screening of suppliers", lena, "Screening service sets the status.",
                    b.get(DataField.class, "Sanctions screening status"));
        }

        // ---- legacy artifact <-> replacement ---------------------------------------------------
        if (fixed) {
            m.artifactReplacement("Pending approvals spreadsheet", anna, "Approvers agreed to use the ERP list.",
                    b.get(Report.class, "Invoices awaiting approval"));
            m.artifactReplacement("Price variance e-mails with buyers", anna, "Variances are settled in the hold state.",
                    b.get(WorkflowState.class, "Price variance hold"), b.get(Transition.class, "Resolve price variance"));
        } else {
            m.artifactReplacement("Pending approvals spreadsheet", anna,
                    "AP says the ERP list replaces it; approvers still ask for the spreadsheet.", b.get(Report.class, "Invoices awaiting approval"))
                    .setStatus(MappingStatus.DISPUTED);
            m.artifactReplacement("Price variance e-mails with buyers", anna, "To be replaced once the ERP can hold a variance.")
                    .setStatus(MappingStatus.PROPOSED);
        }
        m.artifactReplacement("Paper bank-detail change form", elena, "Retained; the scanned form is attached.",
                b.get(DataField.class, "Call-back confirmation")).setStatus(MappingStatus.PARTIAL);
        m.artifactReplacement("Weekly AP ageing meeting", anna, "Retained; fed by the ageing report.",
                b.get(Report.class, "AP ageing report")).setStatus(MappingStatus.PARTIAL);

        // ---- role <-> system role --------------------------------------------------------------
        m.role("AP clerk", lena, "Z_AP_CLERK");
        m.role("Cost-centre manager", lena, "Z_CC_APPROVER");
        m.role("Finance controller", lena, "Z_FIN_CONTROLLER");
        m.role("Buyer", lena, "Z_BUYER");
        m.role("Treasury officer", lena, "Z_TREASURY");
        m.role("Supplier master steward", lena, "Z_VENDOR_MASTER");

        // ---- finding, waiver, board, baseline --------------------------------------------------
        Workflow invoiceWf = b.get(Workflow.class, "Supplier invoice (ERP)");
        Finding finding = b.identify("Finding/approval-skip-path", GovernanceFactory.eINSTANCE.createFinding());
        finding.setRuleId("workflow.approval-skip-path");
        finding.setSeverity(Severity.ERROR);
        finding.setCategory(RuleCategory.WORKFLOW_MISMATCH);
        finding.setElement(invoiceWf);
        finding.getRelated().add(b.get(WorkflowState.class, "Awaiting first approval"));
        finding.setMessage("An invoice can reach Posted without passing Awaiting first approval.");
        finding.setExplanation("The procedure assumes every invoice is approved before posting; the ERP lets a PO-matched"
                + " invoice be posted directly, so the approval depends on the clerk's judgement rather than the design.");
        finding.setRemediation("Remove the direct posting transition or route it through the release strategy.");
        finding.setStatus(fixed ? FindingStatus.RESOLVED : FindingStatus.OPEN);
        finding.setDetectedOn(date("2026-10-20"));
        g.getFindings().add(finding);

        if (!fixed) {
            Waiver waiver = b.identify("Waiver/duplicate-check-untested", GovernanceFactory.eINSTANCE.createWaiver());
            waiver.setRuleId("feedback.key-control-unproven");
            waiver.setElement(b.get(Control.class, "Duplicate invoice check"));
            waiver.setResponse(RiskResponse.ACCEPTED);
            waiver.setGrantedBy(sofia);
            waiver.setReason("Vendor-standard check, unchanged since the audited release; first own test planned in the Q1 audit cycle.");
            waiver.setGrantedOn(date("2026-11-03"));
            waiver.setExpiresOn(date("2027-03-31"));
            g.getWaivers().add(waiver);
        }

        GovernanceBoard board = b.named(GovernanceFactory.eINSTANCE.createGovernanceBoard(), "Finance process and controls board",
                "Reviews purchase-to-pay findings monthly and signs off baselines.");
        board.setChair(sofia);
        board.getMembers().addAll(List.of(marco, anna, jonas, lena));
        g.getBoards().add(board);

        Baseline baseline = b.named(GovernanceFactory.eINSTANCE.createBaseline(), "Purchase-to-pay baseline 2026.3", null);
        baseline.setStatus(BaselineStatus.APPROVED);
        baseline.setBoard(board);
        baseline.setRevision("p2p-2026.3");
        baseline.getScope().addAll(List.of(b.get(Process.class, "Supplier invoice approval"),
                b.get(Process.class, "Supplier bank-detail change"), b.get(InformationSystem.class, "S/4HANA Finance")));
        m.signOff(baseline, sofia, SignOffDecision.APPROVE, date("2026-11-03"), null);
        m.signOff(baseline, marco, SignOffDecision.APPROVE, date("2026-11-03"), null);
        m.signOff(baseline, jonas, SignOffDecision.ABSTAIN, date("2026-11-04"),
                "Audit abstains until the four-eyes bypass seen in the event log is closed.");
        g.getBaselines().add(baseline);
    }
}
