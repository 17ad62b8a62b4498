package org.dovetail.sync.emf;

import java.util.List;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * A change recorder that watches only the objects it is told to ({@link #track}), not whole trees: EMF's
 * recorder adapts every object of a resource set on start and unhooks each one on dispose, which costs
 * in proportion to the model (quadratically on dispose). Whoever modifies an object tracks it first; an
 * element added to a tracked containment list is tracked by the recorder itself.
 */
final class TouchRecorder extends ChangeRecorder {

    TouchRecorder() {
        beginRecording(List.of());
    }

    /** Records changes of {@code notifier} from now on (it existed before the recording started). */
    void track(Notifier notifier) {
        boolean loading = loadingTargets;
        loadingTargets = true; // counts as an original target, not as an object the change created
        try {
            addAdapter(notifier);
        } finally {
            loadingTargets = loading;
        }
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
