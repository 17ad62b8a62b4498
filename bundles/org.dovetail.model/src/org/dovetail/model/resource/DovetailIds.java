package org.dovetail.model.resource;

import java.util.UUID;

import org.dovetail.model.Identified;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/** Identity of Dovetail elements: random UUIDs, assigned once. */
public final class DovetailIds {

    private DovetailIds() {
    }

    /** A fresh UUID in its RFC 4122 text form. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Gives {@code element} a UUID if it is {@link Identified} and has none yet. */
    public static void ensureId(EObject element) {
        if (element instanceof Identified identified && identified.getId() == null) {
            identified.setId(newId());
        }
    }

    /** Gives every element below and including {@code root} a fresh UUID (for paste-as-new). */
    public static void renewIds(EObject root) {
        renew(root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            renew(it.next());
        }
    }

    private static void renew(EObject element) {
        if (element instanceof Identified identified) {
            identified.setId(newId());
        }
    }
}
