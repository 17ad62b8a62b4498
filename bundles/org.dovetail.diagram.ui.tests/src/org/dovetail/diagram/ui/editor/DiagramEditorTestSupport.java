package org.dovetail.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.Viewpoint;
import org.dovetail.diagram.registry.DiagramDescriptionRegistry;
import org.dovetail.diagram.ui.open.OpenDiagramMenu;
import org.dovetail.workbench.ExampleProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Opens the examples' diagrams in the running workbench and waits for the UI. */
final class DiagramEditorTestSupport {

    private DiagramEditorTestSupport() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static IFile supplierInvoice() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        return ExampleProject.supplierInvoiceModel();
    }

    static List<DiagramDescription> builtInDiagrams() {
        List<DiagramDescription> all = new ArrayList<>();
        for (Viewpoint viewpoint : DiagramDescriptionRegistry.getDefault().viewpoints()) {
            all.addAll(viewpoint.getDiagrams());
        }
        return all;
    }

    static DiagramDescription diagram(String name) {
        return DiagramDescriptionRegistry.getDefault().get(name);
    }

    static DiagramEditor open(IFile file, DiagramDescription description) {
        DiagramEditor editor = OpenDiagramMenu.open(page(), file, description);
        if (editor == null) {
            throw new AssertionError("The " + description.getLabel() + " diagram does not open");
        }
        processEvents();
        return editor;
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
