package org.dovetail.rules.ui.findings;

import java.util.function.Consumer;

import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the validation of the Dovetail editor a view should show: the active one, or the last one active while
 * another kind of part has the focus. Tells the view when the validation it follows changes or produces a result.
 */
final class ActiveValidation {

    private final IWorkbenchPage page;
    private final Consumer<ModelValidation> changed;
    /** Changes of the followed validation come in bursts (one per command): tell the view once they pause. */
    private static final int DELAY_MS = 150;
    private final ModelValidation.Listener listener = validation -> later();
    private final Runnable fireLater = () -> fire(this.shown);
    private ModelValidation shown;

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            editorShown(ref.getPart(false));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            editorShown(ref.getPart(false));
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (shown != null && ref.getPart(false) == shown.editor()) {
                show(null);
                editorShown(page.getActiveEditor());
            }
        }
    };

    ActiveValidation(IWorkbenchPage page, Consumer<ModelValidation> changed) {
        this.page = page;
        this.changed = changed;
        page.addPartListener(partListener);
        editorShown(page.getActiveEditor());
    }

    private void editorShown(IWorkbenchPart part) {
        ModelValidation validation = ModelValidations.ofPart(part);
        if (validation != null && validation != shown) {
            show(validation);
        }
    }

    private void show(ModelValidation validation) {
        if (shown != null) {
            shown.removeListener(listener);
        }
        shown = validation;
        if (shown != null) {
            shown.addListener(listener);
        }
        fire(shown);
    }

    private void later() {
        org.eclipse.swt.widgets.Display display = page.getWorkbenchWindow().getShell().getDisplay();
        display.timerExec(-1, fireLater);
        display.timerExec(DELAY_MS, fireLater);
    }

    private void fire(ModelValidation validation) {
        if (validation != null && validation.isDisposed()) {
            show(null);
            return;
        }
        changed.accept(validation);
    }

    /** The validation shown now, or {@code null}. */
    ModelValidation shown() {
        return shown;
    }

    void dispose() {
        page.removePartListener(partListener);
        if (shown != null) {
            shown.removeListener(listener);
        }
    }
}
