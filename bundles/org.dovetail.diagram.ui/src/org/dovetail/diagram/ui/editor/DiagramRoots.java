package org.dovetail.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.model.Identified;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/** The elements of a model a diagram description can be drawn on: instances of its domain class. */
public final class DiagramRoots {

    private DiagramRoots() {
    }

    /** The model's elements of the description's domain class ({@code process.Process}, say), the root first. */
    public static List<EObject> candidates(EObject modelRoot, String domainClass) {
        List<EObject> candidates = new ArrayList<>();
        EClass eClass = domainClass == null ? null : eClass(modelRoot.eClass().getEPackage(), domainClass);
        if (eClass == null || eClass.isInstance(modelRoot)) {
            candidates.add(modelRoot);
        }
        if (eClass != null) {
            modelRoot.eAllContents().forEachRemaining(e -> {
                if (eClass.isInstance(e)) {
                    candidates.add(e);
                }
            });
        }
        return candidates;
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
        EClass eClass = domainClass == null ? null : eClass(element.eClass().getEPackage(), domainClass);
        return eClass != null && eClass.isInstance(element);
    }

    /** A class of the Dovetail metamodel by its name, qualified by sub-package when it is not in the root package. */
    private static EClass eClass(EPackage any, String qualified) {
        EPackage root = any;
        while (root.getESuperPackage() != null) {
            root = root.getESuperPackage();
        }
        EPackage pkg = root;
        String name = qualified;
        int dot = qualified.indexOf('.');
        if (dot > 0) {
            String sub = qualified.substring(0, dot);
            pkg = root.getESubpackages().stream().filter(p -> p.getName().equals(sub)).findFirst().orElse(null);
            name = qualified.substring(dot + 1);
        }
        EClassifier classifier = pkg == null ? null : pkg.getEClassifier(name);
        return classifier instanceof EClass eClass ? eClass : null;
    }
}
