package org.dovetail.cli.diagram;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/** Finds the element a diagram is drawn on: an instance of the description's domain class, by name or id. */
final class DiagramRoots {

    private DiagramRoots() {
    }

    /** Every element of the model a diagram of {@code domainClass} can be drawn on, in model order. */
    static List<EObject> all(DovetailModel model, String domainClass) {
        EClass eClass = eClass(model.eClass().getEPackage(), domainClass);
        List<EObject> candidates = new ArrayList<>();
        if (eClass.isInstance(model)) {
            candidates.add(model);
        }
        model.eAllContents().forEachRemaining(e -> {
            if (eClass.isInstance(e)) {
                candidates.add(e);
            }
        });
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
            pkg = root.getESubpackages().stream().filter(p -> p.getName().equals(sub)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown package " + sub));
            name = qualified.substring(dot + 1);
        }
        EClassifier classifier = pkg.getEClassifier(name);
        if (!(classifier instanceof EClass eClass)) {
            throw new IllegalArgumentException("unknown class " + qualified);
        }
        return eClass;
    }
}
