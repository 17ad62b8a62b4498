package org.dovetail.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.model.DovetailPackage;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/** Design rules of the metamodel that a modelling expert would review for. */
class MetamodelStructureTest {

    @Test
    void metamodelIsValidEcore() {
        for (EPackage p : DovetailResources.packages()) {
            Diagnostic d = Diagnostician.INSTANCE.validate(p);
            assertTrue(d.getSeverity() < Diagnostic.ERROR, p.getName() + ": " + d);
        }
    }

    @Test
    void everyConcreteClassHasAStableId() {
        EAttribute id = DovetailPackage.Literals.IDENTIFIED__ID;
        assertTrue(id.isID());
        List<String> without = new ArrayList<>();
        for (EPackage p : DovetailResources.packages()) {
            for (EClassifier c : p.getEClassifiers()) {
                if (c instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()
                        && !DovetailPackage.Literals.IDENTIFIED.isSuperTypeOf(eClass)) {
                    without.add(eClass.getName());
                }
            }
        }
        assertEquals(List.of(), without, "classes whose instances would have no UUID");
    }

    @Test
    void everyConcreteClassIsContainedSomewhere() {
        List<String> orphans = new ArrayList<>();
        for (EPackage p : DovetailResources.packages()) {
            for (EClassifier c : p.getEClassifiers()) {
                if (c instanceof EClass eClass && !eClass.isAbstract() && eClass != DovetailPackage.Literals.DOVETAIL_MODEL
                        && !isContainable(eClass)) {
                    orphans.add(eClass.getName());
                }
            }
        }
        assertEquals(List.of(), orphans, "classes with no containment reference that can hold them");
    }

    @Test
    void noReferenceIsTypedAsPlainEObjectOrString() {
        for (EPackage p : DovetailResources.packages()) {
            for (EClassifier c : p.getEClassifiers()) {
                if (c instanceof EClass eClass) {
                    for (EReference r : eClass.getEReferences()) {
                        assertTrue(r.getEReferenceType().getEPackage() != org.eclipse.emf.ecore.EcorePackage.eINSTANCE,
                                eClass.getName() + "." + r.getName() + " is typed by an Ecore class");
                    }
                }
            }
        }
    }

    private static boolean isContainable(EClass target) {
        for (EPackage p : DovetailResources.packages()) {
            for (EClassifier c : p.getEClassifiers()) {
                if (c instanceof EClass owner) {
                    for (EReference r : owner.getEReferences()) {
                        if (r.isContainment() && r.getEReferenceType().isSuperTypeOf(target)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
