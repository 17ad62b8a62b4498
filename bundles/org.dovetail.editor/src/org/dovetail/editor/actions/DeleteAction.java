package org.dovetail.editor.actions;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Deletes the selected elements, what they contain, and every reference to any of them, as one undoable command.
 * When that removes more than the selected elements themselves (contents, references from elsewhere), a dialog
 * lists it first and the user confirms or cancels.
 */
public final class DeleteAction extends Action implements ISelectionChangedListener {

    private final EditingDomain domain;
    private List<?> selected = List.of();
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
        selected = selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
        command = selected.isEmpty() ? UnexecutableCommand.INSTANCE : DeleteCommand.create(domain, selected);
        setEnabled(command.canExecute());
    }

    @Override
    public void run() {
        if (!command.canExecute()) {
            return;
        }
        List<EObject> elements = selected.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
        DeletePreview preview = DeletePreview.of(elements, domain.getResourceSet(), labels());
        if (preview.removesMoreThanTheSelection()) {
            DeleteConfirmationDialog dialog = new DeleteConfirmationDialog(PlatformUI.getWorkbench().getDisplay().getActiveShell(), preview);
            if (dialog.open() != Window.OK) {
                return;
            }
        }
        domain.getCommandStack().execute(command);
        command = UnexecutableCommand.INSTANCE;
        setEnabled(false);
    }

    private java.util.function.Function<Object, String> labels() {
        if (domain instanceof AdapterFactoryEditingDomain adapterDomain) {
            org.dovetail.edit.ui.provider.AdapterFactoryLabelProvider provider =
                    new org.dovetail.edit.ui.provider.AdapterFactoryLabelProvider(adapterDomain.getAdapterFactory());
            return provider::getText;
        }
        return String::valueOf;
    }
}
