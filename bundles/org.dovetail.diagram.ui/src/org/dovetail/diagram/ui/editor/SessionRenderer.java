package org.dovetail.diagram.ui.editor;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.render.DiagramRenderer;
import org.dovetail.diagram.ui.canvas.Box;
import org.dovetail.diagram.ui.canvas.CanvasRenderer;
import org.dovetail.diagram.ui.paint.SwtFonts;
import org.dovetail.diagram.ui.paint.SwtPainter;
import org.eclipse.swt.graphics.GC;

/** Paints a diagram session on the canvas with diagram-core's renderer, the one the PNG and SVG exports use. */
public final class SessionRenderer implements CanvasRenderer {

    private final DiagramRenderer renderer;
    private final SwtFonts fonts;

    public SessionRenderer(DiagramSession session, SwtFonts fonts) {
        this.renderer = new DiagramRenderer(session);
        this.fonts = fonts;
    }

    @Override
    public void paint(GC gc, Box visible, double zoom) {
        SwtPainter painter = new SwtPainter(gc, fonts);
        try {
            renderer.render(painter, visible == null ? null : new double[] { visible.x(), visible.y(), visible.width(), visible.height() });
        } finally {
            painter.dispose();
        }
    }
}
