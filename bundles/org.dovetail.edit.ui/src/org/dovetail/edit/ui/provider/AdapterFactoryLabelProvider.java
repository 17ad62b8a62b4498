package org.dovetail.edit.ui.provider;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Text and icon of an element, taken from the item provider of an adapter factory.
 * Icons are converted to SWT images once per display and disposed with it.
 */
public class AdapterFactoryLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    /** Images made outside the UI thread (none in the workbench); in it, the display's shared cache. */
    private EmfImageCache own;

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
        return provider == null ? null : images().get(provider.getImage(element));
    }

    @Override
    public void dispose() {
        if (own != null) {
            own.dispose();
        }
        super.dispose();
    }

    /**
     * The display's shared cache in the UI thread: every editor, outline and dialog shows the same few dozen icons, and
     * decoding them again for each one added to the turn that opens an editor.
     */
    private synchronized EmfImageCache images() {
        if (org.eclipse.swt.widgets.Display.getCurrent() != null) {
            return EmfImageCache.shared();
        }
        if (own == null) {
            own = new EmfImageCache();
        }
        return own;
    }

    private IItemLabelProvider itemLabelProvider(Object element) {
        if (element instanceof IItemLabelProvider self) {
            return self;
        }
        Object adapter = adapterFactory.adapt(element, IItemLabelProvider.class);
        return adapter instanceof IItemLabelProvider provider ? provider : null;
    }
}
