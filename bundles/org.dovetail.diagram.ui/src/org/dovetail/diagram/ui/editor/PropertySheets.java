package org.dovetail.diagram.ui.editor;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.editor.session.ModelSession;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** The Properties view's page for the diagram's selection: the model elements' EMF.Edit properties. */
final class PropertySheets {

    private PropertySheets() {
    }

    static PropertySheetPage create(ModelSession model) {
        AdapterFactoryContentProvider sources = new AdapterFactoryContentProvider(model.adapterFactory());
        PropertySheetPage page = new PropertySheetPage() {
            @Override
            public void dispose() {
                sources.dispose();
                super.dispose();
            }
        };
        page.setPropertySourceProvider(sources);
        return page;
    }
}
