package org.dovetail.diagram.api;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What an expression may look at besides its element: the diagram's semantic root, the findings of the rule engine,
 * the active layers and the inverse references of the semantic model.
 *
 * @since 0.1
 */
public interface ExpressionContext {

    /** The semantic element the diagram was opened on. */
    EObject root();

    /** The rule engine's open findings, by element. */
    FindingIndex findings();

    boolean isLayerActive(String layerId);

    /** The elements that refer to {@code target} through {@code feature} (an inverse reference lookup). */
    Collection<EObject> referrers(EObject target, EStructuralFeature feature);

    /** The elements that refer to {@code target} through any non-containment reference. */
    Collection<EObject> referrers(EObject target);
}
