package org.dovetail.edit.ui.properties;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** The Properties view's face of one EMF.Edit item property descriptor of one object. */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor itemPropertyDescriptor;

    public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor itemPropertyDescriptor) {
        this.object = object;
        this.itemPropertyDescriptor = itemPropertyDescriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        return CellEditorFactory.create(parent, object, itemPropertyDescriptor);
    }

    @Override
    public String getCategory() {
        return itemPropertyDescriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return itemPropertyDescriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return itemPropertyDescriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return itemPropertyDescriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return itemPropertyDescriptor.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return itemPropertyDescriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new PropertyValueLabelProvider(itemPropertyDescriptor.getLabelProvider(object));
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ItemPropertyDescriptorAdapter that
                && itemPropertyDescriptor.isCompatibleWith(object, that.object, that.itemPropertyDescriptor);
    }
}
