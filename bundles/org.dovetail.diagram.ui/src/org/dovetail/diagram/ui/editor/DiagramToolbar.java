package org.dovetail.diagram.ui.editor;

import java.util.Locale;

import org.dovetail.diagram.model.description.Layer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** The bar above the canvas: Arrange All, zoom, the layers to show and export. */
final class DiagramToolbar {

    private final DiagramEditor editor;
    private final ToolBar bar;
    private final ToolItem zoomLabel;

    DiagramToolbar(Composite parent, DiagramEditor editor) {
        this.editor = editor;
        bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
        push("\u2b1a  Arrange All", "Lay the whole diagram out again (ELK layered, orthogonal edges)", editor::arrangeAll);
        new ToolItem(bar, SWT.SEPARATOR);
        push("\u2212", "Zoom out (Ctrl+-, Ctrl+wheel)", () -> editor.canvas().zoomOut(null));
        zoomLabel = new ToolItem(bar, SWT.PUSH);
        zoomLabel.setToolTipText("Actual size (Ctrl+1)");
        zoomLabel.addListener(SWT.Selection, e -> editor.canvas().setZoom(1, null));
        push("+", "Zoom in (Ctrl+=, Ctrl+wheel)", () -> editor.canvas().zoomIn(null));
        push("Fit", "Zoom to show the whole diagram (Ctrl+0)", () -> editor.canvas().zoomToFit());
        new ToolItem(bar, SWT.SEPARATOR);
        if (!editor.session().description().getAdditionalLayers().isEmpty()) {
            dropDown("Layers", "Show or hide the diagram's layers (risk overlay, ownership…)", this::fillLayers);
        }
        dropDown("Export", "Export the diagram as an image", this::fillExport);
        editor.canvas().addViewportListener(this::showZoom);
        showZoom();
    }

    ToolBar control() {
        return bar;
    }

    private void showZoom() {
        if (!zoomLabel.isDisposed()) {
            zoomLabel.setText(String.format(Locale.ROOT, "%d %%", Math.round(editor.canvas().zoom() * 100)));
            bar.getParent().layout(true);
        }
    }

    private void push(String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
    }

    private void dropDown(String text, String tip, java.util.function.Consumer<Menu> fill) {
        ToolItem item = new ToolItem(bar, SWT.DROP_DOWN);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> {
            Menu menu = new Menu(bar.getShell(), SWT.POP_UP);
            fill.accept(menu);
            Rectangle bounds = item.getBounds();
            Point at = bar.toDisplay(bounds.x, bounds.y + bounds.height);
            menu.setLocation(at);
            menu.setVisible(true);
        });
    }

    private void fillLayers(Menu menu) {
        for (Layer layer : editor.session().description().getAdditionalLayers()) {
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(layer.getLabel() == null ? layer.getId() : layer.getLabel());
            item.setSelection(editor.isLayerActive(layer.getId()));
            item.addListener(SWT.Selection, e -> editor.setLayerActive(layer.getId(), item.getSelection()));
        }
    }

    private void fillExport(Menu menu) {
        MenuItem png = new MenuItem(menu, SWT.PUSH);
        png.setText("PNG image\u2026");
        png.addListener(SWT.Selection, e -> editor.exportInteractively("png"));
        MenuItem svg = new MenuItem(menu, SWT.PUSH);
        svg.setText("SVG drawing\u2026");
        svg.addListener(SWT.Selection, e -> editor.exportInteractively("svg"));
    }
}
