package org.dovetail.diagram.api;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;

/**
 * An expression yielding the semantic candidates of a node mapping from the parent's semantic element, that can
 * also say which parents may list a given element. Incremental refresh uses {@link #parentsOf} to find the one or two
 * containers whose children a change can affect (a step whose performer changes moves between lanes) instead of
 * re-evaluating every container.
 *
 * @since 0.1
 */
public interface CandidatesExpression extends Expression {

    /**
     * The semantic elements whose candidates may include {@code element} now; {@code null} when that cannot be
     * told (then every container of the mapping is re-evaluated).
     */
    Collection<? extends EObject> parentsOf(EObject element, ExpressionContext context);
}
