package org.dovetail.diagram.ui.paint;

import java.util.HashMap;
import java.util.Map;

import org.dovetail.diagram.paint.FontSpec;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;

/**
 * The SWT fonts of a canvas, made once per {@link FontSpec} and disposed with the canvas. Each is made
 * {@link #OVERSAMPLING} times larger than needed and drawn scaled down, so that fractional diagram font sizes
 * (a 10.5 px label at 133 %) keep their exact size instead of rounding to whole points.
 */
public final class SwtFonts {

    /** How much larger than asked fonts are made. */
    static final int OVERSAMPLING = 4;
    /** SWT font heights are points; diagram sizes are pixels at 96 dpi (SWT's logical resolution). */
    private static final double POINTS_PER_PIXEL = 72.0 / 96.0;

    private final Device device;
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    /** Label extents survive repaints: a frame measures only text it has not seen before. */
    private final org.dovetail.diagram.paint.TextExtentCache extents = new org.dovetail.diagram.paint.TextExtentCache(20_000);

    public SwtFonts(Device device) {
        this.device = device;
    }

    Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> {
            int style = (s.bold() ? SWT.BOLD : SWT.NORMAL) | (s.italic() ? SWT.ITALIC : SWT.NORMAL);
            int height = Math.max(1, (int) Math.round(s.size() * POINTS_PER_PIXEL * OVERSAMPLING));
            return new Font(device, s.family(), height, style);
        });
    }

    org.dovetail.diagram.paint.TextExtentCache extents() {
        return extents;
    }

    public void dispose() {
        extents.clear();
        fonts.values().forEach(Font::dispose);
        fonts.clear();
    }
}
