package org.dovetail.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.dovetail.model.Owned;
import org.dovetail.model.Party;
import org.eclipse.emf.ecore.EObject;

/** How reports name model elements: label, type, UUID, containment path and owner. */
final class Elements {

    /** The owner shown for elements whose containers name nobody. */
    static final String NO_OWNER = "(no owner)";

    private Elements() {
    }

    /** The element's name, else its type and UUID. */
    static String label(EObject element) {
        if (element instanceof Element e && e.getName() != null && !e.getName().isBlank()) {
            return e.getName();
        }
        String uuid = uuid(element);
        return uuid.isEmpty() ? type(element) : type(element) + ' ' + uuid;
    }

    static String type(EObject element) {
        return element.eClass().getName();
    }

    /** The element's UUID, or an empty string. */
    static String uuid(EObject element) {
        return element instanceof Identified i && i.getId() != null ? i.getId() : "";
    }

    /** The labels from the model root down to the element, joined by "/" (the root itself is left out). */
    static String path(EObject element) {
        List<String> names = new ArrayList<>();
        for (EObject e = element; e != null && e.eContainer() != null; e = e.eContainer()) {
            names.add(label(e));
        }
        Collections.reverse(names);
        return names.isEmpty() ? label(element) : String.join("/", names);
    }

    /** The owner of the element or of its nearest owned container; {@link #NO_OWNER} if none is named. */
    static String owner(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Owned o && o.getOwner() != null) {
                Party owner = o.getOwner();
                return label(owner);
            }
        }
        return NO_OWNER;
    }
}
