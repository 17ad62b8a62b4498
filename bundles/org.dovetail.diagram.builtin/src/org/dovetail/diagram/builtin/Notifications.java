package org.dovetail.diagram.builtin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Helpers for {@code affectedBy}: the elements a notification added or removed, and what they refer to. */
final class Notifications {

    private Notifications() {
    }

    /** Old and new values of the notification that are elements. */
    static List<EObject> values(Notification notification) {
        List<EObject> result = new ArrayList<>();
        add(notification.getOldValue(), result);
        add(notification.getNewValue(), result);
        return result;
    }

    static boolean is(Notification notification, EStructuralFeature feature) {
        return notification.getFeature() == feature;
    }

    /** Values of {@code feature} on the elements a notification added or removed (and on their contents). */
    static List<EObject> referencedByValues(Notification notification, EStructuralFeature feature) {
        List<EObject> result = new ArrayList<>();
        for (EObject value : values(notification)) {
            collect(value, feature, result);
            value.eAllContents().forEachRemaining(child -> collect(child, feature, result));
        }
        return result;
    }

    private static void collect(EObject element, EStructuralFeature feature, List<EObject> into) {
        if (feature.getEContainingClass().isInstance(element)) {
            add(element.eGet(feature), into);
        }
    }

    private static void add(Object value, List<EObject> into) {
        if (value instanceof EObject element) {
            into.add(element);
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (item instanceof EObject element) {
                    into.add(element);
                }
            }
        }
    }
}
