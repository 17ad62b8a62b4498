package org.dovetail.rules.internal;

import java.util.Collection;
import java.util.stream.Collectors;

import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.eclipse.emf.ecore.EObject;

/** How elements appear in messages: by name, else by type and id. */
public final class Labels {

    private Labels() {
    }

    public static String label(EObject object) {
        if (object instanceof Element e && e.getName() != null && !e.getName().isBlank()) {
            return e.getName();
        }
        String type = object.eClass().getName();
        return object instanceof Identified i && i.getId() != null ? type + ' ' + i.getId() : type;
    }

    /** The elements message arguments name (themselves or inside collections), whose labels the texts show. */
    static void named(Object[] args, Collection<EObject> out) {
        for (Object arg : args) {
            if (arg instanceof EObject o) {
                out.add(o);
            } else if (arg instanceof Collection<?> c) {
                c.stream().filter(EObject.class::isInstance).forEach(o -> out.add((EObject) o));
            }
        }
    }

    /** Message arguments with elements (and collections of them) replaced by their labels. */
    static Object[] arguments(Object[] args) {
        Object[] result = args.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof EObject o) {
                result[i] = label(o);
            } else if (result[i] instanceof Collection<?> c && c.stream().allMatch(EObject.class::isInstance)) {
                result[i] = c.stream().map(o -> label((EObject) o)).collect(Collectors.joining(", "));
            }
        }
        return result;
    }
}
