package org.dovetail.diagram.ui.editor;

import static org.dovetail.diagram.ui.canvas.Gestures.drag;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.diagram;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.open;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.page;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.processEvents;
import static org.dovetail.diagram.ui.editor.DiagramEditorTestSupport.supplierInvoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.ui.canvas.Box;
import org.dovetail.diagram.ui.canvas.CanvasContent;
import org.dovetail.diagram.ui.canvas.DiagramCanvas;
import org.dovetail.diagram.ui.canvas.Pt;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drag and drop into another container on the canvas, and the palette's icons. */
class DiagramReparentTest {

    @AfterEach
    void closeEverything() {
        page().closeAllEditors(false);
        processEvents();
    }

    @Test
    void draggingAStepIntoAnotherLaneChangesItsRoleInOneUndoableCommand() throws Exception {
        DiagramEditor editor = open(supplierInvoice(), diagram("Process flow"));
        DiagramCanvas canvas = editor.canvas();
        CanvasContent content = canvas.content();
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        List<DContainer> lanes = content.nodes().stream().filter(n -> n instanceof DContainer c && "lane".equals(c.getMappingId()))
                .map(DContainer.class::cast).toList();
        assertTrue(lanes.size() >= 2, "the example has several lanes");
        AbstractDNode node = (AbstractDNode) lanes.get(0).getChildren().stream().filter(n -> editor.session().semanticElement(n) instanceof Step)
                .findFirst().orElseThrow();
        Step step = (Step) editor.session().semanticElement(node);
        Role before = step.getPerformer();
        DContainer into = lanes.get(1);
        showAll(canvas);
        Point target = emptySpotIn(canvas, into);
        drag(canvas.getControl(), centre(canvas, node), target, 1, 0);
        processEvents();
        assertSame(editor.session().semanticElement(into), step.getPerformer(), "the step is performed by the new lane's role");
        AbstractDNode moved = (AbstractDNode) editor.session().viewsOf(step).get(0);
        assertSame(into, moved.eContainer(), "its node is in the new lane");
        assertTrue(stack.getMostRecentCommand().getLabel().startsWith("Move "), stack.getMostRecentCommand().getLabel());

        stack.undo();
        processEvents();
        assertSame(before, step.getPerformer(), "one undo puts it back");
        assertSame(lanes.get(0), ((AbstractDNode) editor.session().viewsOf(step).get(0)).eContainer());
    }

    @Test
    void aDropTheDiagramDoesNotAllowIsRefusedWithAReasonAndNothingChanges() throws Exception {
        DiagramEditor editor = open(supplierInvoice(), diagram("Process flow"));
        DiagramCanvas canvas = editor.canvas();
        CanvasContent content = canvas.content();
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        DContainer band = content.nodes().stream().filter(n -> n instanceof DContainer c && "artifacts".equals(c.getMappingId()))
                .map(DContainer.class::cast).findFirst().orElseThrow(() -> new AssertionError("no legacy-artifacts band"));
        AbstractDNode node = content.nodes().stream().filter(n -> n instanceof AbstractDNode d && editor.session().semanticElement(d) instanceof Step
                && d.eContainer() instanceof DContainer).map(AbstractDNode.class::cast).findFirst().orElseThrow();
        Step step = (Step) editor.session().semanticElement(node);
        Role before = step.getPerformer();
        int x = node.getX();
        showAll(canvas);
        assertNull(editor.dropRefusal(List.of(node), node.eContainer()), "its own lane is fine");
        assertNotNull(editor.dropRefusal(List.of(node), band), "the canvas knows while dragging");

        Point target = emptySpotIn(canvas, band);
        drag(canvas.getControl(), centre(canvas, node), target, 1, 0);
        processEvents();
        assertSame(before, step.getPerformer(), "the role is unchanged");
        assertEquals(x, ((AbstractDNode) editor.session().viewsOf(step).get(0)).getX(), "the node stays where it was");
        assertFalse(stack.canUndo(), "no command ran");
        String reason = editor.lastRefusal();
        assertNotNull(reason, "the refusal is told");
        assertTrue(reason.contains("does not allow"), reason);
    }

    @Test
    void everyPaletteEntryHasAnIcon() throws Exception {
        for (DiagramDescription description : DiagramEditorTestSupport.builtInDiagrams()) {
            DiagramEditor editor = open(supplierInvoice(), description);
            Map<String, Image> entries = editor.paletteEntries();
            assertTrue(entries.size() >= 2, description.getLabel() + ": Select and at least one tool");
            entries.forEach((label, image) -> {
                assertNotNull(image, description.getLabel() + ": '" + label + "' has an icon");
                assertEquals(16, image.getBounds().width, "a small icon");
                assertFalse(label.startsWith("\u25ad") || label.startsWith("\u2192"), "no text glyph stands in for the icon: " + label);
            });
        }
    }

    /** The whole diagram in the window, so that both ends of a drag are on screen. */
    private static void showAll(DiagramCanvas canvas) {
        canvas.fitWithin(0.05, 1.0);
        processEvents();
    }

    private static Point centre(DiagramCanvas canvas, Object node) {
        return canvas.toScreen(canvas.content().bounds(node).center());
    }

    /** A point inside a container (right of a lane's header) that no other node covers, on screen. */
    private static Point emptySpotIn(DiagramCanvas canvas, DContainer container) {
        CanvasContent content = canvas.content();
        Box box = content.bounds(container);
        for (double x = box.x() + 130; x < box.right() - 10; x += 20) {
            for (double y = box.y() + 10; y < box.bottom() - 10; y += 10) {
                Pt at = new Pt(x, y);
                boolean free = content.nodes().stream().filter(n -> n != container && !(n instanceof DContainer))
                        .noneMatch(n -> content.bounds(n).contains(at));
                if (free) {
                    return canvas.toScreen(at);
                }
            }
        }
        throw new AssertionError("no free spot in " + container.getLabel());
    }
}
