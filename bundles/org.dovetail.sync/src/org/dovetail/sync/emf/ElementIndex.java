package org.dovetail.sync.emf;

import java.util.HashMap;
import java.util.Map;

import org.dovetail.model.Identified;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** Element id → element over a whole resource set. */
public final class ElementIndex {

    private final Map<String, EObject> byId = new HashMap<>();

    public static ElementIndex of(ResourceSet resourceSet) {
        ElementIndex index = new ElementIndex();
        for (Resource resource : resourceSet.getResources()) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                index.add(it.next());
            }
        }
        return index;
    }

    public void add(EObject element) {
        if (element instanceof Identified identified && identified.getId() != null) {
            byId.put(identified.getId(), element);
        }
    }

    /** Adds {@code element} and everything it contains. */
    public void addTree(EObject element) {
        add(element);
        for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
            add(it.next());
        }
    }

    public void removeTree(EObject element) {
        byId.remove(ModelTypes.idOf(element));
        for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified) {
                byId.remove(identified.getId());
            }
        }
    }

    public EObject find(String id) {
        return byId.get(id);
    }

    /** The element with {@code id}; a clear error when the model has none. */
    public EObject get(String id) {
        EObject element = byId.get(id);
        if (element == null) {
            throw new SyncModelException("unknown element id '" + id + "'");
        }
        return element;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public int size() {
        return byId.size();
    }
}
