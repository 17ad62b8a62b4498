package org.dovetail.importer.ui;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.DovetailModel;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** A model open in a Dovetail editor: imports go through its command stack, so they are one undo step there. */
record ImportTarget(DovetailEditor editor, DovetailModel model, String label) {

    /** The models open in Dovetail editors, the active editor first. */
    static List<ImportTarget> openModels() {
        List<ImportTarget> result = new ArrayList<>();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return result;
        }
        IEditorPart active = page.getActiveEditor();
        if (active instanceof DovetailEditor editor) {
            add(result, editor);
        }
        for (IEditorReference reference : page.getEditorReferences()) {
            if (DovetailEditor.ID.equals(reference.getId()) && reference.getEditor(true) instanceof DovetailEditor editor && editor != active) {
                add(result, editor);
            }
        }
        return result;
    }

    private static void add(List<ImportTarget> result, DovetailEditor editor) {
        if (editor.getResource() != null && !editor.getResource().getContents().isEmpty()
                && editor.getResource().getContents().get(0) instanceof DovetailModel model && editor.getLoadProblem() == null) {
            result.add(new ImportTarget(editor, model, editor.getTitle() + "  (" + editor.getResource().getURI().lastSegment() + ")"));
        }
    }
}
