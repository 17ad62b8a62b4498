package org.dovetail.sync.emf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The operations that turn project {@code a} into project {@code b}, elements matched by id
 * (the server's XMI import; a workbench "compare with"). Applied to {@code a} in order they give
 * exactly {@code b}, sibling order included. Three phases: structure (creates and moves, walking
 * {@code b} parents first, so a new parent exists before its children and nothing moves into its
 * own subtree), values, then deletes of what {@code b} no longer has (survivors have moved out by then).
 */
public final class ModelDiff {

    private final ProjectResources a;
    private final ProjectResources b;
    private final ElementIndex aIndex;
    private final ElementIndex bIndex;
    /** The containment lists of {@code a} as the emitted operations change them. */
    private final Map<List<String>, List<String>> lists = new HashMap<>();
    private final Map<String, List<String>> listOf = new HashMap<>();
    private final Set<String> deletedEarly = new HashSet<>();
    private final List<Operation> out = new ArrayList<>();

    private ModelDiff(ProjectResources a, ProjectResources b) {
        this.a = a;
        this.b = b;
        this.aIndex = ElementIndex.of(a.resourceSet());
        this.bIndex = ElementIndex.of(b.resourceSet());
    }

    public static List<Operation> diff(ProjectResources a, ProjectResources b) {
        ModelDiff diff = new ModelDiff(a, b);
        diff.simulateLists();
        diff.structure();
        diff.values();
        diff.deletes();
        return diff.out;
    }

    private void simulateLists() {
        for (Resource resource : a.resourceSet().getResources()) {
            List<String> key = List.of("", a.pathOf(resource));
            for (EObject root : resource.getContents()) {
                track(key, ModelTypes.idOf(root));
            }
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject element = it.next();
                for (EReference containment : ModelTypes.containments(element.eClass())) {
                    List<String> listKey = List.of(ModelTypes.idOf(element), containment.getName());
                    for (EObject child : children(element, containment)) {
                        track(listKey, ModelTypes.idOf(child));
                    }
                }
            }
        }
    }

    private void track(List<String> key, String id) {
        lists.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
        listOf.put(id, key);
    }

    private void structure() {
        for (Resource resource : b.resourceSet().getResources()) {
            if (!resource.getContents().isEmpty()) {
                String path = b.pathOf(resource);
                place(List.of("", path), resource.getContents(), null, null, path, true);
            }
        }
        for (Resource resource : b.resourceSet().getResources()) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject element = it.next();
                String id = ModelTypes.idOf(element);
                EObject before = aIndex.find(id);
                if (before != null && before.eClass() != element.eClass()) {
                    throw new SyncModelException("element '" + id + "' changed type from " + ModelTypes.typeOf(before.eClass())
                            + " to " + ModelTypes.typeOf(element.eClass()));
                }
                for (EReference containment : ModelTypes.containments(element.eClass())) {
                    place(List.of(id, containment.getName()), children(element, containment), id, containment.getName(), null,
                            containment.isMany());
                }
            }
        }
    }

    /** Makes the simulated list {@code key} start with {@code desired}, in order. */
    private void place(List<String> key, List<EObject> desired, String parent, String feature, String path, boolean many) {
        String previous = null;
        for (EObject child : desired) {
            String id = ModelTypes.idOf(child);
            List<String> list = lists.computeIfAbsent(key, k -> new ArrayList<>());
            int position = previous == null ? 0 : list.indexOf(previous) + 1;
            if (position < list.size() && list.get(position).equals(id)) {
                previous = id;
                continue;
            }
            if (!many && !list.isEmpty()) {
                freeSingleSlot(list.get(0));
            }
            List<String> current = listOf.get(id);
            if (current != null) {
                lists.get(current).remove(id);
                position = previous == null ? 0 : list.indexOf(previous) + 1;
            }
            list.add(position, id);
            listOf.put(id, key);
            Integer index = many ? position : null;
            out.add(current != null ? new Operation.Move(id, parent, feature, index, path)
                    : new Operation.Create(id, ModelTypes.typeOf(child.eClass()), parent, feature, path, index));
            previous = id;
        }
    }

    /** A single-valued containment slot must be empty before another element goes in. */
    private void freeSingleSlot(String occupant) {
        if (bIndex.contains(occupant)) {
            throw new SyncModelException("cannot diff: '" + occupant
                    + "' leaves a single-valued containment for another element and moves elsewhere");
        }
        out.add(new Operation.Delete(occupant));
        lists.get(listOf.remove(occupant)).remove(occupant);
        deletedEarly.add(occupant);
        for (TreeIterator<EObject> it = aIndex.get(occupant).eAllContents(); it.hasNext();) {
            deletedEarly.add(ModelTypes.idOf(it.next()));
        }
    }

    private void values() {
        for (Resource resource : b.resourceSet().getResources()) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject element = it.next();
                String id = ModelTypes.idOf(element);
                EObject before = aIndex.find(id);
                for (EStructuralFeature feature : ModelTypes.valueFeatures(element.eClass())) {
                    if (feature.isMany()) {
                        listValues(id, feature.getName(), before == null ? List.of() : strings(before, feature), strings(element, feature));
                    } else {
                        String was = before == null || !before.eIsSet(feature) ? null : ModelTypes.toValue(feature, before.eGet(feature));
                        String now = element.eIsSet(feature) ? ModelTypes.toValue(feature, element.eGet(feature)) : null;
                        if (!Objects.equals(was, now)) {
                            out.add(new Operation.SetValue(id, feature.getName(), now));
                        }
                    }
                }
            }
        }
    }

    private void listValues(String id, String feature, List<String> was, List<String> now) {
        List<String> working = new ArrayList<>(was);
        for (String value : was) {
            if (!now.contains(value)) {
                out.add(new Operation.RemoveValue(id, feature, value));
                working.remove(value);
            }
        }
        List<String> kept = now.stream().filter(working::contains).toList();
        int from = 0;
        if (!kept.equals(working)) {
            while (from < working.size() && from < now.size() && working.get(from).equals(now.get(from))) {
                from++;
            }
            while (working.size() > from) {
                out.add(new Operation.RemoveValue(id, feature, working.remove(working.size() - 1)));
            }
        }
        for (int i = from; i < now.size(); i++) {
            if (i >= working.size() || !working.get(i).equals(now.get(i))) {
                working.add(i, now.get(i));
                out.add(new Operation.AddValue(id, feature, now.get(i), i));
            }
        }
    }

    private void deletes() {
        for (Resource resource : a.resourceSet().getResources()) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                EObject element = it.next();
                String id = ModelTypes.idOf(element);
                if (deletedEarly.contains(id)) {
                    it.prune();
                } else if (!bIndex.contains(id) && !hasDoomedAncestor(element)) {
                    out.add(new Operation.Delete(id));
                }
            }
        }
    }

    /** Whether an ancestor of {@code element}, in its place after the structure phase, is also deleted. */
    private boolean hasDoomedAncestor(EObject element) {
        List<String> key = listOf.get(ModelTypes.idOf(element));
        while (key != null && !key.get(0).isEmpty()) {
            String parent = key.get(0);
            if (!bIndex.contains(parent)) {
                return true;
            }
            key = listOf.get(parent);
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> children(EObject element, EReference containment) {
        Object value = element.eGet(containment);
        if (containment.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    private static List<String> strings(EObject element, EStructuralFeature feature) {
        List<String> values = new ArrayList<>();
        for (Object value : (List<?>) element.eGet(feature)) {
            values.add(ModelTypes.toValue(feature, value));
        }
        return values;
    }
}
