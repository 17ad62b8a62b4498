package org.dovetail.sync.emf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dovetail.model.Identified;
import org.dovetail.model.change.TouchRecorder;
import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Applies operations to the models of a project, all or nothing: when any operation fails, every
 * change made by the earlier ones is reversed and new resources are dropped, and the error names the
 * operation and why ({@code operation 3 (set): unknown element id 'x'}).
 *
 * <p>Costs in proportion to the change, not the model: only the objects an operation modifies are
 * recorded ({@link TouchRecorder}), and a caller that keeps the model can keep its {@link ElementIndex}
 * too ({@link #OperationApplier(ProjectResources, ElementIndex)}) instead of one being built per call.</p>
 */
public final class OperationApplier {

    private final ProjectResources resources;
    private final ElementIndex keptIndex;

    /** An applier that indexes the model afresh on every call (for callers that do not keep the model). */
    public OperationApplier(ProjectResources resources) {
        this(resources, null);
    }

    /** An applier that uses and maintains {@code index}, which must index every element of {@code resources}. */
    public OperationApplier(ProjectResources resources, ElementIndex index) {
        this.resources = resources;
        this.keptIndex = index;
    }

    /** Applies {@code operations} in order; returns the ids the deletes removed (subtrees included). */
    public Set<String> apply(List<Operation> operations) {
        return applyRecorded(operations).deleted();
    }

    /**
     * Applies {@code operations} in order and keeps what reverses them: {@link Applied#revert()} puts the
     * model (and the kept index) back as it was before this call.
     */
    public Applied applyRecorded(List<Operation> operations) {
        List<Resource> resourcesBefore = new ArrayList<>(resources.resourceSet().getResources());
        ElementIndex index = keptIndex != null ? keptIndex : ElementIndex.of(resources.resourceSet());
        TouchRecorder recorder = new TouchRecorder();
        Run run = new Run(index, recorder);
        int position = 0;
        try {
            for (Operation op : operations) {
                run.apply(op);
                position++;
            }
            ChangeDescription undo = recorder.endRecording();
            recorder.dispose();
            return new Applied(run.deleted, undo, run.indexLog, index, resources, resourcesBefore);
        } catch (RuntimeException e) {
            ChangeDescription changes = recorder.endRecording();
            recorder.dispose();
            new Applied(run.deleted, changes, run.indexLog, index, resources, resourcesBefore).revert();
            String what = position < operations.size() ? describe(operations.get(position)) : "";
            String message = e instanceof SyncModelException ? e.getMessage() : e.toString();
            throw new SyncModelException("operation " + (position + 1) + " of " + operations.size() + " (" + what
                    + "): " + message + "; nothing was changed", e);
        }
    }

    /**
     * What one call changed: the ids deleted (subtrees included) and the change description that reverses
     * the recorded objects (only those the operations modified).
     */
    public static final class Applied {
        private final Set<String> deleted;
        private final ChangeDescription undo;
        private final List<IndexChange> indexLog;
        private final ElementIndex index;
        private final ProjectResources resources;
        private final List<Resource> resourcesBefore;

        Applied(Set<String> deleted, ChangeDescription undo, List<IndexChange> indexLog, ElementIndex index,
                ProjectResources resources, List<Resource> resourcesBefore) {
            this.deleted = deleted;
            this.undo = undo;
            this.indexLog = indexLog;
            this.index = index;
            this.resources = resources;
            this.resourcesBefore = resourcesBefore;
        }

        public Set<String> deleted() {
            return deleted;
        }

        /** Reverses the recorded objects' changes (read it before {@link #revert()}; applying it empties it). */
        public ChangeDescription undo() {
            return undo;
        }

        /** Puts the model and the index back as they were before the call. */
        public void revert() {
            undo.apply();
            resources.resourceSet().getResources().retainAll(resourcesBefore);
            for (int i = indexLog.size() - 1; i >= 0; i--) {
                IndexChange change = indexLog.get(i);
                if (change.added()) {
                    index.removeTree(change.element());
                } else {
                    index.addTree(change.element());
                }
            }
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

    /** An element added to or (with its subtree) removed from the index. */
    private record IndexChange(boolean added, EObject element) {
    }

    /** One application's state: the id index, the recorder of touched objects, and what was deleted. */
    private final class Run {

        private final ElementIndex index;
        private final TouchRecorder recorder;
        private final Set<String> deleted = new LinkedHashSet<>();
        private final List<IndexChange> indexLog = new ArrayList<>();

        Run(ElementIndex index, TouchRecorder recorder) {
            this.index = index;
            this.recorder = recorder;
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
            indexLog.add(new IndexChange(true, element));
        }

        private void delete(Operation.Delete d) {
            EObject element = index.get(d.id());
            for (EObject x : recorder.delete(element, resources.resourceSet())) {
                deleted.add(ModelTypes.idOf(x));
            }
            index.removeTree(element);
            indexLog.add(new IndexChange(false, element));
        }

        private void set(Operation.SetValue s) {
            EObject element = index.get(s.id());
            EStructuralFeature feature = ModelTypes.valueFeature(element.eClass(), s.feature());
            if (feature.isMany()) {
                throw new SyncModelException(ModelTypes.typeOf(element.eClass()) + "." + feature.getName()
                        + " is many-valued: use add/remove");
            }
            Object value = s.value() == null ? null : value(feature, s.value());
            recorder.trackReference(element, feature, value);
            if (s.value() == null) {
                element.eUnset(feature);
            } else {
                element.eSet(feature, value);
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
            recorder.trackReference(element, feature, value);
            list.add(clamp(a.index(), list.size()), value);
        }

        private void remove(Operation.RemoveValue r) {
            EObject element = index.get(r.id());
            EStructuralFeature feature = ModelTypes.valueFeature(element.eClass(), r.feature());
            EList<Object> list = manyValues(element, feature);
            Object value = feature instanceof EAttribute ? value(feature, r.value()) : index.find(r.value());
            if (value != null) {
                recorder.trackReference(element, feature, value);
            }
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
            recorder.trackContainer(element);
            place(element, m.parent(), m.feature(), m.index(), m.resource());
        }

        /** Puts {@code element} into a containment feature or, with no parent, among a resource's roots. */
        @SuppressWarnings("unchecked")
        private void place(EObject element, String parentId, String featureName, Integer position, String path) {
            if (parentId == null) {
                Resource resource = resources.resource(path);
                recorder.track(resource);
                EList<EObject> roots = resource.getContents();
                placeInList(roots, element, position);
                return;
            }
            EObject parent = index.get(parentId);
            recorder.track(parent);
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
            // A new element is in no list: looking for it walked the whole list (resolving each entry), once per
            // created element, quadratic in a large model's seed. Containment lists hold no proxies: basicIndexOf.
            int current = element.eContainer() == null && element.eResource() == null ? -1 : ((InternalEList<EObject>) list).basicIndexOf(element);
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
