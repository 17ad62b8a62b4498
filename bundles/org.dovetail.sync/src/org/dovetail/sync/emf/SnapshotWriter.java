package org.dovetail.sync.emf;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A model as the operations that rebuild it, applicable in order to an empty project: first every
 * {@code create} (roots with their file, then each element after its parent, in containment order),
 * then every {@code set}/{@code add} (so that references find their targets).
 */
public final class SnapshotWriter {

    private SnapshotWriter() {
    }

    /** The whole project: every non-empty resource of the set, in resource-set order. */
    public static List<Operation> write(ProjectResources resources) {
        List<Operation> creates = new ArrayList<>();
        List<Operation> values = new ArrayList<>();
        for (Resource resource : resources.resourceSet().getResources()) {
            if (resource.getContents().isEmpty()) {
                continue;
            }
            String path = resources.pathOf(resource);
            int position = 0;
            for (EObject root : resource.getContents()) {
                creates.add(new Operation.Create(ModelTypes.idOf(root), ModelTypes.typeOf(root.eClass()), null, null, path,
                        position++));
                subtree(root, creates, values);
            }
        }
        creates.addAll(values);
        return creates;
    }

    /**
     * The operations that create {@code element}'s contents and give the whole subtree its values,
     * the create of {@code element} itself excluded (the caller knows where it goes).
     */
    public static List<Operation> subtree(EObject element) {
        List<Operation> creates = new ArrayList<>();
        List<Operation> values = new ArrayList<>();
        subtree(element, creates, values);
        creates.addAll(values);
        return creates;
    }

    private static void subtree(EObject top, List<Operation> creates, List<Operation> values) {
        values(top, values);
        for (TreeIterator<EObject> it = top.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            EReference containment = element.eContainmentFeature();
            EObject parent = element.eContainer();
            Integer position = containment.isMany() ? ((List<?>) parent.eGet(containment)).indexOf(element) : null;
            creates.add(new Operation.Create(ModelTypes.idOf(element), ModelTypes.typeOf(element.eClass()),
                    ModelTypes.idOf(parent), containment.getName(), null, position));
            values(element, values);
        }
    }

    /** The set/add operations that give {@code element} its current values. */
    public static void values(EObject element, List<Operation> out) {
        String id = ModelTypes.idOf(element);
        for (EStructuralFeature feature : ModelTypes.valueFeatures(element.eClass())) {
            if (!element.eIsSet(feature)) {
                continue;
            }
            if (feature.isMany()) {
                for (Object value : (List<?>) element.eGet(feature)) {
                    out.add(new Operation.AddValue(id, feature.getName(), ModelTypes.toValue(feature, value), null));
                }
            } else {
                out.add(new Operation.SetValue(id, feature.getName(), ModelTypes.toValue(feature, element.eGet(feature))));
            }
        }
    }
}
