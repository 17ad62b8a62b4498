package org.dovetail.edit.ui.provider;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Text and icon of an element, taken from the item provider of an adapter factory.
 * Icons are converted to SWT images once and disposed with this label provider.
 */
public class AdapterFactoryLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final EmfImageCache images = new EmfImageCache();

    public AdapterFactoryLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = itemLabelProvider(element);
        if (provider != null) {
            return provider.getText(element);
        }
        return element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = itemLabelProvider(element);
        return provider == null ? null : images.get(provider.getImage(element));
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }

    private IItemLabelProvider itemLabelProvider(Object element) {
        if (element instanceof IItemLabelProvider self) {
            return self;
        }
        Object adapter = adapterFactory.adapt(element, IItemLabelProvider.class);
        return adapter instanceof IItemLabelProvider provider ? provider : null;
    }
}
