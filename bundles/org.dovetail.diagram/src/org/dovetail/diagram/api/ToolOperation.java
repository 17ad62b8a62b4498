package org.dovetail.diagram.api;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.ecore.EObject;

/**
 * What a palette tool does to the semantic model, as an EMF command for the editing domain's command stack (so
 * canvas edits undo and redo with tree edits). Registered by id with an {@link ExpressionRegistry}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ToolOperation {

    /**
     * The command for the tool, or null when it does not apply.
     *
     * @param container for node tools the semantic element of the clicked container (or the diagram root)
     * @param source    for edge tools the source node's element, else null
     * @param target    for edge tools the target node's element, else null
     */
    Command create(EditingDomain domain, EObject container, EObject source, EObject target);
}
