package org.dovetail.diagram.ui.editor;

import static org.dovetail.diagram.ui.canvas.Gestures.click;
import static org.dovetail.diagram.ui.canvas.Gestures.drag;
import static org.dovetail.diagram.ui.canvas.Gestures.key;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.diagram;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.open;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.page;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.processEvents;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.supplierInvoice;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.ui.canvas.Box;
import org.dovetail.diagram.ui.canvas.CanvasContent;
import org.dovetail.diagram.ui.canvas.DiagramCanvas;
import org.dovetail.diagram.ui.canvas.PaletteTool;
import org.dovetail.diagram.ui.canvas.Pt;
import org.dovetail.diagram.ui.outline.DiagramOutlinePage;
import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.Element;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The diagram editor in the running workbench, on the supplier-invoice example. */
class DiagramEditorTest {

    @AfterEach
    void closeEverything() {
        page().closeAllEditors(false);
        processEvents();
    }

    private static Point centre(DiagramCanvas canvas, Object node) {
        return canvas.toScreen(canvas.content().bounds(node).center());
    }

    /** A node that may be moved, renamed and deleted and lies on the diagram's top level. */
    private static AbstractDNode editableNode(DiagramCanvas canvas) {
        CanvasContent content = canvas.content();
        return (AbstractDNode) content.nodes().stream()
                .filter(n -> content.capabilities(n).containsAll(List.of(CanvasContent.Capability.MOVE,
                        CanvasContent.Capability.RENAME, CanvasContent.Capability.DELETE)))
                .filter(n -> !(n instanceof org.dovetail.diagram.model.state.DContainer))
                .findFirst().orElseThrow(() -> new AssertionError("no editable node"));
    }

    @Test
    void everyBuiltInDiagramOpensOnTheExample() throws Exception {
        IFile file = supplierInvoice();
        List<DiagramDescription> diagrams = DiagramEditorTestSupport.builtInDiagrams();
        assertTrue(diagrams.size() >= 3, "process flow, digital workflow and governance mapping are registered");
        for (DiagramDescription description : diagrams) {
            DiagramEditor editor = open(file, description);
            CanvasContent content = editor.canvas().content();
            assertFalse(content.nodes().isEmpty(), description.getLabel() + " shows elements");
            assertFalse(content.edges().isEmpty(), description.getLabel() + " shows edges");
            Box extent = content.extent();
            assertTrue(extent.width() > 200 && extent.height() > 100, description.getLabel() + " is laid out: " + extent);
        }
    }

    @Test
    void selectionLinksToModelElements() throws Exception {
        DiagramEditor editor = open(supplierInvoice(), diagram("Process flow"));
        DiagramCanvas canvas = editor.canvas();
        AbstractDNode node = editableNode(canvas);
        click(canvas.getControl(), centre(canvas, node), 0);
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertSame(editor.session().semanticElement(node), selection.getFirstElement());
        drag(canvas.getControl(), new Point(2, 2), new Point(canvas.getControl().getSize().x - 20,
                canvas.getControl().getSize().y - 20), 1, 0);
        assertTrue(canvas.selection().elements().size() > 3, "the marquee over the window selects what is inside");
    }

    @Test
    void moveResizeAndUndoShareTheTreeEditorsStack() throws Exception {
        IFile file = supplierInvoice();
        DovetailEditor tree = (DovetailEditor) IDE.openEditor(page(), file, true);
        DiagramEditor editor = open(file, diagram("Process flow"));
        DiagramCanvas canvas = editor.canvas();
        CommandStack stack = tree.getEditingDomain().getCommandStack();
        assertSame(stack, editor.getEditingDomain().getCommandStack(), "one command stack for tree and diagram");

        AbstractDNode node = editableNode(canvas);
        int x = node.getX();
        int y = node.getY();
        Point from = centre(canvas, node);
        drag(canvas.getControl(), from, new Point(from.x + 40, from.y + 30), 1, 0);
        assertNotEquals(x, node.getX(), "moved");
        assertTrue(editor.isDirty() && tree.isDirty(), "both editors are dirty");
        stack.undo();
        assertEquals(x, node.getX());
        assertEquals(y, node.getY());
        stack.redo();
        assertNotEquals(x, node.getX());

        click(canvas.getControl(), centre(canvas, node), 0);
        Box bounds = canvas.content().bounds(node);
        Point corner = canvas.toScreen(new Pt(bounds.right(), bounds.bottom()));
        drag(canvas.getControl(), corner, new Point(corner.x + 30, corner.y + 20), 1, 0);
        assertTrue(node.getWidth() > bounds.width(), "resized");

        key(canvas.getControl(), SWT.ARROW_RIGHT, '\0', 0);
        assertEquals(canvas.content().bounds(node).x(), bounds.x() + 10, 1, "an arrow key moves by 10");
    }

    @Test
    void renameInPlaceAndTreeEditsAgree() throws Exception {
        IFile file = supplierInvoice();
        DovetailEditor tree = (DovetailEditor) IDE.openEditor(page(), file, true);
        DiagramEditor editor = open(file, diagram("Process flow"));
        DiagramCanvas canvas = editor.canvas();
        AbstractDNode node = editableNode(canvas);
        Element element = (Element) editor.session().semanticElement(node);

        click(canvas.getControl(), centre(canvas, node), 0);
        key(canvas.getControl(), SWT.F2, '\0', 0);
        Text text = canvas.labelEditorText();
        assertNotNull(text, "F2 opens the in-place editor");
        text.setText("Renamed on the canvas");
        text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        processEvents();
        assertEquals("Renamed on the canvas", element.getName(), "the model element is renamed");

        CommandStack stack = tree.getEditingDomain().getCommandStack();
        stack.execute(SetCommand.create(tree.getEditingDomain(), element,
                org.dovetail.model.DovetailPackage.Literals.ELEMENT__NAME, "Renamed in the tree"));
        processEvents();
        assertEquals("Renamed in the tree", canvas.content().label(node), "the diagram follows a tree edit");
        stack.undo();
        processEvents();
        assertEquals("Renamed on the canvas", canvas.content().label(node));
        stack.undo();
        processEvents();
        assertNotEquals("Renamed on the canvas", canvas.content().label(node), "the canvas rename is undone from the tree's stack");
    }

    @Test
    void paletteCreatesConnectsAndDeleteRemoves() throws Exception {
        DiagramEditor editor = open(supplierInvoice(), diagram("Process flow"));
        DiagramCanvas canvas = editor.canvas();
        CanvasContent content = canvas.content();
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        PaletteTool nodeTool = editor.session().description().getTools().stream()
                .filter(t -> t instanceof org.dovetail.diagram.model.description.NodeCreationTool)
                .map(t -> editor.paletteTool(t.getLabel())).findFirst().orElseThrow();
        int nodesBefore = content.nodes().size();
        canvas.setActiveTool(nodeTool);
        // Inside the lane of an existing step: the new step gets that lane's role.
        AbstractDNode container = (AbstractDNode) content.containerOf(editableNode(canvas));
        Box inside = content.bounds(container);
        int commandsBefore = stackDepth(stack);
        click(canvas.getControl(), canvas.toScreen(new Pt(inside.x() + 40, inside.bottom() - 20)), 0);
        processEvents();
        var creation = (org.dovetail.diagram.model.description.NodeCreationTool) editor.session().description().getTools()
                .stream().filter(t -> t.getId().equals(nodeTool.id())).findFirst().orElseThrow();
        assertEquals(commandsBefore + 1, stackDepth(stack), "the palette tool ran a command; tool still armed: "
                + canvas.activeTool() + ", in lane executable: " + editor.session().commands().createNode(creation, container, 40, 40).canExecute()
                + ", on diagram executable: " + editor.session().commands().createNode(creation, null, 40, 40).canExecute()
                + ", lane element: " + editor.session().semanticElement(container));
        int incremental = canvas.content().nodes().size();
        editor.session().refreshAll();
        processEvents();
        assertEquals(nodesBefore + 1, incremental, "the palette tool created a node (after a full refresh: "
                + canvas.content().nodes().size() + "; created " + stack.getMostRecentCommand().getAffectedObjects() + ")");

        PaletteTool edgeTool = editor.session().description().getTools().stream()
                .filter(t -> t instanceof org.dovetail.diagram.model.description.EdgeCreationTool)
                .map(t -> editor.paletteTool(t.getLabel())).findFirst().orElseThrow();
        int edgesBefore = canvas.content().edges().size();
        Object[] pair = connectablePair(editor, edgeTool);
        canvas.setActiveTool(edgeTool);
        drag(canvas.getControl(), centre(canvas, pair[0]), centre(canvas, pair[1]), 1, 0);
        processEvents();
        assertEquals(edgesBefore + 1, canvas.content().edges().size(), "dragging with the edge tool connected them");

        AbstractDNode victim = editableNode(canvas);
        EObject element = editor.session().semanticElement(victim);
        click(canvas.getControl(), centre(canvas, victim), 0);
        key(canvas.getControl(), SWT.DEL, (char) 127, 0);
        processEvents();
        assertTrue(element.eResource() == null, "the model element is deleted");
        assertFalse(canvas.content().nodes().contains(victim));
        stack.undo();
        processEvents();
        assertNotNull(element.eResource(), "undo brings it back");
        assertFalse(editor.session().viewsOf(element).isEmpty(), "and its view");
    }

    private static int stackDepth(CommandStack stack) {
        int depth = 0;
        while (stack.canUndo()) {
            stack.undo();
            depth++;
        }
        for (int i = 0; i < depth; i++) {
            stack.redo();
        }
        return depth;
    }

    private static Object[] connectablePair(DiagramEditor editor, PaletteTool tool) {
        DiagramEditHandler edits = new DiagramEditHandler(editor.session(), editor.getEditingDomain().getCommandStack(),
                java.util.Map.of(tool.id(), editor.session().description().getTools().stream()
                        .filter(t -> t.getId().equals(tool.id())).findFirst().orElseThrow()));
        List<?> nodes = editor.canvas().content().nodes();
        for (Object source : nodes) {
            for (Object target : nodes) {
                if (source != target && edits.canConnect(tool, source, target)
                        && editor.canvas().visibleArea().contains(editor.canvas().content().bounds(source).center())
                        && editor.canvas().visibleArea().contains(editor.canvas().content().bounds(target).center())) {
                    return new Object[] { source, target };
                }
            }
        }
        throw new AssertionError("no two visible nodes the " + tool.label() + " tool may connect");
    }

    @Test
    void zoomArrangeLayersAndOverview() throws Exception {
        DiagramEditor editor = open(supplierInvoice(), diagram("Governance mapping"));
        DiagramCanvas canvas = editor.canvas();
        canvas.setZoom(2, null);
        assertEquals(2, canvas.zoom());
        canvas.zoomToFit();
        assertTrue(canvas.visibleArea().contains(canvas.content().extent()) || canvas.zoom() == DiagramCanvas.MIN_ZOOM,
                "fit shows the whole diagram, or as much as the smallest zoom can");
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        var arranged = editor.arrangeAll();
        // ELK runs in a job: the call returns at once, and the result is applied by the UI thread's event loop.
        assertFalse(arranged.isDone(), "the layout is applied later, on the UI thread");
        waitUntil("Arrange All finishes", arranged::isDone);
        assertTrue(arranged.get(), "the layout was applied");
        assertEquals("Arrange All", stack.getUndoCommand().getLabel(), "Arrange All is one undoable command");
        stack.undo();
        assertNotEquals("Arrange All", stack.getUndoCommand() == null ? null : stack.getUndoCommand().getLabel());
        for (var layer : editor.session().description().getAdditionalLayers()) {
            boolean active = editor.isLayerActive(layer.getId());
            editor.setLayerActive(layer.getId(), !active);
            assertEquals(!active, editor.isLayerActive(layer.getId()), layer.getLabel() + " toggles");
        }

        Shell shell = new Shell(canvas.getControl().getShell());
        shell.setLayout(new FillLayout());
        shell.setSize(300, 200);
        DiagramOutlinePage outline = (DiagramOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        outline.createControl(shell);
        shell.open();
        canvas.setZoom(2, null);
        processEvents();
        outline.getControl().redraw();
        outline.getControl().update();
        Rectangle before = outline.overview().visibleRectangle();
        assertNotNull(before, "the overview shows the visible area");
        Control control = outline.getControl();
        Point grab = new Point(before.x + before.width / 2, before.y + before.height / 2);
        Box visibleBefore = canvas.visibleArea();
        drag(control, grab, new Point(grab.x + 20, grab.y + 10), 1, 0);
        assertTrue(canvas.visibleArea().x() > visibleBefore.x(), "dragging the rectangle scrolls the editor");
        shell.dispose();
    }

    @Test
    void collapsingAContainerHidesItsChildrenAndUndoBringsThemBack() throws Exception {
        DiagramEditor editor = open(supplierInvoice(), diagram("Governance mapping"));
        DContainer group = null;
        for (AbstractDNode side : editor.session().diagram().getNodes()) {
            for (AbstractDNode child : ((DContainer) side).getChildren()) {
                if (group == null && child instanceof DContainer c && c.getChildren().size() > 2) {
                    group = c;
                }
            }
        }
        assertNotNull(group, "the governance mapping has groups of elements");
        int height = group.getHeight();
        int shown = editor.canvas().content().nodes().size();
        assertTrue(editor.setCollapsed(List.of(group), true));
        processEvents();
        assertTrue(group.isCollapsed());
        assertTrue(group.getHeight() < height / 2, "a collapsed container shrinks to its header");
        assertEquals(shown - group.getChildren().size(), editor.canvas().content().nodes().size(), "its children leave the canvas");
        assertFalse(editor.setCollapsed(List.of(group), true), "collapsing it again changes nothing");
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        assertEquals("Collapse", stack.getUndoCommand().getLabel());
        stack.undo();
        processEvents();
        assertFalse(group.isCollapsed());
        assertEquals(height, group.getHeight());
        assertEquals(shown, editor.canvas().content().nodes().size());
        stack.redo();
        assertTrue(editor.setCollapsed(List.of(group), false), "expand");
        processEvents();
        assertFalse(group.isCollapsed());
        assertTrue(group.getHeight() >= height - 16, "expanding grows it around its children again");
        assertEquals(shown, editor.canvas().content().nodes().size());
    }

    @Test
    void draggingTheMiddleOfASelectedEdgeAddsABendUndoably() throws Exception {
        DiagramEditor editor = open(supplierInvoice(), diagram("Digital workflow"));
        DiagramCanvas canvas = editor.canvas();
        canvas.setZoom(1, null);
        DEdge edge = null;
        for (Object candidate : canvas.content().edges()) {
            List<Pt> r = canvas.content().route(candidate);
            if (edge == null && Math.hypot(r.get(1).x() - r.get(0).x(), r.get(1).y() - r.get(0).y()) > 60) {
                edge = (DEdge) candidate; // a long first segment: its middle is far from any bend
            }
        }
        assertNotNull(edge);
        canvas.reveal(edge);
        canvas.selection().set(List.of(edge));
        processEvents();
        List<Pt> route = List.copyOf(canvas.content().route(edge));
        Pt middle = new Pt((route.get(0).x() + route.get(1).x()) / 2, (route.get(0).y() + route.get(1).y()) / 2);
        Point from = canvas.toScreen(middle);
        assertTrue(((org.eclipse.swt.widgets.Composite) canvas.getControl()).getClientArea().contains(from), "the edge is on screen");
        drag(canvas.getControl(), from, new Point(from.x + 25, from.y + 40), 1, 0);
        processEvents();
        assertEquals(route.size() + 1, edge.getBendpoints().size(), "a new bend where the segment was dragged");
        var bend = edge.getBendpoints().get(1);
        assertEquals(Math.round(middle.x() + 25 / canvas.zoom()), bend.getX(), 1.0);
        assertEquals(Math.round(middle.y() + 40 / canvas.zoom()), bend.getY(), 1.0);
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        assertEquals("Route", stack.getUndoCommand().getLabel());

        // Dragging that bend again moves it; undo twice gives the first route back.
        Point grab = canvas.toScreen(new Pt(bend.getX(), bend.getY()));
        drag(canvas.getControl(), grab, new Point(grab.x - 10, grab.y), 1, 0);
        processEvents();
        assertEquals(route.size() + 1, edge.getBendpoints().size(), "moving a bend adds none");
        assertEquals(bend.getX() - Math.round(10 / canvas.zoom()), edge.getBendpoints().get(1).getX(), 1.0);
        stack.undo();
        stack.undo();
        processEvents();
        assertEquals(route, canvas.content().route(edge), "undo restores the route");
    }

    @Test
    void saveWritesModelAndDiagramStateAndExportWritesImages() throws Exception {
        IFile file = supplierInvoice();
        DiagramEditor editor = open(file, diagram("Digital workflow"));
        var arranged = editor.arrangeAll();
        waitUntil("Arrange All finishes", arranged::isDone);
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        Path state = file.getLocation().toFile().toPath().resolveSibling(
                file.getName().replace(".dovetail", ".dovetail-diagrams"));
        assertTrue(Files.size(state) > 100, "the diagram state file is written beside the model");

        Path png = Files.createTempFile("diagram", ".png");
        Path svg = Files.createTempFile("diagram", ".svg");
        editor.export(png, "png");
        editor.export(svg, "svg");
        assertTrue(Files.size(png) > 1000);
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void openingTheSameDiagramTwiceReusesTheEditor() throws Exception {
        IFile file = supplierInvoice();
        DiagramEditor first = open(file, diagram("Process flow"));
        DiagramEditor second = open(file, diagram("Process flow"));
        assertSame(first, second);
        DiagramEditor other = open(file, diagram("Digital workflow"));
        assertNotEquals(first, other);
        assertSame(first.getEditingDomain(), other.getEditingDomain(), "both diagrams share the model's session");
        assertTrue(DDiagramElement.class.isInstance(first.canvas().content().nodes().get(0)));
    }
}
