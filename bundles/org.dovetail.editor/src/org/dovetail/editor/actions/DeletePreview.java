package org.dovetail.editor.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What deleting some elements removes, said before it happens: the elements, everything they contain, and each
 * reference from an element that stays to one that goes (EMF.Edit's {@code DeleteCommand} removes those too).
 */
public record DeletePreview(List<String> selected, List<String> contents, List<String> references) {

    /** Works out what deleting {@code elements} would remove; {@code labels} names elements as the tree does. */
    public static DeletePreview of(Collection<EObject> elements, ResourceSet resources, Function<Object, String> labels) {
        Set<EObject> removed = new LinkedHashSet<>();
        List<String> contents = new ArrayList<>();
        for (EObject element : EcoreUtil.filterDescendants(elements)) {
            removed.add(element);
            for (TreeIterator<EObject> inside = element.eAllContents(); inside.hasNext();) {
                EObject child = inside.next();
                removed.add(child);
                contents.add(labels.apply(child));
            }
        }
        List<String> references = new ArrayList<>();
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(removed, resources);
        for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : usages.entrySet()) {
            for (EStructuralFeature.Setting setting : usage.getValue()) {
                EObject referrer = setting.getEObject();
                EStructuralFeature feature = setting.getEStructuralFeature();
                if (removed.contains(referrer) || !(feature instanceof EReference reference) || reference.isContainment()
                        || reference.isContainer() || reference.isDerived() || !reference.isChangeable()) {
                    continue;
                }
                references.add(labels.apply(referrer) + " · " + feature.getName() + " → " + labels.apply(usage.getKey()));
            }
        }
        references.sort(null);
        List<String> selected = elements.stream().map(labels::apply).toList();
        return new DeletePreview(selected, contents, references);
    }

    /** Whether the delete removes contents or references besides the selected elements (then it asks first). */
    public boolean removesMoreThanTheSelection() {
        return !contents.isEmpty() || !references.isEmpty();
    }
}
