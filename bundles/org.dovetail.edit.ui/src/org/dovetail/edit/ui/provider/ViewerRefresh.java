package org.dovetail.edit.ui.provider;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * Collects viewer notifications, which may arrive on any thread, and applies them in one batch
 * on the UI thread, so that a command touching many objects refreshes the viewer once.
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
        for (IViewerNotification notification : batch) {
            apply(notification);
        }
    }

    private void apply(IViewerNotification notification) {
        Object element = notification.getElement();
        if (!(viewer instanceof StructuredViewer structured) || element == null) {
            if (notification.isContentRefresh()) {
                viewer.refresh();
            }
            return;
        }
        if (notification.isContentRefresh()) {
            structured.refresh(element, notification.isLabelUpdate());
        } else if (notification.isLabelUpdate()) {
            structured.update(element, null);
        }
    }
}
