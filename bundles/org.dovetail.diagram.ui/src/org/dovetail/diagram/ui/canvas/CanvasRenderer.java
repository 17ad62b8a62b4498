package org.dovetail.diagram.ui.canvas;

import org.eclipse.swt.graphics.GC;

/**
 * Paints a canvas's content. The GC's transform already maps diagram coordinates to the screen, so a renderer
 * draws in diagram coordinates; it may skip what lies outside {@code visible}.
 */
@FunctionalInterface
public interface CanvasRenderer {

    void paint(GC gc, Box visible, double zoom);
}
