package org.dovetail.diagram.ui.editor;

import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.open;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.page;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.processEvents;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.supplierInvoice;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.dovetail.diagram.model.description.DiagramDescription;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the workbench showing each built-in diagram of the supplier-invoice example, written to
 * {@code target/screenshots/} (or the folder in {@code -Ddovetail.screenshots}) for people to look at; the test
 * checks that the diagram area is drawn (many colours, not a blank window).
 */
class DiagramScreenshotTest {

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        processEvents();
    }

    @Test
    void screenshotsOfEveryBuiltInDiagram() throws Exception {
        Path folder = Path.of(System.getProperty("dovetail.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        IFile file = supplierInvoice();
        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1600, 1000);
        for (DiagramDescription description : DiagramEditorTestSupport.builtInDiagrams()) {
            DiagramEditor editor = open(file, description);
            page().activate(editor);
            // The picture for the wall: the editor maximised, the diagram as large as still fits (or readable).
            page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
            settle();
            editor.canvas().fitWithin(0.5, 1.0);
            editor.canvas().selection().set(java.util.List.of());
            shell.forceActive();
            settle();
            Path target = folder.resolve("supplier-invoice-" + description.getId() + ".png");
            ImageData shot = capture(shell);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { shot };
            loader.save(target.toString(), SWT.IMAGE_PNG);
            Rectangle canvasArea = editor.canvas().getControl().getDisplay().map(editor.canvas().getControl(), shell,
                    ((org.eclipse.swt.widgets.Canvas) editor.canvas().getControl()).getClientArea());
            assertTrue(colours(shot, canvasArea) > 12, description.getLabel() + " is drawn (" + target + ")");
            page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        }
        // The workbench around a diagram: a selected step, its properties, the overview in the Outline view.
        DiagramEditor editor = open(file, DiagramEditorTestSupport.diagram("Process flow"));
        page().showView("org.eclipse.ui.views.ContentOutline");
        page().showView("org.eclipse.ui.views.PropertySheet");
        page().activate(editor);
        editor.canvas().fitWithin(0.6, 1.0);
        Object step = editor.canvas().content().nodes().stream()
                .filter(n -> !(n instanceof org.dovetail.diagram.model.state.DContainer))
                .filter(n -> editor.canvas().visibleArea().contains(editor.canvas().content().bounds(n)))
                .findFirst().orElseThrow();
        editor.canvas().selection().set(java.util.List.of(step));
        settle();
        ImageData workbench = capture(shell);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { workbench };
        loader.save(folder.resolve("supplier-invoice-workbench.png").toString(), SWT.IMAGE_PNG);
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            processEvents();
            Thread.sleep(50);
        }
    }

    private static ImageData capture(Shell shell) {
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    private static int colours(ImageData data, Rectangle area) {
        Set<Integer> seen = new HashSet<>();
        for (int y = Math.max(0, area.y); y < Math.min(data.height, area.y + area.height); y += 3) {
            for (int x = Math.max(0, area.x); x < Math.min(data.width, area.x + area.width); x += 3) {
                seen.add(data.getPixel(x, y));
            }
        }
        return seen.size();
    }
}
