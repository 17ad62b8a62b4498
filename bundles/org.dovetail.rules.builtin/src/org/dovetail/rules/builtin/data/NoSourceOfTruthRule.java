package org.dovetail.rules.builtin.data;

import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** The same data held in several fields (often several systems) with none marked as the source of truth. */
public final class NoSourceOfTruthRule extends BuiltinRule implements ScopedCheck {

    public NoSourceOfTruthRule() {
        super("data.no-source-of-truth", RuleCategory.DATA_EXCEPTION_MISMATCH, Severity.WARNING, DigitalPackage.Literals.DATA_FIELD);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        DataField field = (DataField) element;
        if (!field.getSameDataAs().isEmpty() && !field.isSourceOfTruth()
                && field.getSameDataAs().stream().noneMatch(DataField::isSourceOfTruth)) {
            findings.on(field).args(field, field.eContainer(), field.getSameDataAs()).related(field.getSameDataAs()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(DigitalPackage.Literals.DATA_FIELD__SAME_DATA_AS, DigitalPackage.Literals.DATA_FIELD__SOURCE_OF_TRUTH).label();
        reads.element().container().label();
        reads.element().follow(DigitalPackage.Literals.DATA_FIELD__SAME_DATA_AS).read(DigitalPackage.Literals.DATA_FIELD__SOURCE_OF_TRUTH).label();
    }
}
