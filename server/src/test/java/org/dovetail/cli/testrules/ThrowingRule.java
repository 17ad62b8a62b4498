package org.dovetail.cli.testrules;

import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EObject;

/** Throws on the first approval it sees. */
public final class ThrowingRule extends TestRule {

    public ThrowingRule() {
        super("test.throwing", ProcessPackage.Literals.APPROVAL);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        throw new IllegalStateException("vendor bug: no approver table");
    }
}
