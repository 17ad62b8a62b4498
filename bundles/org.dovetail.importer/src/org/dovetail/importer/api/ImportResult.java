package org.dovetail.importer.api;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What an applied import did.
 *
 * @param focus the element to show afterwards (the process or the event log)
 * @param added the new elements
 * @param updated the elements that changed
 * @param removed how many elements were removed (they were imported before and are gone from the file)
 */
public record ImportResult(EObject focus, List<EObject> added, List<EObject> updated, int removed) {

    public ImportResult {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
    }

    @Override
    public String toString() {
        return added.size() + " added, " + updated.size() + " changed, " + removed + " removed";
    }
}
