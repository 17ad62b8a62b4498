package org.dovetail.diagram.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Collects the notifications of the semantic model (every element of its resource) until the next refresh. Touch
 * notifications (nothing changed) are dropped.
 */
public final class ChangeCollector extends EContentAdapter {

    private final List<Notification> pending = new ArrayList<>();

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (!notification.isTouch()) {
            pending.add(notification);
        }
    }

    /** Adds a notification from elsewhere (the diagram's active layers). */
    public void add(Notification notification) {
        pending.add(notification);
    }

    /** The notifications since the last call, oldest first. */
    public List<Notification> drain() {
        List<Notification> result = List.copyOf(pending);
        pending.clear();
        return result;
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Starts collecting on a resource, resource set or element (and everything it contains). */
    public void attach(Notifier target) {
        target.eAdapters().add(this);
    }

    public void detach(Notifier target) {
        target.eAdapters().remove(this);
    }
}
