package org.dovetail.diagram.ui.editor;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.EdgeCreationTool;
import org.dovetail.diagram.model.description.NodeCreationTool;
import org.dovetail.diagram.model.description.Tool;
import org.dovetail.diagram.ui.canvas.DiagramCanvas;
import org.dovetail.diagram.ui.canvas.PaletteTool;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The palette beside the canvas: Select, then the description's creation tools (click or Enter arms one; one
 * use disarms it, Shift keeps it). The canvas tells the palette when a tool is disarmed, so both stay in step.
 */
final class DiagramPalette {

    private final Composite control;
    private final ToolBar tools;
    private final Map<String, Tool> byId = new LinkedHashMap<>();
    private final Map<ToolItem, PaletteTool> items = new LinkedHashMap<>();
    private final ToolItem select;
    private final LocalResourceManager images;

    DiagramPalette(Composite parent, DiagramDescription description, DiagramCanvas canvas) {
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 4;
        layout.marginHeight = 6;
        control.setLayout(layout);
        Label title = new Label(control, SWT.NONE);
        title.setText("Palette");
        title.setFont(JFaceResources.getBannerFont());
        tools = new ToolBar(control, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
        tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        images = new LocalResourceManager(JFaceResources.getResources(), control);
        select = new ToolItem(tools, SWT.RADIO);
        select.setText("Select");
        select.setImage(image(DiagramPalette.class.getResource("/icons/select.png")));
        select.setToolTipText("Select, move and resize (Escape)");
        select.setSelection(true);
        select.addListener(SWT.Selection, e -> {
            if (select.getSelection()) {
                canvas.setActiveTool(null);
            }
        });
        for (Tool tool : description.getTools()) {
            PaletteTool.Kind kind = tool instanceof NodeCreationTool ? PaletteTool.Kind.NODE
                    : tool instanceof EdgeCreationTool ? PaletteTool.Kind.EDGE : null;
            if (kind == null) {
                continue; // delete tools act on the selection (Delete key, context menu)
            }
            byId.put(tool.getId(), tool);
            PaletteTool paletteTool = new PaletteTool(tool.getId(), tool.getLabel(), kind);
            ToolItem item = new ToolItem(tools, SWT.RADIO);
            Image icon = tool.getIcon() == null ? null : image(url(tool.getIcon()));
            item.setText(icon != null ? tool.getLabel() : (kind == PaletteTool.Kind.NODE ? "\u25ad  " : "\u2192  ") + tool.getLabel());
            item.setImage(icon);
            item.setToolTipText(kind == PaletteTool.Kind.NODE ? "Click on the diagram to create a " + tool.getLabel()
                    : "Drag from one element to another to connect them with a " + tool.getLabel());
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    canvas.setActiveTool(paletteTool);
                    canvas.getControl().setFocus();
                }
            });
            items.put(item, paletteTool);
        }
        canvas.addToolListener(this::showTool);
    }

    /** The image at a URL (its @2x twin on HiDPI screens), owned by the palette; null if it cannot be read. */
    private Image image(URL url) {
        if (url == null) {
            return null;
        }
        try {
            return images.create(ImageDescriptor.createFromURL(url));
        } catch (RuntimeException e) {
            return null; // a missing icon leaves the label alone
        }
    }

    private static URL url(String spec) {
        try {
            return java.net.URI.create(spec).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return null;
        }
    }

    private void showTool(PaletteTool active) {
        if (tools.isDisposed()) {
            return;
        }
        select.setSelection(active == null);
        items.forEach((item, tool) -> item.setSelection(tool.equals(active)));
    }

    Composite control() {
        return control;
    }

    /** The description's creation tools by id. */
    Map<String, Tool> tools() {
        return byId;
    }

    /** The palette's entries (Select first) by their text, with their images (null: none). */
    Map<String, Image> entries() {
        Map<String, Image> entries = new LinkedHashMap<>();
        for (ToolItem item : tools.getItems()) {
            entries.put(item.getText(), item.getImage());
        }
        return entries;
    }

    /** The palette's tool with this label, or null. */
    PaletteTool tool(String label) {
        return items.values().stream().filter(t -> t.label().equals(label)).findFirst().orElse(null);
    }
}
