package org.dovetail.sync.emf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.model.Identified;
import org.dovetail.model.resource.DovetailIds;
import org.dovetail.sync.protocol.Operation;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Records the edits of a project's resource set as operations, in order, for the sync journal.
 *
 * <p>A containment remove is held back until {@link #takeOperations()}: if the element comes back
 * elsewhere first it was a move ({@code move}); otherwise it was a delete, and the recorder drops
 * the references the rest of the model still has to the deleted subtree, emitting the
 * {@code set}/{@code remove} operations for them before the {@code delete}. New elements are
 * recorded with their whole subtree and values. Remote changes are applied {@link #paused}.
 */
public final class LocalChangeRecorder implements AutoCloseable {

    private final ProjectResources resources;
    private final Adapter adapter = new Adapter();
    private final List<Operation> recorded = new ArrayList<>();
    /** Containment removes not yet known to be deletes (a move is a remove directly followed by an add). */
    private final Map<String, EObject> pending = new LinkedHashMap<>();
    /** Elements deleted in this session: later removals of references to them were done by the delete. */
    private final Set<EObject> deleted = new HashSet<>();
    private int pauseDepth;

    public LocalChangeRecorder(ProjectResources resources) {
        this.resources = resources;
        resources.resourceSet().eAdapters().add(adapter);
    }

    /** The operations recorded since the last call; clears the recorder. */
    public List<Operation> takeOperations() {
        finishDeletes();
        List<Operation> operations = List.copyOf(recorded);
        recorded.clear();
        deleted.clear();
        return operations;
    }

    public boolean isEmpty() {
        return recorded.isEmpty() && pending.isEmpty();
    }

    /** Runs {@code action} without recording (applying pulled changes, reverting). */
    public void paused(Runnable action) {
        pauseDepth++;
        try {
            action.run();
        } finally {
            pauseDepth--;
        }
    }

    @Override
    public void close() {
        resources.resourceSet().eAdapters().remove(adapter);
    }

    /** The removed elements that did not come back are deleted: drop the references to them, then delete. */
    private void finishDeletes() {
        List<Map.Entry<String, EObject>> removed = List.copyOf(pending.entrySet());
        pending.clear();
        for (Map.Entry<String, EObject> entry : removed) {
            dropReferencesTo(entry.getValue(), recorded);
            recorded.add(new Operation.Delete(entry.getKey()));
        }
    }

    /** Removes every reference from the live model into {@code removed}'s subtree; records the synced ones. */
    private void dropReferencesTo(EObject removed, List<Operation> out) {
        Set<EObject> doomed = new HashSet<>();
        doomed.add(removed);
        removed.eAllContents().forEachRemaining(doomed::add);
        deleted.addAll(doomed);
        paused(() -> {
            for (Resource resource : resources.resourceSet().getResources()) {
                for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                    EObject element = it.next();
                    for (EReference reference : element.eClass().getEAllReferences()) {
                        if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable()
                                && !reference.isDerived() && element.eIsSet(reference)) {
                            drop(element, reference, doomed, out);
                        }
                    }
                }
            }
        });
    }

    private static void drop(EObject element, EReference reference, Set<EObject> doomed, List<Operation> out) {
        boolean synced = ModelTypes.isValueFeature(reference);
        String id = ModelTypes.idOf(element);
        if (reference.isMany()) {
            List<?> values = (List<?>) element.eGet(reference, false);
            for (Object value : List.copyOf(values)) {
                if (doomed.contains(value)) {
                    if (synced) {
                        out.add(new Operation.RemoveValue(id, reference.getName(), ModelTypes.idOf((EObject) value)));
                    }
                    values.remove(value);
                }
            }
        } else if (doomed.contains(element.eGet(reference, false))) {
            if (synced) {
                out.add(new Operation.SetValue(id, reference.getName(), null));
            }
            element.eUnset(reference);
        }
    }

    private final class Adapter extends EContentAdapter {

        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (pauseDepth > 0 || n.isTouch() || isLoading(n.getNotifier())) {
                return;
            }
            Object notifier = n.getNotifier();
            if (!pending.isEmpty() && !isPartOfMove(n)) {
                finishDeletes();
            }
            if (notifier instanceof ResourceSet) {
                if (n.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES
                        && n.getEventType() == Notification.ADD && n.getNewValue() instanceof Resource resource) {
                    int position = 0;
                    for (EObject root : resource.getContents()) {
                        added(root, null, null, resources.pathOf(resource), position++);
                    }
                }
            } else if (notifier instanceof Resource resource) {
                if (n.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS) {
                    containment(n, null, null, resources.pathOf(resource), true);
                }
            } else if (notifier instanceof EObject owner && n.getFeature() instanceof EStructuralFeature feature) {
                if (feature instanceof EReference reference && reference.isContainment()) {
                    containment(n, ModelTypes.idOf(owner), reference.getName(), null, reference.isMany());
                } else if (ModelTypes.isValueFeature(feature)) {
                    value(n, ModelTypes.idOf(owner), feature);
                }
            }
        }

        /** The add that completes a move of a removed element (or a change on the removed element itself). */
        private boolean isPartOfMove(Notification n) {
            if (isPending(n.getNewValue()) || n.getNewValue() instanceof List<?> many && many.stream().anyMatch(this::isPending)) {
                return true;
            }
            return n.getNotifier() instanceof EObject changed && pending.containsValue(EcoreUtil.getRootContainer(changed));
        }

        private boolean isPending(Object value) {
            return value instanceof Identified identified && pending.get(identified.getId()) == value;
        }

        private boolean isLoading(Object notifier) {
            Resource resource = notifier instanceof Resource r ? r : notifier instanceof EObject e ? e.eResource() : null;
            return resource instanceof Resource.Internal internal && internal.isLoading();
        }

        private void containment(Notification n, String parent, String feature, String path, boolean many) {
            switch (n.getEventType()) {
            case Notification.ADD -> added((EObject) n.getNewValue(), parent, feature, path, many ? n.getPosition() : null);
            case Notification.ADD_MANY -> {
                int position = n.getPosition();
                for (Object child : (List<?>) n.getNewValue()) {
                    added((EObject) child, parent, feature, path, position++);
                }
            }
            case Notification.REMOVE -> removed((EObject) n.getOldValue());
            case Notification.REMOVE_MANY -> ((List<?>) n.getOldValue()).forEach(child -> removed((EObject) child));
            case Notification.SET, Notification.UNSET -> {
                if (n.getOldValue() instanceof EObject old) {
                    removed(old);
                }
                if (n.getNewValue() instanceof EObject child) {
                    added(child, parent, feature, path, many ? n.getPosition() : null);
                }
            }
            case Notification.MOVE -> recorded.add(new Operation.Move(ModelTypes.idOf((EObject) n.getNewValue()), parent, feature,
                    n.getPosition(), path));
            default -> {
            }
            }
        }

        private void added(EObject child, String parent, String feature, String path, Integer position) {
            DovetailIds.ensureId(child);
            String id = ModelTypes.idOf(child);
            if (pending.remove(id) != null) {
                deleted.remove(child);
                recorded.add(new Operation.Move(id, parent, feature, position, path));
                return;
            }
            recorded.add(new Operation.Create(id, ModelTypes.typeOf(child.eClass()), parent, feature, path, position));
            child.eAllContents().forEachRemaining(DovetailIds::ensureId);
            recorded.addAll(SnapshotWriter.subtree(child));
        }

        private void removed(EObject child) {
            pending.put(ModelTypes.idOf(child), child);
        }

        private void removeValue(String id, EStructuralFeature feature, Object value) {
            if (!deleted.contains(value)) { // the delete already dropped that reference
                recorded.add(new Operation.RemoveValue(id, feature.getName(), ModelTypes.toValue(feature, value)));
            }
        }

        private void value(Notification n, String id, EStructuralFeature feature) {
            String name = feature.getName();
            if (!feature.isMany()) {
                if (n.getEventType() == Notification.SET || n.getEventType() == Notification.UNSET) {
                    recorded.add(new Operation.SetValue(id, name, ModelTypes.toValue(feature, n.getNewValue())));
                }
                return;
            }
            switch (n.getEventType()) {
            case Notification.ADD -> recorded.add(new Operation.AddValue(id, name, ModelTypes.toValue(feature, n.getNewValue()), n.getPosition()));
            case Notification.ADD_MANY -> {
                int position = n.getPosition();
                for (Object value : (List<?>) n.getNewValue()) {
                    recorded.add(new Operation.AddValue(id, name, ModelTypes.toValue(feature, value), position++));
                }
            }
            case Notification.REMOVE -> removeValue(id, feature, n.getOldValue());
            case Notification.REMOVE_MANY -> ((List<?>) n.getOldValue()).forEach(value -> removeValue(id, feature, value));
            case Notification.MOVE, Notification.SET -> {
                recorded.add(new Operation.RemoveValue(id, name, ModelTypes.toValue(feature, n.getOldValue() instanceof Integer
                        ? n.getNewValue() : n.getOldValue())));
                recorded.add(new Operation.AddValue(id, name, ModelTypes.toValue(feature, n.getNewValue()), n.getPosition()));
            }
            default -> {
            }
            }
        }
    }
}
