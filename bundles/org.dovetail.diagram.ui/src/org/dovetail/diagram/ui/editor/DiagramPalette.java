package org.dovetail.diagram.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.EdgeCreationTool;
import org.dovetail.diagram.model.description.NodeCreationTool;
import org.dovetail.diagram.model.description.Tool;
import org.dovetail.diagram.ui.canvas.DiagramCanvas;
import org.dovetail.diagram.ui.canvas.PaletteTool;
import org.eclipse.swt.SWT;
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

    DiagramPalette(Composite parent, DiagramDescription description, DiagramCanvas canvas) {
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 4;
        layout.marginHeight = 6;
        control.setLayout(layout);
        Label title = new Label(control, SWT.NONE);
        title.setText("Palette");
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        tools = new ToolBar(control, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
        tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        select = new ToolItem(tools, SWT.RADIO);
        select.setText("\u2196  Select");
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
            item.setText((kind == PaletteTool.Kind.NODE ? "\u25ad  " : "\u2192  ") + tool.getLabel());
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

    /** The palette's tool with this label, or null. */
    PaletteTool tool(String label) {
        return items.values().stream().filter(t -> t.label().equals(label)).findFirst().orElse(null);
    }
}
