package org.dovetail.edit.ui.properties;

import java.util.Date;

import org.dovetail.edit.ui.provider.EmfImageCache;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Text and icon of a property value; dates read as days ({@link DateLabels}). Images come from the display-wide
 * cache because the Properties view creates and drops these label providers without disposing them.
 */
final class PropertyValueLabelProvider extends LabelProvider {

    private final IItemLabelProvider itemLabelProvider;

    PropertyValueLabelProvider(IItemLabelProvider itemLabelProvider) {
        this.itemLabelProvider = itemLabelProvider;
    }

    @Override
    public String getText(Object value) {
        if (value instanceof Date date) {
            return DateLabels.format(date);
        }
        if (itemLabelProvider == null) {
            return value == null ? "" : value.toString();
        }
        String text = itemLabelProvider.getText(value);
        return text == null ? "" : text;
    }

    @Override
    public Image getImage(Object value) {
        return itemLabelProvider == null ? null : EmfImageCache.shared().get(itemLabelProvider.getImage(value));
    }
}
