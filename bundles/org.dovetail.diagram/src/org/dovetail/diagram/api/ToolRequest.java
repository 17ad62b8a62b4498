package org.dovetail.diagram.api;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Where a palette tool was used.
 *
 * @param domain    the editing domain whose command stack runs the command
 * @param context   the diagram's expression context (its root element, findings, inverse references)
 * @param container for node tools the semantic element of the clicked container, or the diagram's root
 * @param source    for edge tools the source node's element, else null
 * @param target    for edge tools the target node's element, else null
 * @since 0.1
 */
public record ToolRequest(EditingDomain domain, ExpressionContext context, EObject container, EObject source, EObject target) {
}
