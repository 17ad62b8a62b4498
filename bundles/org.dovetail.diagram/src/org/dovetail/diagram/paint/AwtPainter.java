package org.dovetail.diagram.paint;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;

/** A {@link DiagramPainter} on an AWT {@code Graphics2D}: headless PNG export, antialiased. */
public final class AwtPainter implements DiagramPainter {

    private record State(AffineTransform transform, Shape clip, Rgb stroke, Rgb fill, int alpha, double lineWidth,
            LineDash dash, FontSpec font) {
    }

    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private Rgb stroke = Rgb.BLACK;
    private Rgb fill = Rgb.WHITE;
    private int alpha = 255;
    private double lineWidth = 1;
    private LineDash dash = LineDash.SOLID;
    private FontSpec font = FontSpec.of(10, false);
    private final TextExtentCache extents = new TextExtentCache(10_000);

    public AwtPainter(Graphics2D graphics) {
        this.g = graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        applyStroke();
        applyFont();
    }

    /** The AWT font for a font spec (sizes are in diagram pixels). */
    public static Font awtFont(FontSpec spec) {
        int style = (spec.bold() ? Font.BOLD : 0) | (spec.italic() ? Font.ITALIC : 0);
        return new Font(spec.family(), style, 1).deriveFont((float) spec.size());
    }

    private static final java.util.Map<FontSpec, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Fonts are immutable and costly to derive: one per spec. */
    static Font cachedFont(FontSpec spec) {
        return FONTS.computeIfAbsent(spec, AwtPainter::awtFont);
    }

    /** Measures text with AWT font metrics (also what the SVG painter uses, so both lay labels out alike). */
    public static TextExtent measure(Graphics2D g, FontSpec spec, String text) {
        FontMetrics metrics = g.getFontMetrics(cachedFont(spec));
        Rectangle2D bounds = metrics.getStringBounds(text, g);
        return new TextExtent(bounds.getWidth(), metrics.getAscent() + metrics.getDescent(), metrics.getAscent());
    }

    @Override
    public void setStroke(Rgb color) {
        this.stroke = color;
    }

    @Override
    public void setFill(Rgb color) {
        this.fill = color;
    }

    @Override
    public void setAlpha(int newAlpha) {
        this.alpha = Math.max(0, Math.min(255, newAlpha));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha / 255f));
    }

    @Override
    public void setLine(double width, LineDash newDash) {
        this.lineWidth = width;
        this.dash = newDash;
        applyStroke();
    }

    @Override
    public void setFont(FontSpec newFont) {
        this.font = newFont;
        applyFont();
    }

    @Override
    public TextExtent measure(String text) {
        return extents.get(font, text, (spec, t) -> measure(g, spec, t));
    }

    @Override
    public void fillRectangle(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void drawRectangle(double x, double y, double width, double height) {
        draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRectangle(double x, double y, double width, double height, double arc) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void drawRoundRectangle(double x, double y, double width, double height, double arc) {
        draw(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void drawOval(double x, double y, double width, double height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillPath(PaintPath path) {
        fill(toShape(path));
    }

    @Override
    public void drawPath(PaintPath path) {
        draw(toShape(path));
    }

    @Override
    public void drawText(String text, double x, double y) {
        g.setColor(color(stroke));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (float) x, (float) (y + metrics.getAscent()));
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip(), stroke, fill, alpha, lineWidth, dash, font));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        g.setTransform(s.transform());
        g.setClip(s.clip());
        stroke = s.stroke();
        fill = s.fill();
        setAlpha(s.alpha());
        setLine(s.lineWidth(), s.dash());
        setFont(s.font());
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    private void fill(Shape shape) {
        g.setColor(color(fill));
        g.fill(shape);
    }

    private void draw(Shape shape) {
        g.setColor(color(stroke));
        g.draw(shape);
    }

    private void applyStroke() {
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                dash.pattern(lineWidth), 0f));
    }

    private void applyFont() {
        g.setFont(cachedFont(font));
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }

    static Path2D toShape(PaintPath path) {
        Path2D.Double shape = new Path2D.Double();
        for (PaintPath.Segment segment : path.segments()) {
            switch (segment) {
                case PaintPath.MoveTo m -> shape.moveTo(m.x(), m.y());
                case PaintPath.LineTo l -> shape.lineTo(l.x(), l.y());
                case PaintPath.QuadTo q -> shape.quadTo(q.cx(), q.cy(), q.x(), q.y());
                case PaintPath.CubicTo c -> shape.curveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
                case PaintPath.Close c -> shape.closePath();
            }
        }
        return shape;
    }
}
