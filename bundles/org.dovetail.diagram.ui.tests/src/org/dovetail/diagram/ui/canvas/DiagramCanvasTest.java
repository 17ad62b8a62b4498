package org.dovetail.diagram.ui.canvas;

import static org.dovetail.diagram.ui.canvas.Gestures.click;
import static org.dovetail.diagram.ui.canvas.Gestures.drag;
import static org.dovetail.diagram.ui.canvas.Gestures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dovetail.diagram.ui.canvas.BoxesAndArrows.Node;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The canvas's gestures on a real SWT canvas: every test reads back what the gesture did to the boxes. */
class DiagramCanvasTest {

    private Shell shell;
    private DiagramCanvas canvas;
    private Control control;
    private BoxesAndArrows diagram;
    private Node a;
    private Node b;
    private Node lane;
    private Node d;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        shell.setSize(900, 700);
        canvas = new DiagramCanvas(shell);
        control = canvas.getControl();
        diagram = new BoxesAndArrows();
        a = diagram.add("A", 40, 40, 120, 60, null);
        b = diagram.add("B", 300, 40, 120, 60, null);
        lane = diagram.add("Lane", 40, 200, 400, 200, null);
        d = diagram.add("D", 60, 240, 100, 50, lane);
        diagram.arrows.add(new BoxesAndArrows.Arrow(a, b));
        diagram.attach(canvas);
        shell.open();
        Gestures.processEvents();
        canvas.scrollTo(0, 0);
        control.setFocus();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private Point at(Node node) {
        return canvas.toScreen(node.bounds.center());
    }

    @Test
    void clickSelectsCtrlClickTogglesShiftClickAdds() {
        click(control, at(a), 0);
        assertEquals(List.of(a), canvas.selection().elements());
        click(control, at(b), SWT.SHIFT);
        assertEquals(List.of(a, b), canvas.selection().elements());
        assertSame(b, canvas.selection().primary());
        click(control, at(a), SWT.MOD1);
        assertEquals(List.of(b), canvas.selection().elements());
        click(control, new Point(600, 600), 0);
        assertTrue(canvas.selection().isEmpty(), "a click on empty canvas clears the selection");
    }

    @Test
    void clickNearAnEdgeSelectsIt() {
        Point between = canvas.toScreen(new Pt(230, 72));
        click(control, between, 0);
        assertEquals(List.of(diagram.arrows.get(0)), canvas.selection().elements());
    }

    @Test
    void marqueeSelectsWhatLiesWhollyInside() {
        drag(control, canvas.toScreen(new Pt(20, 20)), canvas.toScreen(new Pt(450, 120)), 1, 0);
        assertEquals(List.of(a, b, diagram.arrows.get(0)), canvas.selection().elements());
        drag(control, canvas.toScreen(new Pt(30, 230)), canvas.toScreen(new Pt(200, 300)), 1, SWT.SHIFT);
        assertTrue(canvas.selection().contains(d) && canvas.selection().contains(a), "Shift adds to the selection");
        assertTrue(!canvas.selection().contains(lane), "the lane is only partly inside");
    }

    @Test
    void dragMovesTheSelectionAndDropsIntoAContainer() {
        drag(control, at(a), new Point(at(a).x + 50, at(a).y + 30), 1, 0);
        assertEquals(new Box(90, 70, 120, 60), a.bounds);
        assertNull(a.container);
        drag(control, at(b), canvas.toScreen(new Pt(350, 330)), 1, 0);
        assertSame(lane, b.container, "dropped into the lane");
    }

    @Test
    void movingAContainerMovesWhatItContains() {
        click(control, canvas.toScreen(new Pt(300, 350)), 0);
        click(control, at(d), SWT.SHIFT);
        drag(control, canvas.toScreen(new Pt(300, 350)), canvas.toScreen(new Pt(320, 360)), 1, 0);
        assertEquals(new Box(60, 210, 400, 200), lane.bounds);
        assertEquals(new Box(80, 250, 100, 50), d.bounds, "moved once, with its lane");
    }

    @Test
    void dragOnAHandleResizes() {
        click(control, at(a), 0);
        Point corner = canvas.toScreen(new Pt(a.bounds.right(), a.bounds.bottom()));
        drag(control, corner, new Point(corner.x + 40, corner.y + 20), 1, 0);
        assertEquals(new Box(40, 40, 160, 80), a.bounds);
        Point west = canvas.toScreen(new Pt(a.bounds.x(), a.bounds.center().y()));
        drag(control, west, new Point(west.x + 500, west.y), 1, 0);
        assertEquals(ResizeHandle.MIN_SIZE, a.bounds.width(), "never smaller than the minimum");
    }

    @Test
    void keyboardMovesNavigatesAndDeletes() {
        key(control, SWT.ARROW_RIGHT, '\0', 0);
        assertEquals(List.of(a), canvas.selection().elements(), "an arrow with nothing selected selects the first");
        key(control, SWT.ARROW_RIGHT, '\0', 0);
        key(control, SWT.ARROW_DOWN, '\0', SWT.SHIFT);
        assertEquals(new Box(50, 41, 120, 60), a.bounds);
        key(control, SWT.ARROW_RIGHT, '\0', SWT.MOD1);
        assertEquals(List.of(b), canvas.selection().elements(), "Ctrl+Right selects the node to the right");
        key(control, SWT.ARROW_DOWN, '\0', SWT.MOD1);
        assertSame(lane, canvas.selection().primary());
        Gestures.traverse(control, SWT.TRAVERSE_TAB_NEXT);
        assertSame(d, canvas.selection().primary(), "Tab walks in reading order");
        key(control, SWT.DEL, (char) 127, 0);
        assertTrue(!diagram.nodes.contains(d));
        key(control, 'a', 'a', SWT.MOD1);
        assertEquals(3 + 1, canvas.selection().elements().size());
    }

    @Test
    void doubleClickRenamesInPlaceAndEscapeCancels() {
        Gestures.doubleClick(control, at(a));
        Text text = canvas.labelEditorText();
        assertNotNull(text, "the in-place editor is open");
        assertEquals("A", text.getText());
        text.setText("Approve invoice");
        text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        assertEquals("Approve invoice", a.name);
        assertNull(canvas.labelEditorText());

        click(control, at(b), 0);
        key(control, SWT.F2, '\0', 0);
        text = canvas.labelEditorText();
        text.setText("never");
        Gestures.traverse(text, SWT.TRAVERSE_ESCAPE);
        assertEquals("B", b.name);
        assertNull(canvas.labelEditorText());
    }

    @Test
    void paletteToolsCreateAndConnect() {
        canvas.setActiveTool(new PaletteTool("task", "Task", PaletteTool.Kind.NODE));
        click(control, canvas.toScreen(new Pt(250, 250)), 0);
        Node created = diagram.nodes.get(diagram.nodes.size() - 1);
        assertSame(lane, created.container, "created inside the lane it was clicked in");
        assertNull(canvas.activeTool(), "the tool disarms after one use");

        canvas.setActiveTool(new PaletteTool("flow", "Flow", PaletteTool.Kind.EDGE));
        drag(control, at(b), at(d), 1, 0);
        assertEquals(new BoxesAndArrows.Arrow(b, d), diagram.arrows.get(1));
        canvas.setActiveTool(new PaletteTool("flow", "Flow", PaletteTool.Kind.EDGE));
        drag(control, at(b), new Point(700, 600), 1, 0);
        assertEquals(2, diagram.arrows.size(), "released on nothing: no edge");
    }

    @Test
    void ctrlWheelZoomsAroundThePointerWithinLimits() {
        Point pointer = at(b);
        Pt under = canvas.toDiagram(pointer.x, pointer.y);
        Gestures.wheel(control, pointer, 1, SWT.MOD1);
        assertEquals(1.25, canvas.zoom(), 1e-9);
        Pt after = canvas.toDiagram(pointer.x, pointer.y);
        assertEquals(under.x(), after.x(), 1 / canvas.zoom());
        assertEquals(under.y(), after.y(), 1 / canvas.zoom());
        for (int i = 0; i < 20; i++) {
            Gestures.wheel(control, pointer, 1, SWT.MOD1);
        }
        assertEquals(DiagramCanvas.MAX_ZOOM, canvas.zoom());
        for (int i = 0; i < 30; i++) {
            Gestures.wheel(control, pointer, -1, SWT.MOD1);
        }
        assertEquals(DiagramCanvas.MIN_ZOOM, canvas.zoom());
        canvas.setZoom(2, null);
        click(control, at(a), 0);
        assertEquals(List.of(a), canvas.selection().elements(), "hit testing follows the zoom");
    }

    @Test
    void zoomToFitShowsEverything() {
        diagram.add("far away", 2400, 1800, 100, 50, null);
        canvas.refresh();
        canvas.zoomToFit();
        assertTrue(canvas.zoom() < 1);
        assertTrue(canvas.visibleArea().contains(canvas.content().extent()));
        assertEquals(canvas.content().extent().expanded(20).y(), canvas.visibleArea().y(), 1e-6,
                "fitted from the top: no band of white space above the diagram");
    }

    @Test
    void middleDragAndSpaceDragPan() {
        Box before = canvas.visibleArea();
        drag(control, new Point(400, 400), new Point(300, 350), 2, 0);
        assertEquals(before.x() + 100, canvas.visibleArea().x(), 1e-9);
        assertEquals(before.y() + 50, canvas.visibleArea().y(), 1e-9);
        Gestures.key(control, 0, ' ', 0); // press and release: no longer panning
        org.eclipse.swt.widgets.Event space = new org.eclipse.swt.widgets.Event();
        space.character = ' ';
        control.notifyListeners(SWT.KeyDown, space);
        drag(control, at(a), new Point(at(a).x + 30, at(a).y), 1, 0);
        assertEquals(new Box(40, 40, 120, 60), a.bounds, "Space held: the drag pans instead of moving");
        assertEquals(before.x() + 70, canvas.visibleArea().x(), 1e-9);
    }

    @Test
    void hoverShowsTheTooltip() {
        Gestures.processEvents();
        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.x = at(b).x;
        move.y = at(b).y;
        control.notifyListeners(SWT.MouseMove, move);
        assertEquals("tip: B", control.getToolTipText());
    }

    @Test
    void paintsAntialiasedContentAtEveryZoom() {
        for (double zoom : new double[] { 0.25, 1, 4 }) {
            canvas.setZoom(zoom, new Point(0, 0));
            canvas.scrollTo(0, 0);
            Point size = control.getSize();
            Image image = new Image(control.getDisplay(), size.x, size.y);
            GC gc = new GC(image);
            try {
                control.print(gc);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            image.dispose();
            Point inside = canvas.toScreen(new Pt(a.bounds.x() + 15, a.bounds.center().y()));
            Point outside = canvas.toScreen(new Pt(a.bounds.center().x(), a.bounds.y() - 15));
            assertNotEquals(data.getPixel(outside.x, outside.y), data.getPixel(inside.x, inside.y),
                    "the box is painted at " + zoom);
        }
    }
}
