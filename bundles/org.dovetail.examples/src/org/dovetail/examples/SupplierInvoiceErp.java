package org.dovetail.examples;

import java.util.List;

import org.dovetail.model.Cadence;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Person;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DataType;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;

/** Work as enforced for the supplier-invoice example: the ERP and the supplier portal. */
final class SupplierInvoiceErp {

    private static final DigitalFactory F = DigitalFactory.eINSTANCE;

    private SupplierInvoiceErp() {
    }

    static void build(ModelBuilder b, DovetailModel model) {
        Person anna = b.get(Person.class, "Anna Berg");
        Person marco = b.get(Person.class, "Marco Rossi");
        Person sofia = b.get(Person.class, "Sofia Marin");
        Person lena = b.get(Person.class, "Lena Vogt");
        Person tom = b.get(Person.class, "Tom Weber");
        Person david = b.get(Person.class, "David Chen");
        Person elena = b.get(Person.class, "Elena Petrova");
        boolean fixed = b.corrected();
        DigitalBuilder d = new DigitalBuilder(b);

        DigitalDomain domain = b.named(F.createDigitalDomain(), "Finance systems", "The ERP and the supplier portal.");
        model.setDigitalDomain(domain);
        InformationSystem erp = d.system(domain, "S/4HANA Finance", "SAP", "S/4HANA 2023, FI/MM invoice verification", lena);
        InformationSystem portal = d.system(domain, "Supplier portal", "Example Networks", "Supplier collaboration network", tom);

        // ---- roles and permissions -------------------------------------------------------------
        SystemRole clerk = d.systemRole(erp, "Z_AP_CLERK", "AP clerk (ERP)");
        SystemRole ccApprover = d.systemRole(erp, "Z_CC_APPROVER", "Cost-centre approver (ERP)");
        SystemRole controller = d.systemRole(erp, "Z_FIN_CONTROLLER", "Finance controller (ERP)");
        SystemRole buyer = d.systemRole(erp, "Z_BUYER", "Buyer (ERP)");
        SystemRole treasury = d.systemRole(erp, "Z_TREASURY", "Treasury (ERP)");
        SystemRole master = d.systemRole(erp, "Z_VENDOR_MASTER", "Supplier master maintenance (ERP)");

        // GAP decision and evidence mismatch (segregation of duties): cost-centre approvers may also enter
        // invoices "for their own cost centre", so the same role can create and approve an invoice.
        Permission create = fixed ? d.permission(erp, "Create invoice", PermissionAction.CREATE, clerk)
                : d.permission(erp, "Create invoice", PermissionAction.CREATE, clerk, ccApprover);
        Permission post = d.permission(erp, "Post invoice", PermissionAction.POST, clerk);
        Permission park = d.permission(erp, "Park invoice", PermissionAction.UPDATE, clerk);
        Permission releaseL1 = d.permission(erp, "Release invoice, level 1", PermissionAction.APPROVE, ccApprover);
        // GAP decision and evidence mismatch (decision right held by role A, permission lets role B): the process
        // gives the second approval to finance controllers; the ERP also lets cost-centre approvers release it.
        Permission releaseL2 = fixed ? d.permission(erp, "Release invoice, level 2", PermissionAction.APPROVE, controller)
                : d.permission(erp, "Release invoice, level 2", PermissionAction.APPROVE, controller, ccApprover);
        Permission reject = d.permission(erp, "Reject invoice", PermissionAction.UPDATE, ccApprover, controller);
        Permission unblock = d.permission(erp, "Release blocked invoice", PermissionAction.UPDATE, clerk);
        d.permission(erp, "Maintain approval substitutes", PermissionAction.UPDATE, ccApprover, controller);
        Permission pay = d.permission(erp, "Run payment proposal", PermissionAction.EXECUTE, treasury);
        Permission maintainBank = d.permission(erp, "Maintain supplier bank details", PermissionAction.UPDATE, master);
        Permission approveBank = d.permission(erp, "Approve supplier bank-detail change", PermissionAction.APPROVE, controller);
        d.permission(erp, "Maintain purchase orders", PermissionAction.UPDATE, buyer);
        Permission resolveVariance = fixed ? d.permission(erp, "Resolve price variance", PermissionAction.UPDATE, buyer) : null;

        // ---- data fields -----------------------------------------------------------------------
        DataField amount = d.field(erp, "Invoice amount", "Invoice header", DataType.AMOUNT, true, Cadence.PER_TRANSACTION, anna, null);
        amount.setSourceOfTruth(true);
        d.field(erp, "Invoice image link", "Invoice header", DataType.ATTACHMENT, true, Cadence.PER_TRANSACTION, anna, null)
                .setSourceOfTruth(true);
        DataField duplicateFlag = d.field(erp, "Duplicate check flag", "Invoice header", DataType.FLAG, true, Cadence.PER_TRANSACTION, anna, null);
        DataField matchStatus = d.field(erp, "Match status", "Invoice line", DataType.CODE, true, Cadence.PER_TRANSACTION, anna, null);
        // GAP decision and evidence mismatch (evidence captured only by an optional field): the justification of
        // an accepted price variance is mandatory evidence, but the ERP lets the clerk leave the reason empty.
        d.field(erp, "Variance reason", "Invoice line", DataType.TEXT, fixed, Cadence.PER_TRANSACTION, tom,
                "Free-text reason for accepting a price difference.");
        DataField costCentre = d.field(erp, "Cost centre", "Invoice line", DataType.CODE, true, Cadence.PER_TRANSACTION, marco, null);
        DataField lineText = d.field(erp, "Invoice line text", "Invoice line", DataType.TEXT, true, Cadence.PER_TRANSACTION, anna, null);
        // GAP data and exception mismatch (automated decision reads a field with no owner or freshness): the
        // auto-release rule decides on the supplier's tolerance group, which nobody owns or keeps current.
        DataField tolerance = d.field(erp, "Tolerance group", "Supplier master", DataType.CODE, false,
                fixed ? Cadence.MONTHLY : Cadence.UNSPECIFIED, fixed ? elena : null, "Price tolerance class of the supplier.");
        DataField approver1 = d.field(erp, "Level-1 approver", "Invoice header", DataType.REFERENCE, true, Cadence.PER_TRANSACTION, marco, null);
        DataField approver2 = d.field(erp, "Level-2 approver", "Invoice header", DataType.REFERENCE, true, Cadence.PER_TRANSACTION, marco, null);
        d.field(erp, "Payment run release", "Payment run", DataType.REFERENCE, true, Cadence.PER_TRANSACTION, sofia, null);
        // GAP data and exception mismatch (same data in two systems, no source of truth): bank details live in the
        // ERP and in the supplier portal, a nightly sync copies them, and neither copy is declared authoritative.
        DataField bankErp = d.field(erp, "Supplier bank account", "Supplier master", DataType.TEXT, true, Cadence.DAILY, elena, null);
        bankErp.setSourceOfTruth(fixed);
        DataField callBack = d.field(erp, "Call-back confirmation", "Supplier master change", DataType.ATTACHMENT, true,
                Cadence.PER_TRANSACTION, elena, null);
        if (fixed) {
            d.field(erp, "Sanctions screening status", "Supplier master", DataType.CODE, true, Cadence.REAL_TIME, marco, null);
        }
        DataField bankPortal = d.field(portal, "Supplier bank account (portal)", "Supplier profile", DataType.TEXT, true,
                Cadence.REAL_TIME, tom, "Entered by the supplier in the portal.");
        bankErp.getSameDataAs().add(bankPortal);
        bankPortal.getSameDataAs().add(bankErp);
        DataField eInvoice = d.field(portal, "E-invoice document", "E-invoice", DataType.ATTACHMENT, true, Cadence.PER_TRANSACTION, tom, null);
        eInvoice.setSourceOfTruth(true);

        // ---- the invoice workflow --------------------------------------------------------------
        Workflow wf = b.named(F.createWorkflow(), "Supplier invoice (ERP)", "Invoice verification with release strategy.");
        wf.setBusinessObject("Supplier invoice");
        erp.getWorkflows().add(wf);
        WorkflowState received = d.state(wf, "Received", StateKind.INITIAL, null);
        WorkflowState coded = d.state(wf, "Coded", StateKind.INTERMEDIATE, null);
        WorkflowState matched = d.state(wf, "Matched", StateKind.INTERMEDIATE, null);
        // GAP workflow mismatch (state with no step, a shadow workflow): clerks park incomplete invoices; no step
        // of the procedure knows about parking (the corrected variant documents it as an exception path).
        WorkflowState parked = d.state(wf, "Parked", StateKind.INTERMEDIATE, "Saved incomplete, outside the approval flow.");
        WorkflowState blocked = d.state(wf, "Blocked as possible duplicate", StateKind.INTERMEDIATE, null);
        WorkflowState hold = fixed ? d.state(wf, "Price variance hold", StateKind.INTERMEDIATE, null) : null;
        WorkflowState awaiting1 = d.state(wf, "Awaiting first approval", StateKind.INTERMEDIATE, null);
        WorkflowState awaiting2 = d.state(wf, "Awaiting second approval", StateKind.INTERMEDIATE, null);
        WorkflowState posted = d.state(wf, "Posted", StateKind.INTERMEDIATE, null);
        WorkflowState proposal = d.state(wf, "In payment proposal", StateKind.INTERMEDIATE, null);
        d.state(wf, "Paid", StateKind.FINAL, null);
        WorkflowState rejected = d.state(wf, "Rejected", StateKind.FINAL, null);

        Transition suggest;
        Transition runMatch;
        if (fixed) {
            runMatch = d.automatic(wf, "Run three-way match", received, matched, null);
            suggest = d.automatic(wf, "Suggest cost centre", matched, coded, null);
            d.transition(wf, "Submit for approval", coded, awaiting1, create, false, null);
        } else {
            // GAP workflow mismatch (order of states differs from order of steps): the ERP codes the cost centre
            // on capture, before the match; the procedure matches first and codes afterwards.
            suggest = d.automatic(wf, "Suggest cost centre", received, coded, null);
            runMatch = d.automatic(wf, "Run three-way match", coded, matched, null);
            d.transition(wf, "Submit for approval", matched, awaiting1, create, false, null);
        }
        // GAP workflow mismatch (a path through the transitions that skips a required approval state): a clerk may
        // post a PO-matched invoice straight from "Matched", whatever its amount.
        Transition postMatched = fixed ? null
                : d.transition(wf, "Post PO-matched invoice", matched, posted, post, false, "PO match within tolerance");
        Transition holdVariance = fixed ? d.automatic(wf, "Hold for price variance", matched, hold, "variance above tolerance") : null;
        if (fixed) {
            d.transition(wf, "Resolve price variance", hold, matched, resolveVariance, false, "buyer recorded the settlement");
        }
        d.transition(wf, "Park", received, parked, park, false, null);
        d.transition(wf, "Complete parked invoice", parked, received, park, false, null);
        Transition block = d.automatic(wf, "Block as possible duplicate", received, blocked, "duplicate check hit");
        d.transition(wf, "Release duplicate block", blocked, received, unblock, false, "clerk confirmed it is no duplicate");
        d.transition(wf, "Approve, level 1", awaiting1, awaiting2, releaseL1, true, "amount over 10,000 EUR");
        d.transition(wf, "Approve and post, level 1", awaiting1, posted, releaseL1, true, "amount up to 10,000 EUR");
        // GAP decision and evidence mismatch (approval required but the transition has no approval guard): the
        // level-2 release is configured as a plain status change; the ERP records no second approval.
        d.transition(wf, "Release, level 2", awaiting2, posted, releaseL2, fixed, null);
        d.transition(wf, "Reject at level 1", awaiting1, rejected, reject, false, null);
        d.transition(wf, "Reject at level 2", awaiting2, rejected, reject, false, null);
        d.transition(wf, "Include in payment proposal", posted, proposal, pay, false, "due within the payment horizon");
        d.transition(wf, "Pay", proposal, b.get(WorkflowState.class, "Paid"), pay, false, "payment proposal released");

        // ---- the bank-detail workflow ----------------------------------------------------------
        Workflow bankWf = b.named(F.createWorkflow(), "Supplier bank-detail change (ERP)", null);
        bankWf.setBusinessObject("Supplier master change request");
        erp.getWorkflows().add(bankWf);
        WorkflowState requested = d.state(bankWf, "Change requested", StateKind.INITIAL, null);
        WorkflowState awaitingChange = d.state(bankWf, "Awaiting change approval", StateKind.INTERMEDIATE, null);
        WorkflowState active = d.state(bankWf, "Bank details active", StateKind.FINAL, null);
        d.transition(bankWf, "Submit change for approval", requested, awaitingChange, maintainBank, false, "call-back confirmation attached");
        d.transition(bankWf, "Approve change", awaitingChange, active, approveBank, true, "approver is not the requester");

        // ---- automations -----------------------------------------------------------------------
        // GAP workflow redesign (AI recommendation with no human review point or override owner): the coding
        // suggestion fills the cost centre and moves the invoice on; nobody is named to review or override it.
        d.automation(erp, "Cost-centre coding suggestion", AutomationKind.AI_RECOMMENDATION, lena,
                List.of(lineText), List.of(costCentre), List.of(suggest), fixed ? coded : null, fixed ? marco : null);
        d.automation(erp, "Three-way match rule", AutomationKind.BUSINESS_RULE, anna,
                List.of(amount), List.of(matchStatus), List.of(runMatch), null, anna);
        d.automation(erp, "Tolerance auto-release", AutomationKind.BUSINESS_RULE, anna,
                List.of(tolerance, amount), List.of(), List.of(fixed ? holdVariance : postMatched), null, anna);
        d.automation(erp, "Duplicate detection rule", AutomationKind.BUSINESS_RULE, anna,
                List.of(amount), List.of(duplicateFlag), List.of(block), null, anna);

        // ---- reports and integrations ----------------------------------------------------------
        d.report(erp, "Invoices awaiting approval", anna, Cadence.DAILY, amount, approver1);
        d.report(erp, "Approval compliance report", marco, Cadence.MONTHLY, amount, approver1, approver2);
        d.report(erp, "AP ageing report", anna, Cadence.WEEKLY, amount);
        d.report(erp, "Bank-detail change log", elena, Cadence.MONTHLY, bankErp, callBack);
        d.integration(domain, "Supplier master sync", portal, erp, Cadence.DAILY, david, bankPortal);
        d.integration(domain, "E-invoice transfer", portal, erp, Cadence.REAL_TIME, david, eInvoice);
    }
}
