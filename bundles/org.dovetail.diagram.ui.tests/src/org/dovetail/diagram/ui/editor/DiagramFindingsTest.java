package org.dovetail.diagram.ui.editor;

import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.diagram;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.open;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.page;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.processEvents;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.supplierInvoice;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.ui.ModelValidation;
import org.dovetail.rules.ui.ModelValidations;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tree editor's live validation decorates the diagram, and selecting a finding reveals its element there. */
class DiagramFindingsTest {

    private static final String FINDINGS_VIEW = "org.dovetail.rules.ui.findings";

    @AfterEach
    void closeEverything() {
        page().closeAllEditors(false);
        processEvents();
    }

    @Test
    void findingsDecorateTheDiagramAndSelectingOneInTheFindingsViewSelectsItsElement() throws Exception {
        IFile file = supplierInvoice();
        IEditorPart tree = IDE.openEditor(page(), file, true);
        ModelValidation validation = ModelValidations.ofPart(tree);
        assertNotNull(validation, "the model editor validates live");
        waitUntil("the model is validated", () -> validation.result() != null);

        DiagramEditor editor = open(file, diagram("Process flow"));
        waitUntil("the diagram has the findings", () -> editor.session().findings().size() > 0);
        RuleFinding finding = validation.result().findings().stream()
                .filter(f -> f.element() != null && shownViews(editor, f).size() > 0)
                .reduce((first, later) -> later) // the last one: not necessarily where the viewport starts
                .orElseThrow(() -> new AssertionError("no finding on an element the process flow shows"));
        assertNotNull(editor.session().findings().worst(finding.element()), "the element carries its finding's severity");

        IViewPart findings = page().showView(FINDINGS_VIEW);
        page().activate(findings);
        processEvents();
        ISelectionProvider rows = findings.getSite().getSelectionProvider();
        waitUntil("the Findings view lists the finding", () -> {
            rows.setSelection(new StructuredSelection(finding));
            return !rows.getSelection().isEmpty();
        });
        processEvents();

        List<Object> selected = editor.canvas().selection().elements();
        assertFalse(selected.isEmpty(), "selecting a finding selects its element in the diagram");
        assertTrue(shownViews(editor, finding).containsAll(selected), "the diagram selects the finding's element: " + selected);
    }

    private static List<DDiagramElement> shownViews(DiagramEditor editor, RuleFinding finding) {
        return editor.session().viewsOf(finding.element()).stream()
                .filter(view -> editor.canvas().content().isShown(view)).toList();
    }
}
