package org.dovetail.editor.actions;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;

/** An action on the active editor's command stack that follows the stack's state. */
abstract class CommandStackAction extends Action {

    private final CommandStackListener listener = event -> update();
    private CommandStack commandStack;

    CommandStackAction(String text) {
        super(text);
        setEnabled(false);
    }

    /** Switches to the command stack of another editor, or to none. */
    void setEditingDomain(EditingDomain domain) {
        if (commandStack != null) {
            commandStack.removeCommandStackListener(listener);
        }
        commandStack = domain == null ? null : domain.getCommandStack();
        if (commandStack != null) {
            commandStack.addCommandStackListener(listener);
        }
        update();
    }

    @Override
    public void run() {
        if (commandStack != null) {
            run(commandStack);
        }
    }

    void update() {
        setEnabled(commandStack != null && isEnabled(commandStack));
        setText(commandStack == null ? baseText() : textFor(commandStack));
    }

    abstract void run(CommandStack stack);

    abstract boolean isEnabled(CommandStack stack);

    abstract String baseText();

    abstract String textFor(CommandStack stack);
}
