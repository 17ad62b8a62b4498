package org.dovetail.rules.builtin.data;

import java.util.List;

import org.dovetail.model.Cadence;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.model.DovetailPackage;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A data field an automated decision reads that has no owner or no stated freshness. */
public final class AutomationInputUnownedRule extends BuiltinRule implements ScopedCheck {

    public AutomationInputUnownedRule() {
        super("data.automation-input-unowned", RuleCategory.DATA_EXCEPTION_MISMATCH, Severity.WARNING, DigitalPackage.Literals.DATA_FIELD);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        DataField field = (DataField) element;
        boolean unowned = field.getOwner() == null;
        boolean stale = field.getFreshness() == Cadence.UNSPECIFIED;
        if (!unowned && !stale) {
            return;
        }
        List<Automation> readers = context.referrers(field, DigitalPackage.Literals.AUTOMATION__READS, Automation.class);
        if (!readers.isEmpty()) {
            String variant = unowned && stale ? "both" : unowned ? "owner" : "freshness";
            findings.on(field).variant(variant).args(field, readers).related(readers).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(DovetailPackage.Literals.OWNED__OWNER, DigitalPackage.Literals.DATA_FIELD__FRESHNESS).label();
        reads.element().referrers(DigitalPackage.Literals.AUTOMATION__READS).label();
    }
}
