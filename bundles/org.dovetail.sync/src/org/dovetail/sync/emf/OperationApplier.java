package org.dovetail.sync.emf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dovetail.model.Identified;
import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Applies operations to the models of a project, all or nothing: when any operation fails, every
 * change made by the earlier ones is reversed (EMF's change recorder) and new resources are
 * dropped, and the error names the operation and why ({@code operation 3 (set): unknown element id 'x'}).
 */
public final class OperationApplier {

    private final ProjectResources resources;

    public OperationApplier(ProjectResources resources) {
        this.resources = resources;
    }

    /** Applies {@code operations} in order; returns the ids the deletes removed (subtrees included). */
    public Set<String> apply(List<Operation> operations) {
        List<Resource> resourcesBefore = new ArrayList<>(resources.resourceSet().getResources());
        ChangeRecorder recorder = new ChangeRecorder(resources.resourceSet());
        Run run = new Run(ElementIndex.of(resources.resourceSet()));
        int position = 0;
        try {
            for (Operation op : operations) {
                run.apply(op);
                position++;
            }
            recorder.dispose();
            return run.deleted;
        } catch (RuntimeException e) {
            ChangeDescription changes = recorder.endRecording();
            recorder.dispose();
            changes.apply();
            resources.resourceSet().getResources().retainAll(resourcesBefore);
            String what = position < operations.size() ? describe(operations.get(position)) : "";
            String message = e instanceof SyncModelException ? e.getMessage() : e.toString();
            throw new SyncModelException("operation " + (position + 1) + " of " + operations.size() + " (" + what
                    + "): " + message + "; nothing was changed", e);
        }
    }

    private static String describe(Operation op) {
        String name = switch (op) {
        case Operation.Create c -> "create";
        case Operation.Delete d -> "delete";
        case Operation.SetValue s -> "set";
        case Operation.AddValue a -> "add";
        case Operation.RemoveValue r -> "remove";
        case Operation.Move m -> "move";
        };
        return name + " " + op.id();
    }

    /** One application's state: the id index and what was deleted. */
    private final class Run {

        private final ElementIndex index;
        private final Set<String> deleted = new LinkedHashSet<>();

        Run(ElementIndex index) {
            this.index = index;
        }

        void apply(Operation op) {
            switch (op) {
            case Operation.Create c -> create(c);
            case Operation.Delete d -> delete(d);
            case Operation.SetValue s -> set(s);
            case Operation.AddValue a -> add(a);
            case Operation.RemoveValue r -> remove(r);
            case Operation.Move m -> move(m);
            }
        }

        private void create(Operation.Create c) {
            if (index.contains(c.id())) {
                throw new SyncModelException("element id '" + c.id() + "' already exists");
            }
            EClass eClass = ModelTypes.eClass(c.type());
            EObject element = EcoreUtil.create(eClass);
            ((Identified) element).setId(c.id());
            place(element, c.parent(), c.feature(), c.index(), c.resource());
            index.add(element);
        }

        private void delete(Operation.Delete d) {
            EObject element = index.get(d.id());
            deleted.add(d.id());
            for (var it = element.eAllContents(); it.hasNext();) {
                deleted.add(ModelTypes.idOf(it.next()));
            }
            index.removeTree(element);
            // Also drops references to the subtree from the rest of the model: none may dangle.
            EcoreUtil.delete(element, true);
        }

        private void set(Operation.SetValue s) {
            EObject element = index.get(s.id());
            EStructuralFeature feature = ModelTypes.valueFeature(element.eClass(), s.feature());
            if (feature.isMany()) {
                throw new SyncModelException(ModelTypes.typeOf(element.eClass()) + "." + feature.getName()
                        + " is many-valued: use add/remove");
            }
            if (s.value() == null) {
                element.eUnset(feature);
            } else {
                element.eSet(feature, value(feature, s.value()));
            }
        }

        private void add(Operation.AddValue a) {
            EObject element = index.get(a.id());
            EStructuralFeature feature = ModelTypes.valueFeature(element.eClass(), a.feature());
            EList<Object> list = manyValues(element, feature);
            Object value = value(feature, a.value());
            if (feature.isUnique() && list.contains(value)) {
                throw new SyncModelException(ModelTypes.typeOf(element.eClass()) + "." + a.feature() + " of '" + a.id()
                        + "' already contains '" + a.value() + "'");
            }
            list.add(clamp(a.index(), list.size()), value);
        }

        private void remove(Operation.RemoveValue r) {
            EObject element = index.get(r.id());
            EStructuralFeature feature = ModelTypes.valueFeature(element.eClass(), r.feature());
            EList<Object> list = manyValues(element, feature);
            Object value = feature instanceof EAttribute ? value(feature, r.value()) : index.find(r.value());
            if (value == null || !list.remove(value)) {
                throw new SyncModelException(ModelTypes.typeOf(element.eClass()) + "." + r.feature() + " of '" + r.id()
                        + "' does not contain '" + r.value() + "'");
            }
        }

        private void move(Operation.Move m) {
            EObject element = index.get(m.id());
            if (m.parent() != null) {
                EObject parent = index.get(m.parent());
                for (EObject p = parent; p != null; p = p.eContainer()) {
                    if (p == element) {
                        throw new SyncModelException("cannot move '" + m.id() + "' into its own subtree ('" + m.parent() + "')");
                    }
                }
            }
            place(element, m.parent(), m.feature(), m.index(), m.resource());
        }

        /** Puts {@code element} into a containment feature or, with no parent, among a resource's roots. */
        @SuppressWarnings("unchecked")
        private void place(EObject element, String parentId, String featureName, Integer position, String path) {
            if (parentId == null) {
                EList<EObject> roots = resources.resource(path).getContents();
                placeInList(roots, element, position);
                return;
            }
            EObject parent = index.get(parentId);
            EReference containment = ModelTypes.containment(parent.eClass(), featureName);
            if (!containment.getEReferenceType().isSuperTypeOf(element.eClass())) {
                throw new SyncModelException(ModelTypes.typeOf(element.eClass()) + " cannot be placed in "
                        + ModelTypes.typeOf(parent.eClass()) + "." + featureName + " (holds "
                        + ModelTypes.typeOf(containment.getEReferenceType()) + ")");
            }
            if (containment.isMany()) {
                placeInList((EList<EObject>) parent.eGet(containment), element, position);
            } else {
                Object current = parent.eGet(containment);
                if (current != null && current != element) {
                    throw new SyncModelException(ModelTypes.typeOf(parent.eClass()) + "." + featureName + " of '" + parentId
                            + "' already holds '" + ModelTypes.idOf((EObject) current) + "'");
                }
                parent.eSet(containment, element);
            }
        }

        private void placeInList(EList<EObject> list, EObject element, Integer position) {
            int current = list.indexOf(element);
            if (current >= 0) {
                list.move(clamp(position, list.size() - 1), current);
            } else {
                list.add(clamp(position, list.size()), element);
            }
        }

        @SuppressWarnings("unchecked")
        private EList<Object> manyValues(EObject element, EStructuralFeature feature) {
            if (!feature.isMany()) {
                throw new SyncModelException(ModelTypes.typeOf(element.eClass()) + "." + feature.getName()
                        + " is single-valued: use set");
            }
            return (EList<Object>) element.eGet(feature);
        }

        private Object value(EStructuralFeature feature, String value) {
            if (feature instanceof EAttribute attribute) {
                return ModelTypes.attributeValue(attribute, value);
            }
            EObject target = index.find(value);
            if (target == null) {
                throw new SyncModelException("unknown element id '" + value + "' as value of "
                        + ModelTypes.typeOf(feature.getEContainingClass()) + "." + feature.getName());
            }
            EClass expected = ((EReference) feature).getEReferenceType();
            if (!expected.isSuperTypeOf(target.eClass())) {
                throw new SyncModelException("'" + value + "' is a " + ModelTypes.typeOf(target.eClass()) + ", but "
                        + ModelTypes.typeOf(feature.getEContainingClass()) + "." + feature.getName() + " holds "
                        + ModelTypes.typeOf(expected));
            }
            return target;
        }

        private static int clamp(Integer position, int size) {
            if (position == null || position > size) {
                return size;
            }
            if (position < 0) {
                throw new SyncModelException("negative index " + position);
            }
            return position;
        }
    }
}
