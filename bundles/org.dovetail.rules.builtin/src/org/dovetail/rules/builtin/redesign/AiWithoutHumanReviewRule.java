package org.dovetail.rules.builtin.redesign;

import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** An AI recommendation with no human review point or no override owner. */
public final class AiWithoutHumanReviewRule extends BuiltinRule implements ScopedCheck {

    public AiWithoutHumanReviewRule() {
        super("redesign.ai-without-human-review", RuleCategory.WORKFLOW_REDESIGN, Severity.ERROR, DigitalPackage.Literals.AUTOMATION);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Automation automation = (Automation) element;
        if (automation.getKind() != AutomationKind.AI_RECOMMENDATION) {
            return;
        }
        boolean noReview = automation.getReviewPoint() == null;
        boolean noOwner = automation.getOverrideOwner() == null;
        if (noReview || noOwner) {
            String variant = noReview && noOwner ? "both" : noReview ? "review" : "owner";
            findings.on(automation).variant(variant).args(automation, automation.getWrites()).related(automation.getWrites()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(DigitalPackage.Literals.AUTOMATION__KIND, DigitalPackage.Literals.AUTOMATION__REVIEW_POINT,
                DigitalPackage.Literals.AUTOMATION__OVERRIDE_OWNER).label();
        reads.element().follow(DigitalPackage.Literals.AUTOMATION__WRITES).label();
    }
}
