package org.dovetail.edit.ui.properties;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;

/**
 * Applies a value from the Properties view as a {@link SetCommand} on the object's editing domain,
 * so that the change is undoable and marks the editor dirty.
 */
final class PropertyValueSetter {

    private PropertyValueSetter() {
    }

    static void set(Object object, IItemPropertyDescriptor descriptor, Object value) {
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(object);
        Object feature = descriptor.getFeature(object);
        if (domain == null || !(object instanceof EObject owner) || !(feature instanceof EStructuralFeature structuralFeature)
                || structuralFeature.isMany()) {
            // Outside an editing domain, or a wrapped/multi-valued feature: the descriptor knows best.
            descriptor.setPropertyValue(object, value);
            return;
        }
        if (Objects.equals(owner.eGet(structuralFeature), value)) {
            return;
        }
        Command command = SetCommand.create(domain, owner, structuralFeature, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
