package org.dovetail.diagram.paint;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text measurement without a display (layout and export): AWT font metrics with antialiased, fractional metrics,
 * the settings {@link AwtPainter} draws with.
 */
public final class AwtTextMeasurer {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final ConcurrentHashMap<FontSpec, Font> FONTS = new ConcurrentHashMap<>();

    private AwtTextMeasurer() {
    }

    public static double width(FontSpec font, String text) {
        Rectangle2D bounds = awt(font).getStringBounds(text, CONTEXT);
        return bounds.getWidth();
    }

    public static double lineHeight(FontSpec font) {
        var metrics = awt(font).getLineMetrics("Ag", CONTEXT);
        return Math.ceil(metrics.getAscent() + metrics.getDescent());
    }

    private static Font awt(FontSpec font) {
        return FONTS.computeIfAbsent(font, AwtPainter::awtFont);
    }
}
