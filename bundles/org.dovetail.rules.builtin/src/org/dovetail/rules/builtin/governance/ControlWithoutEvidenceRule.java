package org.dovetail.rules.builtin.governance;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A control that produces no evidence: nobody can show it ran. */
public final class ControlWithoutEvidenceRule extends BuiltinRule implements ScopedCheck {

    public ControlWithoutEvidenceRule() {
        super("governance.control-without-evidence", RuleCategory.GOVERNANCE_SHORTFALL, Severity.WARNING, ProcessPackage.Literals.CONTROL);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Control control = (Control) element;
        if (control.getEvidence().isEmpty()) {
            findings.report(control, control);
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(ProcessPackage.Literals.CONTROL__EVIDENCE).label();
    }
}
