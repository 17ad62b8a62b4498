package org.dovetail.diagram.builtin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dovetail.diagram.api.Expression;
import org.dovetail.diagram.api.ExpressionContext;
import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;
import org.dovetail.model.governance.Severity;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;

/** Expressions every built-in diagram uses: finding severities, ownership, the element itself. */
final class CommonExpressions {

    static final String FINDING_ERROR = "builtin.finding-error";
    static final String FINDING_WARNING = "builtin.finding-warning";
    static final String FINDING_INFO = "builtin.finding-info";
    static final String OWNER = "builtin.owner";
    static final String NO_OWNER = "builtin.no-owner";
    static final String SELF = "builtin.self";

    private CommonExpressions() {
    }

    static void register(ExpressionRegistry registry) {
        registry.predicate(FINDING_ERROR, (self, context) -> context.findings().worst(self) == Severity.ERROR);
        registry.predicate(FINDING_WARNING, (self, context) -> context.findings().worst(self) == Severity.WARNING);
        registry.predicate(FINDING_INFO, (self, context) -> context.findings().worst(self) == Severity.INFO);
        registry.register(OWNER, new Expression() {
            @Override
            public Object evaluate(EObject self, ExpressionContext context) {
                Party owner = self instanceof Owned owned ? owned.getOwner() : null;
                return owner == null ? null : "owner: " + owner.getName();
            }

            @Override
            public Collection<? extends EObject> affectedBy(Notification notification, ExpressionContext context) {
                // A renamed person or role changes the owner text of everything it owns.
                if (notification.getNotifier() instanceof Party party
                        && notification.getFeature() == DovetailPackage.Literals.ELEMENT__NAME) {
                    return context.referrers(party, DovetailPackage.Literals.OWNED__OWNER);
                }
                return List.of();
            }
        });
        registry.predicate(NO_OWNER, (self, context) -> self instanceof Owned owned && owned.getOwner() == null);
        registry.candidates(SELF, List::of, List::of);
    }

    /** The elements of a list, copied (expressions never hand out live lists). */
    static <T extends EObject> List<EObject> list(Collection<T> items) {
        return new ArrayList<>(items);
    }
}
