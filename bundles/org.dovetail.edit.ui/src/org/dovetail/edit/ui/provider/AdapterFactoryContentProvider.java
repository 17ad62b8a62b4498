package org.dovetail.edit.ui.provider;

import org.dovetail.edit.ui.properties.ItemPropertySource;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Tree content and property sources taken from the item providers of an adapter factory.
 * Listens to the factory's change notifications and refreshes the viewer in the UI thread.
 */
public class AdapterFactoryContentProvider implements ITreeContentProvider, IPropertySourceProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    private final AdapterFactory adapterFactory;
    private ViewerRefresh viewerRefresh;

    public AdapterFactoryContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    public AdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        viewerRefresh = viewer == null ? null : new ViewerRefresh(viewer);
    }

    @Override
    public Object[] getElements(Object object) {
        IStructuredItemContentProvider provider = adapt(object, IStructuredItemContentProvider.class);
        return provider == null ? NONE : provider.getElements(object).toArray();
    }

    @Override
    public Object[] getChildren(Object object) {
        ITreeItemContentProvider provider = adapt(object, ITreeItemContentProvider.class);
        return provider == null ? NONE : provider.getChildren(object).toArray();
    }

    @Override
    public boolean hasChildren(Object object) {
        ITreeItemContentProvider provider = adapt(object, ITreeItemContentProvider.class);
        return provider != null && provider.hasChildren(object);
    }

    @Override
    public Object getParent(Object object) {
        ITreeItemContentProvider provider = adapt(object, ITreeItemContentProvider.class);
        return provider == null ? null : provider.getParent(object);
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        // A property value wrapper is its own item property source; its editable value is the raw value.
        IItemPropertySource itemSource = object instanceof IItemPropertySource self ? self : adapt(object, IItemPropertySource.class);
        return itemSource == null ? null : new ItemPropertySource(object, itemSource);
    }

    @Override
    public void notifyChanged(Notification notification) {
        ViewerRefresh refresh = viewerRefresh;
        if (refresh != null) {
            refresh.add(notification);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewerRefresh = null;
    }

    private <T> T adapt(Object object, Class<T> type) {
        if (type.isInstance(object)) {
            return type.cast(object);
        }
        Object adapter = adapterFactory.adapt(object, type);
        return type.isInstance(adapter) ? type.cast(adapter) : null;
    }
}
