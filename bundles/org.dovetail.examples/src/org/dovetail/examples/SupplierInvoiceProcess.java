package org.dovetail.examples;

import static org.dovetail.examples.ModelBuilder.date;

import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Person;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.ArtifactFate;
import org.dovetail.model.process.ArtifactKind;
import org.dovetail.model.process.Check;
import org.dovetail.model.process.Control;
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

/** Work as imagined for the supplier-invoice example: processes, roles, policies, controls, legacy artifacts. */
final class SupplierInvoiceProcess {

    private static final ProcessFactory F = ProcessFactory.eINSTANCE;
    private static final String TEN_YEARS = "10 years (commercial law)";

    private SupplierInvoiceProcess() {
    }

    static void build(ModelBuilder b, DovetailModel model) {
        Person anna = b.get(Person.class, "Anna Berg");
        Person marco = b.get(Person.class, "Marco Rossi");
        Person sofia = b.get(Person.class, "Sofia Marin");
        Person tom = b.get(Person.class, "Tom Weber");
        Person elena = b.get(Person.class, "Elena Petrova");

        ProcessDomain domain = b.named(F.createProcessDomain(), "Finance operations",
                "The documented purchase-to-pay procedures of the finance shared-service centre.");
        model.setProcessDomain(domain);

        Role clerk = b.role("AP clerk", "Registers and matches supplier invoices, posts approved invoices.");
        Role ccManager = b.role("Cost-centre manager", "Approves invoices for the cost centre up to 10,000 EUR.");
        Role controller = b.role("Finance controller", "Gives the second approval above 10,000 EUR; approves supplier bank-detail changes.");
        Role buyer = b.role("Buyer", "Owns purchase orders and resolves price differences with the supplier.");
        Role treasury = b.role("Treasury officer", "Runs and reviews the payment proposal.");
        Role steward = b.role("Supplier master steward", "Maintains supplier master data, including bank details.");
        domain.getRoles().addAll(List.of(clerk, ccManager, controller, buyer, treasury, steward));

        // ---- legacy artifacts ------------------------------------------------------------------
        LegacyArtifact spreadsheet = b.artifact(domain, "Pending approvals spreadsheet", ArtifactKind.SPREADSHEET, anna,
                "A shared workbook of invoices waiting for approval, kept by the AP team \"just in case\" the ERP list is wrong.");
        if (b.corrected()) {
            spreadsheet.setFate(ArtifactFate.RETIRE);
            spreadsheet.setRetireBy(date("2027-03-31"));
        } else {
            // GAP workflow redesign: legacy artifact neither retired nor retained with a reason. The spreadsheet
            // runs a parallel workflow next to the ERP's approval list; nobody has decided its fate.
            spreadsheet.setFate(ArtifactFate.UNDECIDED);
        }
        LegacyArtifact varianceMails = b.artifact(domain, "Price variance e-mails with buyers", ArtifactKind.EMAIL_THREAD, tom,
                "E-mail threads in which AP clerks and buyers agree how to settle a price difference.");
        varianceMails.setFate(ArtifactFate.RETIRE);
        varianceMails.setRetireBy(date("2027-03-31"));
        LegacyArtifact ageingMeeting = b.artifact(domain, "Weekly AP ageing meeting", ArtifactKind.MEETING, anna,
                "AP and treasury walk through overdue and soon-due invoices every Monday.");
        ageingMeeting.setFate(ArtifactFate.RETAIN);
        ageingMeeting.setFateReason("Treasury plans cash from it; the ERP ageing report feeds the meeting, so it duplicates no data entry.");
        LegacyArtifact paperForm = b.artifact(domain, "Paper bank-detail change form", ArtifactKind.PAPER_FORM, elena,
                "The supplier's signed form requesting new bank details.");
        paperForm.setFate(ArtifactFate.RETAIN);
        paperForm.setFateReason("The signed form is the fraud-prevention evidence until the supplier portal supports qualified e-signatures.");

        // ---- the invoice approval process ------------------------------------------------------
        Process invoice = b.named(F.createProcess(), "Supplier invoice approval",
                "From a supplier invoice arriving to its release for payment.");
        invoice.setOwner(anna);
        domain.getProcesses().add(invoice);

        Task register = b.step(invoice, F.createTask(), "Register invoice", clerk, anna,
                "Capture the invoice in the ERP, attach the image, check for duplicates.");
        EvidenceRequirement image = b.evidence(register, "Invoice image", true, TEN_YEARS, "The supplier's original invoice document.");
        EvidenceRequirement duplicateResult = b.evidence(register, "Duplicate check result", true, TEN_YEARS,
                "The outcome of the duplicate-invoice check for this invoice.");
        Check match = b.step(invoice, F.createCheck(), "Three-way match", clerk, anna,
                "Match invoice, purchase order and goods receipt on quantity and price.");
        EvidenceRequirement matchResult = b.evidence(match, "Match result", true, TEN_YEARS, "Quantity and price match per line.");
        Decision variance = b.step(invoice, F.createDecision(), "Price variance within tolerance?", clerk, anna,
                "Decide whether a price difference may be accepted without the buyer.");
        variance.setQuestion("Is the price difference within 2 % and 500 EUR?");
        EvidenceRequirement justification = b.evidence(variance, "Price variance justification", true, TEN_YEARS,
                "Why a price difference was accepted, and by whom.");
        Task code = b.step(invoice, F.createTask(), "Code cost centre", clerk, marco,
                "Assign the cost centre and G/L account to each invoice line.");
        // GAP workflow mismatch (step with no mapped state and not marked manual): the procedure assumes the
        // cost-centre manager confirms the budget, but no ERP state carries that step (see the governance area).
        Task budget = b.step(invoice, F.createTask(), "Confirm budget availability", ccManager, marco,
                "The cost-centre manager confirms the remaining budget covers the invoice.");
        b.evidence(budget, "Budget confirmation", false, "2 years", "A note that budget was available (optional).");
        Approval first = b.step(invoice, F.createApproval(), "First approval", ccManager, marco,
                "The cost-centre manager approves the invoice for payment.");
        first.setRequiredApprovals(1);
        first.getSegregatedFrom().add(register);
        EvidenceRequirement l1Record = b.evidence(first, "Level-1 approval record", true, TEN_YEARS, "Who approved, when.");
        Approval second = b.step(invoice, F.createApproval(), "Second approval", controller, marco,
                "A finance controller gives the second approval to invoices over the threshold.");
        second.setRequiredApprovals(2);
        second.setCondition("invoice amount over 10,000 EUR");
        second.getSegregatedFrom().addAll(List.of(register, first));
        EvidenceRequirement l2Record = b.evidence(second, "Level-2 approval record", true, TEN_YEARS, "Who gave the second approval, when.");
        Task post = b.step(invoice, F.createTask(), "Post invoice", clerk, anna, "Post the approved invoice to the ledger.");
        Handoff handoff = b.step(invoice, F.createHandoff(), "Release to payment run", clerk, b.corrected() ? anna : null,
                "AP hands posted invoices over to treasury for the next payment run.");
        // GAP governance shortfall (step with no owner): in the variant with gaps nobody owns the handoff to treasury.
        handoff.setRecipient(treasury);
        Review paymentReview = b.step(invoice, F.createReview(), "Review payment proposal", treasury, sofia,
                "Treasury reviews the payment proposal before the bank file is sent.");
        paymentReview.setReviewed(post);
        b.evidence(paymentReview, "Payment proposal sign-off", true, TEN_YEARS, "Who released the payment run.");
        Task giveBack = b.step(invoice, F.createTask(), "Return invoice to supplier", clerk, anna,
                "A rejected invoice goes back to the supplier with the reason.");

        b.sequence(invoice, register, match, variance);
        b.flow(invoice, variance, code, "within tolerance");
        b.sequence(invoice, code, budget, first);
        b.flow(invoice, first, second, "invoice amount over 10,000 EUR");
        b.flow(invoice, first, post, "invoice amount up to 10,000 EUR");
        b.flow(invoice, first, giveBack, "rejected");
        b.flow(invoice, second, post, "approved");
        b.flow(invoice, second, giveBack, "rejected");
        b.sequence(invoice, post, handoff, paymentReview);

        b.trigger(invoice, "Paper or PDF invoice received", TriggerKind.MESSAGE, register);
        b.trigger(invoice, "E-invoice received from the supplier portal", TriggerKind.EVENT, register);

        b.decisionRight(invoice, "Approve invoices up to 10,000 EUR", ccManager, first, "up to 10,000 EUR, own cost centre", true);
        b.decisionRight(invoice, "Approve invoices over 10,000 EUR", controller, second, "above 10,000 EUR, as second approver", false);
        b.decisionRight(invoice, "Accept price variance within tolerance", clerk, variance, "up to 2 % and 500 EUR per invoice", false);

        ExceptionPath priceVariance = b.exception(invoice, "Price variance over tolerance", tom,
                "invoice price differs from the PO price by more than 2 % or 500 EUR", variance, match, buyer);
        if (!b.corrected()) {
            // GAP data and exception mismatch (exception handled only by e-mail): the procedure sends the clerk
            // to the buyer, and the only place the handling lives is an e-mail thread, invisible to governance.
            priceVariance.getHandledVia().add(varianceMails);
            variance.getArtifacts().add(varianceMails);
            first.getArtifacts().add(spreadsheet);
        }
        b.exception(invoice, "Suspected duplicate invoice", anna,
                "same supplier, amount and invoice number within 90 days", register, register, clerk);
        b.exception(invoice, "Approver absent", marco,
                "the cost-centre manager is away for more than two working days", first, first, ccManager);
        if (b.corrected()) {
            // Fix for the shadow "Parked" state: parking is now a documented exception path.
            b.exception(invoice, "Invoice incomplete", anna,
                    "the invoice lacks a PO number or a mandatory tax detail", register, register, clerk);
        }

        // ---- the supplier bank-detail change process -------------------------------------------
        Process bankChange = b.named(F.createProcess(), "Supplier bank-detail change",
                "Changing a supplier's bank account: the main invoice-fraud risk.");
        bankChange.setOwner(elena);
        domain.getProcesses().add(bankChange);
        Task receive = b.step(bankChange, F.createTask(), "Receive bank-detail change request", steward, elena,
                "Record the supplier's request and the signed form.");
        receive.getArtifacts().add(paperForm);
        Check callBack = b.step(bankChange, F.createCheck(), "Call-back verification", steward, elena,
                "Call a known contact at the supplier, from the number on file, to confirm the change.");
        callBack.setManual(true);
        EvidenceRequirement callBackRecord = b.evidence(callBack, "Call-back record", true, TEN_YEARS,
                "Who was called, on which number, when, and what they confirmed.");
        Approval approveChange = b.step(bankChange, F.createApproval(), "Approve bank-detail change", controller, marco,
                "A finance controller approves the change; the person who entered it may not.");
        approveChange.setRequiredApprovals(1);
        approveChange.getSegregatedFrom().add(receive);
        Task activate = b.step(bankChange, F.createTask(), "Activate bank details", steward, elena,
                "The new bank details become valid for payments.");
        b.sequence(bankChange, receive, callBack, approveChange, activate);
        b.trigger(bankChange, "Supplier asks to change bank details", TriggerKind.REQUEST, receive);
        b.decisionRight(bankChange, "Approve bank-detail changes", controller, approveChange, "every change", false);
        EvidenceRequirement screeningResult = b.corrected()
                ? b.evidence(approveChange, "Sanctions screening result", true, TEN_YEARS, "The screening hit list checked before approval.")
                : null;

        // ---- policies and controls -------------------------------------------------------------
        Policy approvalPolicy = b.policy(domain, "Invoice approval policy", sofia,
                "Invoices over 10,000 EUR need two approvals, and the approver may not be the requester of the purchase"
                        + " or the clerk who registered the invoice.", "Delegation of authority, board decision 2024-11");
        Policy payWhatOrdered = b.policy(domain, "Pay only what was ordered and received", marco,
                "An invoice is paid only for quantities received at the agreed price, once.", "Finance manual, section 4.2");
        Policy bankPolicy = b.policy(domain, "Supplier bank-detail change policy", elena,
                "Changes to supplier bank details are verified by a call-back to a known contact and approved by someone"
                        + " other than the person who entered them.", "Fraud prevention standard FPS-3");
        // GAP governance shortfall (policy with no enforcing control): no control enforces the screening policy.
        Policy screening = b.policy(domain, "Supplier screening policy", marco,
                "Suppliers are screened against sanctions lists before the first payment and after every change of bank details.",
                "Sanctions compliance (legal requirement)");
        invoice.getPolicies().addAll(List.of(approvalPolicy, payWhatOrdered, screening));
        bankChange.getPolicies().addAll(List.of(bankPolicy, screening));

        Control fourEyes = b.control(domain, "Four-eyes approval over 10,000 EUR", marco, ControlType.PREVENTIVE,
                ControlExecution.IT_DEPENDENT_MANUAL, true, List.of(first, second), List.of(l1Record, l2Record));
        Control threeWay = b.control(domain, "Three-way match", anna, ControlType.PREVENTIVE, ControlExecution.AUTOMATED, true,
                List.of(match), List.of(matchResult));
        match.setExecutes(threeWay);
        // GAP feedback gap (key control with no evidence of working): no control test has ever shown the
        // duplicate check works (the board accepted this risk until the next audit cycle: see the waiver).
        b.control(domain, "Duplicate invoice check", anna, ControlType.DETECTIVE, ControlExecution.AUTOMATED, true,
                List.of(register), List.of(duplicateResult));
        // GAP governance shortfall (control that produces no evidence): the tolerance check leaves no trace of
        // which variances it let through.
        b.control(domain, "Price variance tolerance check", anna, ControlType.PREVENTIVE, ControlExecution.AUTOMATED, false,
                List.of(variance), b.corrected() ? List.of(justification) : List.of());
        Control callBackControl = b.control(domain, "Bank-detail call-back", elena, ControlType.PREVENTIVE, ControlExecution.MANUAL,
                true, List.of(callBack), List.of(callBackRecord));
        callBack.setExecutes(callBackControl);
        if (b.corrected()) {
            b.control(domain, "Sanctions screening of suppliers", marco, ControlType.PREVENTIVE, ControlExecution.AUTOMATED, false,
                    List.of(approveChange), List.of(screeningResult));
        }
    }
}
