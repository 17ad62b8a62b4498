package org.dovetail.editor.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.actions.ActionFactory;

/** Redoes the most recently undone command of the active Dovetail editor. */
final class RedoAction extends CommandStackAction {

    RedoAction() {
        super("&Redo");
        setId(ActionFactory.REDO.getId());
        setActionDefinitionId("org.eclipse.ui.edit.redo");
    }

    @Override
    void run(CommandStack stack) {
        stack.redo();
    }

    @Override
    boolean isEnabled(CommandStack stack) {
        return stack.canRedo();
    }

    @Override
    String baseText() {
        return "&Redo";
    }

    @Override
    String textFor(CommandStack stack) {
        Command command = stack.getRedoCommand();
        return command == null || command.getLabel() == null ? baseText() : "&Redo " + command.getLabel();
    }
}
