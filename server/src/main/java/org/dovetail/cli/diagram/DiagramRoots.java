package org.dovetail.cli.diagram;

import java.util.List;

import org.dovetail.diagram.api.DomainElements;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** Finds the element a diagram is drawn on: an instance of the description's domain class, by name or id. */
final class DiagramRoots {

    private DiagramRoots() {
    }

    /** Every element of the model a diagram of {@code domainClass} can be drawn on, in model order. */
    static List<EObject> all(DovetailModel model, String domainClass) {
        EClass eClass = DomainElements.eClass(model.eClass().getEPackage(), domainClass);
        if (eClass == null) {
            throw new IllegalArgumentException("unknown class " + domainClass);
        }
        List<EObject> candidates = DomainElements.candidates(model, domainClass);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("the model has no " + eClass.getName() + " to draw this diagram of");
        }
        return candidates;
    }

    static EObject find(DovetailModel model, String domainClass, String wanted) {
        List<EObject> candidates = all(model, domainClass);
        String kind = domainClass.substring(domainClass.lastIndexOf('.') + 1);
        if (wanted == null) {
            return candidates.get(0);
        }
        for (EObject candidate : candidates) {
            if (wanted.equals(name(candidate)) || candidate instanceof Identified i && wanted.equals(i.getId())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no " + kind + " named or with the id \"" + wanted + "\"; there are: "
                + String.join(", ", candidates.stream().map(DiagramRoots::name).toList()));
    }

    static String name(EObject element) {
        return element instanceof Element e && e.getName() != null ? e.getName() : element.eClass().getName();
    }
}
