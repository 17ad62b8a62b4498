package org.dovetail.diagram.ui.editor;

import java.util.List;

import org.dovetail.diagram.api.DomainElements;
import org.dovetail.model.Identified;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** The elements of a model a diagram description can be drawn on: instances of its domain class. */
public final class DiagramRoots {

    private DiagramRoots() {
    }

    /** The model's elements of the description's domain class ({@code process.Process}, say), the root first. */
    public static List<EObject> candidates(EObject modelRoot, String domainClass) {
        return DomainElements.candidates(modelRoot, domainClass);
    }

    /** The candidate with this id, else the first candidate, else null. */
    static EObject find(EObject modelRoot, String domainClass, String rootId) {
        List<EObject> candidates = candidates(modelRoot, domainClass);
        for (EObject candidate : candidates) {
            if (rootId != null && candidate instanceof Identified identified && rootId.equals(identified.getId())) {
                return candidate;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** Whether {@code element} is of the description's domain class. */
    public static boolean fits(EObject element, String domainClass) {
        EClass eClass = domainClass == null ? null : DomainElements.eClass(element.eClass().getEPackage(), domainClass);
        return eClass != null && eClass.isInstance(element);
    }
}
