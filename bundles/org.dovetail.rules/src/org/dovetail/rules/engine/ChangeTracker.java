package org.dovetail.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.internal.LiveIndex;
import org.dovetail.rules.internal.ReadPlan;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * The change tracking of {@link IncrementalValidator}: follows the whole content tree (adding itself to new
 * objects), keeps the {@link LiveIndex} up to date from each notification, and marks what each change may affect:
 * for a scoped check the elements its {@link ReadPlan} walks back to, any other check in full. An element added to
 * or removed from the model counts as a change of all its features, a move as a removal plus an addition.
 */
final class ChangeTracker extends EContentAdapter {

    private LiveIndex index;
    private List<CheckState> states;
    private boolean changed;
    private boolean rootsChanged;
    private boolean waiversChanged;
    /** The tops of the subtrees added or moved since {@link #reset()}. */
    private final List<EObject> arrived = new ArrayList<>();
    /** Those subtrees' elements, listed once per batch for every check that asks. */
    private List<EObject> arrivedElements;

    /** Follows changes into this index and these checks' dirty sets (again after a rebuild). */
    void follow(LiveIndex newIndex, List<CheckState> newStates) {
        index = newIndex;
        states = newStates;
    }

    /** Whether anything changed since {@link #reset()}. */
    boolean changed() {
        return changed;
    }

    /** Whether a resource's roots changed (a resource loaded or unloaded): everything must be rebuilt. */
    boolean rootsChanged() {
        return rootsChanged;
    }

    boolean waiversChanged() {
        return waiversChanged;
    }

    /**
     * Whether an element that arrived (was added or moved) since {@link #reset()} is one {@code state} kept findings
     * of: where its findings come in the run order may have changed. (New elements have none yet, and removing
     * elements leaves the order of the rest as it was.)
     */
    boolean reordered(CheckState state) {
        if (rootsChanged) {
            return true;
        }
        for (EObject element : arrivedElements()) {
            if (state.reported(element)) {
                return true;
            }
        }
        return false;
    }

    private List<EObject> arrivedElements() {
        if (arrivedElements == null) {
            arrivedElements = new ArrayList<>();
            for (EObject top : arrived) {
                arrivedElements.add(top);
                top.eAllContents().forEachRemaining(arrivedElements::add);
            }
        }
        return arrivedElements;
    }

    /** A full rebuild is pending: something changed, but the roots are taken care of. */
    void rebuilt() {
        changed = true;
        rootsChanged = false;
    }

    /** The changes were revalidated. */
    void reset() {
        changed = false;
        waiversChanged = false;
        arrived.clear();
        arrivedElements = null;
    }

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (n.isTouch() || index == null) {
            return;
        }
        Object notifier = n.getNotifier();
        if (notifier instanceof EObject object && n.getFeature() instanceof EStructuralFeature feature) {
            handle(object, feature, n);
        } else if (notifier instanceof Resource && n.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS
                || notifier instanceof ResourceSet && n.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES) {
            rootsChanged = true;
            changed = true;
        }
    }

    private void handle(EObject notifier, EStructuralFeature feature, Notification n) {
        if (!index.isAttached(notifier)) {
            return;
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            for (Object old : values(n, false)) {
                index.removeSubtree((EObject) old);
                touchSubtree((EObject) old);
            }
            for (Object added : values(n, true)) {
                index.addSubtree((EObject) added);
                touchSubtree((EObject) added);
                arrived.add((EObject) added);
                arrivedElements = null;
            }
            if (n.getEventType() == Notification.MOVE) {
                index.moved((EObject) n.getNewValue());
                touchSubtree((EObject) n.getNewValue());
                arrived.add((EObject) n.getNewValue());
                arrivedElements = null;
            }
        } else if (feature instanceof EReference reference && LiveIndex.indexed(reference)) {
            for (Object old : values(n, false)) {
                index.referenceRemoved(notifier, reference, (EObject) old);
            }
            for (Object added : values(n, true)) {
                index.referenceAdded(notifier, reference, (EObject) added);
                index.noteIfOutside((EObject) added);
            }
        } else if (feature instanceof EReference reference && reference.isContainer()) {
            touch(notifier, ReadPlan.CONTAINER, List.of());
        }
        index.invalidateShared();
        touch(notifier, feature, feature instanceof EReference ? values(n, false) : List.of());
    }

    private void touchSubtree(EObject top) {
        touch(top, ReadPlan.ANY, List.of());
        touch(top, ReadPlan.CONTAINER, List.of());
        top.eAllContents().forEachRemaining(o -> touch(o, ReadPlan.ANY, List.of()));
    }

    /** Marks what a change of {@code feature} of {@code object} may affect; {@code oldValues} of a reference. */
    private void touch(EObject object, Object feature, List<?> oldValues) {
        changed = true;
        if (object instanceof Waiver) {
            waiversChanged = true;
        }
        for (CheckState state : states) {
            if (state.fullyDirty) {
                continue;
            }
            if (state.plan == null) {
                state.fullyDirty = true;
            } else if (state.plan.leavesToArguments(feature)) {
                // Only texts show labels: re-evaluate what names the element, and the element if its error names it.
                state.dirty.addAll(state.namersOf.getOrDefault(object, Set.of()));
                if (state.errors.containsKey(object)) {
                    state.dirty.add(object);
                }
            } else if (state.plan.affected(object, feature, oldValues, index, state.dirty)) {
                state.fullyDirty = true;
            }
        }
    }

    /** The values a notification removed ({@code added == false}) or added. */
    private static List<?> values(Notification n, boolean added) {
        Object value = added ? n.getNewValue() : n.getOldValue();
        switch (n.getEventType()) {
            case Notification.SET, Notification.UNSET:
                return value == null ? List.of() : List.of(value);
            case Notification.ADD:
                return added ? List.of(value) : List.of();
            case Notification.REMOVE:
                return added ? List.of() : List.of(value);
            case Notification.ADD_MANY:
                return added ? (List<?>) value : List.of();
            case Notification.REMOVE_MANY:
                return added ? List.of() : (List<?>) value;
            default:
                return List.of();
        }
    }
}
