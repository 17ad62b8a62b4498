package org.dovetail.editor.actions;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Deletes the selected elements, and every reference to them, as one undoable command.
 */
public final class DeleteAction extends Action implements ISelectionChangedListener {

    private final EditingDomain domain;
    private Command command = UnexecutableCommand.INSTANCE;

    public DeleteAction(EditingDomain domain) {
        super("&Delete");
        this.domain = domain;
        setId(ActionFactory.DELETE.getId());
        setActionDefinitionId("org.eclipse.ui.edit.delete");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        setEnabled(false);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        update(event.getSelection());
    }

    void update(ISelection selection) {
        List<?> selected = selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
        command = selected.isEmpty() ? UnexecutableCommand.INSTANCE : DeleteCommand.create(domain, selected);
        setEnabled(command.canExecute());
    }

    @Override
    public void run() {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            command = UnexecutableCommand.INSTANCE;
            setEnabled(false);
        }
    }
}
