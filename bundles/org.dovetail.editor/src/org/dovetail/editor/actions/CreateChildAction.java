package org.dovetail.editor.actions;

import java.util.List;

import org.dovetail.edit.ui.provider.EmfImageCache;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/**
 * Adds one kind of child to an element, as the item provider's new-child descriptor says; the
 * label and icon come from the item provider too.
 */
public final class CreateChildAction extends Action {

    private final EditingDomain domain;
    private final Command command;

    public CreateChildAction(EditingDomain domain, Object owner, Object childDescriptor) {
        this.domain = domain;
        this.command = CreateChildCommand.create(domain, owner, childDescriptor, List.of(owner));
        if (command instanceof CommandActionDelegate delegate) {
            setText(delegate.getText());
            setToolTipText(delegate.getToolTipText());
            Image image = EmfImageCache.shared().get(delegate.getImage());
            if (image != null) {
                setImageDescriptor(ImageDescriptor.createFromImage(image));
            }
        } else {
            setText(command.getLabel());
        }
        setEnabled(command.canExecute());
    }

    @Override
    public void run() {
        domain.getCommandStack().execute(command);
    }
}
