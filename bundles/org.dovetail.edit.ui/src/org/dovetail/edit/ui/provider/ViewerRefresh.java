package org.dovetail.edit.ui.provider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Collects viewer notifications, which may arrive on any thread, and applies them in one batch
 * on the UI thread, so that a command touching many objects refreshes the viewer once, and each
 * element in it once.
 */
final class ViewerRefresh implements Runnable {

    private final Viewer viewer;
    private List<IViewerNotification> pending;

    ViewerRefresh(Viewer viewer) {
        this.viewer = viewer;
    }

    void add(Notification notification) {
        if (!(notification instanceof IViewerNotification viewerNotification)) {
            return;
        }
        boolean schedule;
        synchronized (this) {
            schedule = pending == null;
            if (schedule) {
                pending = new ArrayList<>();
            }
            pending.add(viewerNotification);
        }
        Control control = viewer.getControl();
        if (schedule && control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(this);
        }
    }

    @Override
    public void run() {
        List<IViewerNotification> batch;
        synchronized (this) {
            batch = pending;
            pending = null;
        }
        Control control = viewer.getControl();
        if (batch == null || control == null || control.isDisposed()) {
            return;
        }
        // Each element once: an import adds dozens of children to one parent, and refreshing a parent of thousands in
        // a virtual tree walks all its rows each time. The viewer ends as the model is, whatever the order.
        Map<Object, Boolean> refreshes = new LinkedHashMap<>();
        Set<Object> updates = new LinkedHashSet<>();
        boolean all = false;
        for (IViewerNotification notification : batch) {
            Object element = notification.getElement();
            if (!(viewer instanceof StructuredViewer) || element == null) {
                all |= notification.isContentRefresh();
            } else if (notification.isContentRefresh()) {
                refreshes.merge(element, notification.isLabelUpdate(), Boolean::logicalOr);
            } else if (notification.isLabelUpdate()) {
                updates.add(element);
            }
        }
        if (all) {
            viewer.refresh();
            return;
        }
        StructuredViewer structured = (StructuredViewer) viewer;
        InsertingContent inserting = structured.getContentProvider() instanceof InsertingContent content ? content : null;
        refreshes.forEach((element, labels) -> {
            if (inserting != null && inserting.showInsertedOrRemoved(element)) {
                if (labels) {
                    structured.update(element, null);
                }
            } else {
                structured.refresh(element, labels);
            }
        });
        updates.removeIf(element -> Boolean.TRUE.equals(refreshes.get(element)));
        updates.forEach(element -> structured.update(element, null));
    }
}
