package org.dovetail.examples;

import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;

/**
 * The supplier-invoice-approval example (purchase to pay) of {@code domain.md}.
 *
 * <p>Policy: invoices over 10,000 need two approvals and the approver may not be the requester. The ERP lets
 * an accounts-payable clerk post a PO-matched invoice with no approval; price variances are resolved by e-mail
 * with the buyer; a spreadsheet of pending approvals is still kept "just in case"; an AI suggestion fills the
 * cost centre with nobody named to review or override it; the event log shows 14 % of invoices over the
 * threshold posted with one approval; a learning-team session recorded that clerks batch approvals on Friday
 * because the approvers are travelling.</p>
 *
 * <p>The model is built area by area ({@link SupplierInvoiceProcess}, {@link SupplierInvoiceErp},
 * {@link SupplierInvoiceGovernance}, {@link SupplierInvoiceWorkAsDone}). Every deliberate gap is commented with
 * the row of the rule table it stands for and listed in {@code models/GAPS.md}; the corrected variant fixes
 * each of them.</p>
 */
public final class SupplierInvoiceExample {

    /** The example's name: the prefix of every id and the base of its file name. */
    public static final String NAME = "supplier-invoice-approval";

    private SupplierInvoiceExample() {
    }

    public static DovetailModel build(boolean corrected) {
        ModelBuilder b = new ModelBuilder(NAME, corrected);
        DovetailModel model = b.named(DovetailFactory.eINSTANCE.createDovetailModel(), "Supplier invoice approval",
                "Purchase to pay at a mid-sized manufacturer: how supplier invoices are checked, approved, posted"
                        + " and paid, as documented, as enforced by the ERP and as actually done.");
        model.setVersion(corrected ? "2026.3-corrected" : "2026.3");
        people(b, model);
        SupplierInvoiceProcess.build(b, model);
        SupplierInvoiceErp.build(b, model);
        SupplierInvoiceGovernance.build(b, model);
        SupplierInvoiceWorkAsDone.build(b, model);
        return model;
    }

    private static void people(ModelBuilder b, DovetailModel model) {
        model.getPeople().add(b.person("Anna Berg", "Head of Accounts Payable", "anna.berg@example.com"));
        model.getPeople().add(b.person("Marco Rossi", "Financial Controller", "marco.rossi@example.com"));
        model.getPeople().add(b.person("Sofia Marin", "Chief Financial Officer", "sofia.marin@example.com"));
        model.getPeople().add(b.person("Lena Vogt", "ERP Product Owner, Finance", "lena.vogt@example.com"));
        model.getPeople().add(b.person("Jonas Keller", "Internal Auditor", "jonas.keller@example.com"));
        model.getPeople().add(b.person("Priya Nair", "Learning-Team Facilitator", "priya.nair@example.com"));
        model.getPeople().add(b.person("Tom Weber", "Head of Procurement", "tom.weber@example.com"));
        model.getPeople().add(b.person("David Chen", "Integration Architect", "david.chen@example.com"));
        model.getPeople().add(b.person("Elena Petrova", "Supplier Master Data Steward", "elena.petrova@example.com"));
    }
}
