package org.dovetail.server;

import java.util.Map;
import java.util.TreeMap;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Identified;
import org.eclipse.emf.ecore.EObject;

/**
 * What a model holds, counted by metamodel area (process, digital, governance…). The server
 * reports it for a project; it also proves that the server runs on the workbench's model jar.
 */
public record ModelInventory(int elements, Map<String, Integer> byArea) {

    public static ModelInventory of(DovetailModel model) {
        Map<String, Integer> byArea = new TreeMap<>();
        int total = 0;
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof Identified) {
                total++;
                byArea.merge(element.eClass().getEPackage().getName(), 1, Integer::sum);
            }
        }
        return new ModelInventory(total, byArea);
    }
}
