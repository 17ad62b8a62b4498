package org.dovetail.model.change;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A change recorder that watches only the objects it is told to ({@link #track}), not whole trees: EMF's
 * recorder adapts every object of a resource set on start and unhooks each one on dispose, which costs
 * in proportion to the model (quadratically on dispose). Whoever modifies an object tracks it first; an
 * element added to a tracked containment list is tracked by the recorder itself, and changes to it need
 * no record (undo removes it whole).
 */
public final class TouchRecorder extends ChangeRecorder {

    public TouchRecorder() {
        beginRecording(List.of());
    }

    /** Records changes of {@code notifier} from now on (it existed before the recording started). */
    public void track(Notifier notifier) {
        boolean loading = loadingTargets;
        loadingTargets = true; // counts as an original target, not as an object the change created
        try {
            addAdapter(notifier);
        } finally {
            loadingTargets = loading;
        }
    }

    /** Records {@code root} and everything it holds: for a change that cannot say what it touches (slow on a large model). */
    public void trackAll(Notifier root) {
        track(root);
        Iterator<?> contents = switch (root) {
            case ResourceSet set -> set.getAllContents();
            case Resource resource -> resource.getAllContents();
            case EObject object -> object.eAllContents();
            default -> List.of().iterator();
        };
        contents.forEachRemaining(content -> track((Notifier) content));
    }

    /**
     * Records {@code element} before its {@code feature} is set to, or gains or loses, {@code value} (one object or a
     * collection): for a reference with an opposite, also the objects whose opposite ends change with it.
     */
    public void trackReference(EObject element, EStructuralFeature feature, Object value) {
        track(element);
        if (!(feature instanceof EReference reference) || reference.getEOpposite() == null) {
            return;
        }
        EReference opposite = reference.getEOpposite();
        for (Object old : values(element.eGet(reference))) {
            track((Notifier) old);
        }
        for (Object target : values(value)) {
            EObject object = (EObject) target;
            track(object);
            if (!opposite.isMany() && object.eGet(opposite) instanceof EObject holder) {
                track(holder); // a single-valued opposite end leaves its old holder
            }
        }
    }

    /** Records the object or resource that holds {@code element} (it is about to leave it). */
    public void trackContainer(EObject element) {
        if (element.eContainer() != null) {
            track(element.eContainer());
        } else if (element.eResource() != null) {
            track(element.eResource());
        }
    }

    /**
     * Deletes {@code element} with its subtree, and the references to them from the rest of {@code scope} (none may
     * dangle), recording every object that changes; references within the subtree stay, so undo puts it back whole.
     * Returns the subtree.
     */
    public Set<EObject> delete(EObject element, Notifier scope) {
        Set<EObject> subtree = new LinkedHashSet<>();
        subtree.add(element);
        element.eAllContents().forEachRemaining(subtree::add);
        subtree.forEach(this::track);
        for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : Usages.of(scope, subtree).entrySet()) {
            for (EStructuralFeature.Setting setting : List.copyOf(usage.getValue())) {
                EStructuralFeature feature = setting.getEStructuralFeature();
                if (!subtree.contains(setting.getEObject()) && feature.isChangeable()
                        && !(feature instanceof EReference r && (r.isContainment() || r.isContainer()))) {
                    track(setting.getEObject());
                    EcoreUtil.remove(setting, usage.getKey());
                }
            }
        }
        trackContainer(element);
        EcoreUtil.remove(element);
        return subtree;
    }

    private static Collection<?> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many;
        }
        return value instanceof EObject one ? List.of(one) : List.of();
    }

    /** Watches {@code target} itself only: no walk over what it contains. */
    @Override
    public void setTarget(Notifier target) {
        targetObjects.add(target);
        if (loadingTargets) {
            originalTargetObjects.add(target);
        }
    }
}
