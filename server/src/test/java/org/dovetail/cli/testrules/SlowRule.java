package org.dovetail.cli.testrules;

import org.dovetail.model.DovetailPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EObject;

/** Runs far past any time limit unless interrupted. */
public final class SlowRule extends TestRule {

    public SlowRule() {
        super("test.slow", DovetailPackage.Literals.DOVETAIL_MODEL);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
