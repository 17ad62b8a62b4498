package org.dovetail.rules.builtin.governance;

import org.dovetail.model.Owned;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Stage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.model.DovetailPackage;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A step or a stage nobody owns. */
public final class StepWithoutOwnerRule extends BuiltinRule implements ScopedCheck {

    public StepWithoutOwnerRule() {
        super("governance.step-without-owner", RuleCategory.GOVERNANCE_SHORTFALL, Severity.WARNING, ProcessPackage.Literals.STEP,
                ProcessPackage.Literals.STAGE);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        if (((Owned) element).getOwner() == null) {
            findings.on(element).variant(element instanceof Stage ? "stage" : null).args(element, element.eContainer()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(DovetailPackage.Literals.OWNED__OWNER).label();
        reads.element().container().label();
    }
}
