package org.dovetail.examples;

import java.util.List;

import org.dovetail.model.DovetailModel;

/**
 * The example models shipped with Dovetail, built by code. The files under {@code models/} are generated from
 * these builders ({@code ./dovetail generate-examples}); a test fails when they are stale.
 *
 * <p>Each example carries deliberate gaps covering every row of the rule table "The ways execution breaks"
 * (listed, with the element that carries each, in {@code models/GAPS.md}); its corrected variant fixes all of
 * them, so a rule engine must find nothing there.</p>
 */
public final class ExampleModels {

    private ExampleModels() {
    }

    /** Supplier invoice approval (purchase to pay) in an ERP, with its deliberate gaps. */
    public static DovetailModel supplierInvoiceApproval() {
        return SupplierInvoiceExample.build(false);
    }

    /** Supplier invoice approval with every deliberate gap fixed. */
    public static DovetailModel supplierInvoiceApprovalCorrected() {
        return SupplierInvoiceExample.build(true);
    }

    /** IT change enablement with a change advisory board in an ITSM tool, with its deliberate gaps. */
    public static DovetailModel itChangeEnablement() {
        return ItChangeExample.build(false);
    }

    /** IT change enablement with every deliberate gap fixed. */
    public static DovetailModel itChangeEnablementCorrected() {
        return ItChangeExample.build(true);
    }

    /** Both examples, in a fixed order. */
    public static List<Example> examples() {
        return List.of(
                new Example(SupplierInvoiceExample.NAME, SupplierInvoiceExample.NAME + ".dovetail", "Supplier invoice approval",
                        "Purchase to pay: two approvals over 10,000 EUR in an ERP that lets a clerk post a PO-matched invoice"
                                + " without approval.",
                        ExampleModels::supplierInvoiceApproval, ExampleModels::supplierInvoiceApprovalCorrected),
                new Example(ItChangeExample.NAME, ItChangeExample.NAME + ".dovetail", "IT change enablement",
                        "Normal changes authorised by a change advisory board in an ITSM tool that lets engineers move a"
                                + " change to implementation without the board.",
                        ExampleModels::itChangeEnablement, ExampleModels::itChangeEnablementCorrected));
    }
}
