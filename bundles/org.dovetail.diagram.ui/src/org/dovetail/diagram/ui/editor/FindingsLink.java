package org.dovetail.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.diagram.api.FindingIndex;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.ValidationResult;
import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Links the diagram with the rules: the model's validation results become finding decorations (through the
 * session, which refreshes only the elements whose findings changed), and selecting a finding anywhere (the
 * Findings view) selects and reveals its element in the diagram.
 */
final class FindingsLink {

    private final DiagramEditor editor;
    private final List<ModelValidation> watched = new ArrayList<>();
    private final ModelValidation.Listener validationListener = this::validationChanged;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            watchValidations();
        }
    };

    FindingsLink(DiagramEditor editor) {
        this.editor = editor;
        editor.getSite().getPage().addSelectionListener(selectionListener);
        editor.getSite().getPage().addPartListener(partListener);
        watchValidations();
    }

    /** Follows every validation of this model (one per tree editor on it). */
    private void watchValidations() {
        for (var ref : editor.getSite().getPage().getEditorReferences()) {
            ModelValidation validation = ModelValidations.ofPart(ref.getEditor(false));
            if (validation != null && !watched.contains(validation)
                    && validation.editor().getResource() == editor.modelSession().resource()) {
                watched.add(validation);
                validation.addListener(validationListener);
                validationChanged(validation);
            }
        }
    }

    private void validationChanged(ModelValidation validation) {
        if (validation.isDisposed()) {
            watched.remove(validation);
            return;
        }
        ValidationResult result = validation.result();
        if (result != null && editor.canvas() != null && !editor.canvas().isDisposed()) {
            editor.session().setFindings(FindingIndex.ofRuleFindings(result.findings()));
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == editor || !(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof RuleFinding finding) || finding.element() == null) {
            return;
        }
        List<Object> views = new ArrayList<>();
        for (DDiagramElement view : editor.session().viewsOf(finding.element())) {
            if (editor.canvas().content().isShown(view)) {
                views.add(view);
            }
        }
        if (!views.isEmpty()) {
            editor.canvas().selection().set(views);
            editor.canvas().reveal(views.get(0));
        }
    }

    void dispose() {
        editor.getSite().getPage().removeSelectionListener(selectionListener);
        editor.getSite().getPage().removePartListener(partListener);
        for (ModelValidation validation : watched) {
            validation.removeListener(validationListener);
        }
        watched.clear();
    }
}
