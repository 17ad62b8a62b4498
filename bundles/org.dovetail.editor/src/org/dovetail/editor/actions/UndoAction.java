package org.dovetail.editor.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.actions.ActionFactory;

/** Undoes the most recent command of the active Dovetail editor. */
final class UndoAction extends CommandStackAction {

    UndoAction() {
        super("&Undo");
        setId(ActionFactory.UNDO.getId());
        setActionDefinitionId("org.eclipse.ui.edit.undo");
    }

    @Override
    void run(CommandStack stack) {
        stack.undo();
    }

    @Override
    boolean isEnabled(CommandStack stack) {
        return stack.canUndo();
    }

    @Override
    String baseText() {
        return "&Undo";
    }

    @Override
    String textFor(CommandStack stack) {
        Command command = stack.getUndoCommand();
        return command == null || command.getLabel() == null ? baseText() : "&Undo " + command.getLabel();
    }
}
