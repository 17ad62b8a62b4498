package org.dovetail.model.change;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The references to a set of elements: from the scope's cross-reference adapter when it has one, else by a walk. */
public final class Usages {

    private Usages() {
    }

    /** Where references to {@code element} can be: its resource set, else its resource, else its root object. */
    public static Notifier scopeOf(EObject element) {
        EObject root = EcoreUtil.getRootContainer(element);
        Resource resource = root.eResource();
        if (resource == null) {
            return root;
        }
        return resource.getResourceSet() != null ? resource.getResourceSet() : resource;
    }

    /** The references within {@code scope} (a resource set, resource or object) to {@code elements}. */
    public static Map<EObject, Collection<EStructuralFeature.Setting>> of(Notifier scope, Set<EObject> elements) {
        ECrossReferenceAdapter adapter = ECrossReferenceAdapter.getCrossReferenceAdapter(scope);
        if (adapter == null) {
            return EcoreUtil.UsageCrossReferencer.findAll(elements, List.of(scope));
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
