package org.dovetail.diagram.internal;

import org.dovetail.model.Identified;
import org.dovetail.model.resource.DovetailIds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The id diagram state uses for a semantic element: its Dovetail UUID. */
public final class SemanticIds {

    private SemanticIds() {
    }

    public static String id(EObject element) {
        if (element instanceof Identified identified) {
            if (identified.getId() == null) {
                DovetailIds.ensureId(identified);
            }
            return identified.getId();
        }
        return EcoreUtil.getURI(element).fragment();
    }

    /** Whether {@code element} is {@code root} or inside it (so a removed element no longer counts). */
    public static boolean isUnder(EObject element, EObject root) {
        return element != null && EcoreUtil.isAncestor(root, element);
    }
}
