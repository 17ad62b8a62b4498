package org.dovetail.diagram.api;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;

/**
 * A function a diagram description refers to by id (labels, predicates, semantic candidates, edge ends).
 * Expressions are plain Java registered with an {@link ExpressionRegistry}; there is no expression language.
 *
 * <p>Incremental refresh re-evaluates an expression only for the elements a change touches: the notifier and, for
 * containment changes, the added and removed elements. An expression that reads <em>other</em> elements (whether
 * a step is the subject of some mapping, say) says which elements a notification affects in
 * {@link #affectedBy(Notification, ExpressionContext)}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Expression {

    /** The value for {@code self}: a String for labels, a Boolean for predicates, an EObject or a collection of them. */
    Object evaluate(EObject self, ExpressionContext context);

    /** Elements besides the notifier whose value of this expression may change with the notification. */
    default Collection<? extends EObject> affectedBy(Notification notification, ExpressionContext context) {
        return List.of();
    }
}
