package org.dovetail.diagram.api;

import org.eclipse.emf.common.command.Command;

/**
 * What a palette tool does to the semantic model, as an EMF command for the editing domain's command stack (so
 * canvas edits undo and redo with tree edits). Registered by id with an {@link ExpressionRegistry}. The objects a
 * node-creation command reports in {@link Command#getAffectedObjects()} appear where the user clicked.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ToolOperation {

    /** The command for the request, or null when the tool does not apply there. */
    Command create(ToolRequest request);
}
