package org.dovetail.diagram.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Undo or Redo on the model's shared command stack, labelled with the command it would undo or redo. */
final class StackAction extends Action {

    private final CommandStack stack;
    private final boolean undo;

    StackAction(CommandStack stack, boolean undo) {
        this.stack = stack;
        this.undo = undo;
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        update();
    }

    void update() {
        Command next = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        String what = next == null || next.getLabel() == null ? "" : " " + next.getLabel();
        setText((undo ? "&Undo" : "&Redo") + what);
        setEnabled(undo ? stack.canUndo() : stack.canRedo());
    }

    @Override
    public void run() {
        if (undo && stack.canUndo()) {
            stack.undo();
        } else if (!undo && stack.canRedo()) {
            stack.redo();
        }
    }
}
