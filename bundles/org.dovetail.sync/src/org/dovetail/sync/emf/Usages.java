package org.dovetail.sync.emf;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The references to a set of elements: from the resource set's cross-reference adapter when it has one, else by a walk. */
final class Usages {

    private Usages() {
    }

    static Map<EObject, Collection<EStructuralFeature.Setting>> of(ResourceSet resourceSet, Set<EObject> elements) {
        ECrossReferenceAdapter adapter = ECrossReferenceAdapter.getCrossReferenceAdapter(resourceSet);
        if (adapter == null) {
            return EcoreUtil.UsageCrossReferencer.findAll(elements, resourceSet);
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = new LinkedHashMap<>();
        for (EObject element : elements) {
            Collection<EStructuralFeature.Setting> settings = adapter.getInverseReferences(element, false);
            if (!settings.isEmpty()) {
                usages.put(element, settings);
            }
        }
        return usages;
    }
}
