package org.dovetail.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Compares two attached elements by document order (the order of a walk with {@code eAllContents}), without a walk:
 * through their container chains. Costs the depth plus an index look-up in the lists where the chains part.
 */
public final class DocumentOrder implements Comparator<EObject> {

    private final List<EObject> roots;

    public DocumentOrder(List<EObject> roots) {
        this.roots = roots;
    }

    @Override
    public int compare(EObject a, EObject b) {
        if (a == b) {
            return 0;
        }
        List<EObject> pathA = chain(a);
        List<EObject> pathB = chain(b);
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        if (i == pathA.size()) {
            return -1; // a contains b
        }
        if (i == pathB.size()) {
            return 1;
        }
        EObject x = pathA.get(i);
        EObject y = pathB.get(i);
        if (i == 0) {
            return Integer.compare(rootIndex(x), rootIndex(y));
        }
        EObject parent = pathA.get(i - 1);
        EReference fx = x.eContainmentFeature();
        EReference fy = y.eContainmentFeature();
        if (fx != fy) {
            List<EReference> order = parent.eClass().getEAllContainments();
            return Integer.compare(order.indexOf(fx), order.indexOf(fy));
        }
        if (!fx.isMany()) {
            return 0;
        }
        List<?> siblings = (List<?>) parent.eGet(fx);
        return Integer.compare(siblings.indexOf(x), siblings.indexOf(y));
    }

    private int rootIndex(EObject root) {
        int index = roots.indexOf(root);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static List<EObject> chain(EObject o) {
        List<EObject> chain = new ArrayList<>(8);
        for (EObject c = o; c != null; c = c.eContainer()) {
            chain.add(c);
        }
        Collections.reverse(chain);
        return chain;
    }
}
