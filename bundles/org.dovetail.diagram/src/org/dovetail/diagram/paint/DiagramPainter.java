package org.dovetail.diagram.paint;

/**
 * What the diagram renderer draws on: shapes, paths, text, fonts, colours, clipping and transforms.
 *
 * <p>The renderer ({@link org.dovetail.diagram.render.DiagramRenderer}) draws every diagram through this
 * interface only, so the same code paints the SWT canvas (a GC-based painter in the UI bundle), headless
 * PNG images ({@link AwtPainter} on {@code Graphics2D}) and SVG ({@link SvgPainter}). Coordinates are diagram
 * pixels in doubles, transformed by the current {@link #translate}/{@link #scale}; {@link #save()} and
 * {@link #restore()} bracket changes of transform, clip, colours, line and font.
 */
public interface DiagramPainter {

    /** Colour of lines, outlines and text. */
    void setStroke(Rgb color);

    /** Colour of filled shapes. */
    void setFill(Rgb color);

    /** Opacity of everything drawn next, 0 (invisible) to 255 (opaque). */
    void setAlpha(int alpha);

    void setLine(double width, LineDash dash);

    void setFont(FontSpec font);

    /** The extent of one line of text in the current font. */
    TextExtent measure(String text);

    void fillRectangle(double x, double y, double width, double height);

    void drawRectangle(double x, double y, double width, double height);

    void fillRoundRectangle(double x, double y, double width, double height, double arc);

    void drawRoundRectangle(double x, double y, double width, double height, double arc);

    void fillOval(double x, double y, double width, double height);

    void drawOval(double x, double y, double width, double height);

    void fillPath(PaintPath path);

    void drawPath(PaintPath path);

    /** Draws one line of text with its top-left corner at x, y, in the stroke colour. */
    void drawText(String text, double x, double y);

    /** Remembers transform, clip, colours, alpha, line and font until the matching {@link #restore()}. */
    void save();

    void restore();

    void translate(double dx, double dy);

    void scale(double factor);

    /** Intersects the clip with a rectangle (in current coordinates). */
    void clip(double x, double y, double width, double height);

    /**
     * Starts a logical group (a diagram element): SVG writes a {@code <g>} with the id, classes and title;
     * pixel painters ignore it.
     */
    default void beginGroup(String id, String cssClasses, String title) {
    }

    default void endGroup() {
    }
}
