package org.dovetail.rules.builtin.support;

import org.dovetail.model.workasdone.ActionStatus;
import org.dovetail.model.workasdone.ImprovementAction;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EObject;

/** Facts about work as done that several rules read. */
public final class WorkAsDoneFacts {

    private WorkAsDoneFacts() {
    }

    /** Whether an improvement action that is done addresses {@code element}: the signal has been acted on. */
    public static boolean addressedByDoneAction(RuleContext context, EObject element) {
        return context.referrers(element, WorkAsDonePackage.Literals.IMPROVEMENT_ACTION__ADDRESSES, ImprovementAction.class).stream()
                .anyMatch(a -> a.getStatus() == ActionStatus.DONE);
    }
}
