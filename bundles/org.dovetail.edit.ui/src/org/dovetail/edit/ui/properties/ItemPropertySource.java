package org.dovetail.edit.ui.properties;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** The Properties view's face of one object's EMF.Edit item property source. */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemPropertySource;

    public ItemPropertySource(Object object, IItemPropertySource itemPropertySource) {
        this.object = object;
        this.itemPropertySource = itemPropertySource;
    }

    @Override
    public Object getEditableValue() {
        return itemPropertySource.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
        if (descriptors == null) {
            return new IPropertyDescriptor[0];
        }
        return descriptors.stream()
                .map(descriptor -> new ItemPropertyDescriptorAdapter(object, descriptor))
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor == null ? null : descriptor.getPropertyValue(object);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null) {
            descriptor.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null) {
            PropertyValueSetter.set(object, descriptor, value);
        }
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemPropertySource.getPropertyDescriptor(object, id);
    }
}
