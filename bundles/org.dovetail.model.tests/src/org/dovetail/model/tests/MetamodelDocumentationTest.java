package org.dovetail.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Every package, classifier, feature and literal of the metamodel carries GenModel documentation. */
class MetamodelDocumentationTest {

    @Test
    void everyModelElementIsDocumented() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (EPackage p : DovetailResources.packages()) {
            checked += check(p, p.getName(), missing);
            for (EClassifier c : p.getEClassifiers()) {
                checked += check(c, p.getName() + "::" + c.getName(), missing);
                if (c instanceof EClass eClass) {
                    for (EStructuralFeature f : eClass.getEStructuralFeatures()) {
                        checked += check(f, p.getName() + "::" + c.getName() + "." + f.getName(), missing);
                    }
                }
                if (c instanceof EEnum eEnum) {
                    for (EEnumLiteral l : eEnum.getELiterals()) {
                        checked += check(l, p.getName() + "::" + c.getName() + "." + l.getName(), missing);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "undocumented metamodel elements");
        assertTrue(checked > 400, "expected a metamodel of several hundred elements, checked " + checked);
    }

    @Test
    void documentationIsRealProse() {
        for (EPackage p : DovetailResources.packages()) {
            for (EClassifier c : p.getEClassifiers()) {
                String doc = EcoreUtil.getDocumentation(c);
                assertTrue(doc.length() >= 10 && !doc.equalsIgnoreCase(c.getName()),
                        () -> c.getName() + " has a placeholder documentation: " + doc);
            }
        }
    }

    private static int check(EModelElement element, String path, List<String> missing) {
        String doc = EcoreUtil.getDocumentation(element);
        if (doc == null || doc.isBlank()) {
            missing.add(path);
        }
        return element instanceof ENamedElement ? 1 : 0;
    }
}
