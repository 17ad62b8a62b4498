package org.dovetail.diagram.api;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * The elements of a model a diagram description can be drawn on: instances of its domain class, named as in the
 * descriptions ({@code process.Process}: sub-package and class; a root-package class by its name alone). Shared by
 * the editor's Open Diagram and the headless {@code export-diagram}.
 */
public final class DomainElements {

    private DomainElements() {
    }

    /** The model's elements of {@code domainClass}, the root first; an unknown or null class gives just the root. */
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

    /** A class of the metamodel {@code any} belongs to, by its qualified name; {@code null} when there is none. */
    public static EClass eClass(EPackage any, String qualified) {
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
