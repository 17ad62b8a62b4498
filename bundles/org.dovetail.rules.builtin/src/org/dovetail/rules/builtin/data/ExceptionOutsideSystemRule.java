package org.dovetail.rules.builtin.data;

import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** An exception path handled only through legacy artifacts (e-mail, spreadsheet, chat), with no system handling mapped. */
public final class ExceptionOutsideSystemRule extends BuiltinRule implements ScopedCheck {

    public ExceptionOutsideSystemRule() {
        super("data.exception-outside-system", RuleCategory.DATA_EXCEPTION_MISMATCH, Severity.WARNING, ProcessPackage.Literals.EXCEPTION_PATH);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        ExceptionPath path = (ExceptionPath) element;
        if (path.getHandledVia().isEmpty()) {
            return;
        }
        boolean inSystem = context.referrers(path, GovernancePackage.Literals.EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH,
                ExceptionHandlingMapping.class).stream().anyMatch(h -> !h.getHandledBy().isEmpty());
        if (!inSystem) {
            findings.on(path).args(path, path.getHandledVia()).related(path.getHandledVia()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(ProcessPackage.Literals.EXCEPTION_PATH__HANDLED_VIA).label();
        reads.element().follow(ProcessPackage.Literals.EXCEPTION_PATH__HANDLED_VIA).label();
        reads.element().referrers(GovernancePackage.Literals.EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH)
                .read(GovernancePackage.Literals.EXCEPTION_HANDLING_MAPPING__HANDLED_BY);
    }
}
