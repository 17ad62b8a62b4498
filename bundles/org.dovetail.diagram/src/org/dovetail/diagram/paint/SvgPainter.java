package org.dovetail.diagram.paint;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A {@link DiagramPainter} that writes SVG 1.1 directly.
 *
 * <p>Written by hand rather than through Batik's {@code SVGGraphics2D} because the SVG keeps the diagram's
 * structure: every diagram element becomes a {@code <g>} with its id, CSS classes (mapping, kind, severity) and a
 * {@code <title>} (tooltips in browsers, addressable by scripts and tests), text stays text, and the headless bundle
 * needs no Batik in OSGi. Text is measured with AWT font metrics, as in PNG export, so both lay labels out alike.
 */
public final class SvgPainter implements DiagramPainter {

    private record State(double tx, double ty, double scale, Rgb stroke, Rgb fill, int alpha, double lineWidth,
            LineDash dash, FontSpec font, int openGroups) {
    }

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder defs = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private final Graphics2D metrics;
    private double tx;
    private double ty;
    private double scale = 1;
    private Rgb stroke = Rgb.BLACK;
    private Rgb fill = Rgb.WHITE;
    private int alpha = 255;
    private double lineWidth = 1;
    private LineDash dash = LineDash.SOLID;
    private FontSpec font = FontSpec.of(10, false);
    private int openGroups;
    private int clipCount;

    public SvgPainter() {
        this.metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    }

    /** The complete SVG document of the given size (in user units = pixels). */
    public String toSvg(double width, double height, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\">\n");
        if (title != null) {
            svg.append("<title>").append(escape(title)).append("</title>\n");
        }
        if (!defs.isEmpty()) {
            svg.append("<defs>\n").append(defs).append("</defs>\n");
        }
        svg.append(body);
        for (int i = 0; i < openGroups; i++) {
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    @Override
    public void setStroke(Rgb color) {
        stroke = color;
    }

    @Override
    public void setFill(Rgb color) {
        fill = color;
    }

    @Override
    public void setAlpha(int newAlpha) {
        alpha = Math.max(0, Math.min(255, newAlpha));
    }

    @Override
    public void setLine(double width, LineDash newDash) {
        lineWidth = width;
        dash = newDash;
    }

    @Override
    public void setFont(FontSpec newFont) {
        font = newFont;
    }

    @Override
    public TextExtent measure(String text) {
        return AwtPainter.measure(metrics, font, text);
    }

    @Override
    public void fillRectangle(double x, double y, double width, double height) {
        rect(x, y, width, height, 0, true);
    }

    @Override
    public void drawRectangle(double x, double y, double width, double height) {
        rect(x, y, width, height, 0, false);
    }

    @Override
    public void fillRoundRectangle(double x, double y, double width, double height, double arc) {
        rect(x, y, width, height, arc, true);
    }

    @Override
    public void drawRoundRectangle(double x, double y, double width, double height, double arc) {
        rect(x, y, width, height, arc, false);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        oval(x, y, width, height, true);
    }

    @Override
    public void drawOval(double x, double y, double width, double height) {
        oval(x, y, width, height, false);
    }

    @Override
    public void fillPath(PaintPath path) {
        body.append("<path d=\"").append(pathData(path)).append('"').append(paint(true)).append("/>\n");
    }

    @Override
    public void drawPath(PaintPath path) {
        body.append("<path d=\"").append(pathData(path)).append('"').append(paint(false)).append("/>\n");
    }

    @Override
    public void drawText(String text, double x, double y) {
        TextExtent extent = measure(text);
        body.append("<text x=\"").append(num(X(x))).append("\" y=\"").append(num(Y(y + extent.ascent())))
                .append("\" font-family=\"").append(escape(font.family())).append(", sans-serif\" font-size=\"")
                .append(num(font.size() * scale)).append('"');
        if (font.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        if (font.italic()) {
            body.append(" font-style=\"italic\"");
        }
        body.append(" fill=\"").append(stroke.hex()).append('"').append(opacity("fill-opacity")).append('>')
                .append(escape(text)).append("</text>\n");
    }

    @Override
    public void save() {
        saved.push(new State(tx, ty, scale, stroke, fill, alpha, lineWidth, dash, font, openGroups));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        while (openGroups > s.openGroups()) {
            body.append("</g>\n");
            openGroups--;
        }
        tx = s.tx();
        ty = s.ty();
        scale = s.scale();
        stroke = s.stroke();
        fill = s.fill();
        alpha = s.alpha();
        lineWidth = s.lineWidth();
        dash = s.dash();
        font = s.font();
    }

    @Override
    public void translate(double dx, double dy) {
        tx += dx * scale;
        ty += dy * scale;
    }

    @Override
    public void scale(double factor) {
        scale *= factor;
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        String id = "clip" + (++clipCount);
        defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(X(x))).append("\" y=\"")
                .append(num(Y(y))).append("\" width=\"").append(num(width * scale)).append("\" height=\"")
                .append(num(height * scale)).append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        openGroups++;
    }

    @Override
    public void beginGroup(String id, String cssClasses, String title) {
        body.append("<g");
        if (id != null) {
            body.append(" id=\"").append(escape(id)).append('"');
        }
        if (cssClasses != null) {
            body.append(" class=\"").append(escape(cssClasses)).append('"');
        }
        body.append(">\n");
        if (title != null) {
            body.append("<title>").append(escape(title)).append("</title>\n");
        }
        openGroups++;
    }

    @Override
    public void endGroup() {
        if (openGroups > (saved.isEmpty() ? 0 : saved.peek().openGroups())) {
            body.append("</g>\n");
            openGroups--;
        }
    }

    private void rect(double x, double y, double width, double height, double arc, boolean filled) {
        body.append("<rect x=\"").append(num(X(x))).append("\" y=\"").append(num(Y(y))).append("\" width=\"")
                .append(num(width * scale)).append("\" height=\"").append(num(height * scale)).append('"');
        if (arc > 0) {
            String r = num(arc * scale / 2);
            body.append(" rx=\"").append(r).append("\" ry=\"").append(r).append('"');
        }
        body.append(paint(filled)).append("/>\n");
    }

    private void oval(double x, double y, double width, double height, boolean filled) {
        body.append("<ellipse cx=\"").append(num(X(x + width / 2))).append("\" cy=\"").append(num(Y(y + height / 2)))
                .append("\" rx=\"").append(num(width * scale / 2)).append("\" ry=\"").append(num(height * scale / 2))
                .append('"').append(paint(filled)).append("/>\n");
    }

    private String paint(boolean filled) {
        if (filled) {
            return " fill=\"" + fill.hex() + "\" stroke=\"none\"" + opacity("fill-opacity");
        }
        StringBuilder s = new StringBuilder(" fill=\"none\" stroke=\"").append(stroke.hex()).append("\" stroke-width=\"")
                .append(num(lineWidth * scale)).append('"');
        float[] pattern = dash.pattern(lineWidth * scale);
        if (pattern != null) {
            s.append(" stroke-dasharray=\"").append(num(pattern[0])).append(',').append(num(pattern[1])).append('"');
        }
        return s.append(" stroke-linejoin=\"round\"").append(opacity("stroke-opacity")).toString();
    }

    private String opacity(String attribute) {
        return alpha == 255 ? "" : " " + attribute + "=\"" + num(alpha / 255.0) + "\"";
    }

    private String pathData(PaintPath path) {
        StringBuilder d = new StringBuilder();
        for (PaintPath.Segment segment : path.segments()) {
            switch (segment) {
                case PaintPath.MoveTo m -> d.append('M').append(num(X(m.x()))).append(',').append(num(Y(m.y())));
                case PaintPath.LineTo l -> d.append('L').append(num(X(l.x()))).append(',').append(num(Y(l.y())));
                case PaintPath.QuadTo q -> d.append('Q').append(num(X(q.cx()))).append(',').append(num(Y(q.cy())))
                        .append(' ').append(num(X(q.x()))).append(',').append(num(Y(q.y())));
                case PaintPath.CubicTo c -> d.append('C').append(num(X(c.c1x()))).append(',').append(num(Y(c.c1y())))
                        .append(' ').append(num(X(c.c2x()))).append(',').append(num(Y(c.c2y()))).append(' ')
                        .append(num(X(c.x()))).append(',').append(num(Y(c.y())));
                case PaintPath.Close c -> d.append('Z');
            }
            d.append(' ');
        }
        return d.toString().trim();
    }

    private double X(double x) {
        return tx + x * scale;
    }

    private double Y(double y) {
        return ty + y * scale;
    }

    private static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Escapes text for XML content and attributes; drops characters XML 1.0 forbids. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000 && cp <= 0x10FFFF) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
