package org.dovetail.diagram.ui.paint;

import java.util.ArrayDeque;
import java.util.Deque;

import org.dovetail.diagram.paint.DiagramPainter;
import org.dovetail.diagram.paint.FontSpec;
import org.dovetail.diagram.paint.LineDash;
import org.dovetail.diagram.paint.PaintPath;
import org.dovetail.diagram.paint.Rgb;
import org.dovetail.diagram.paint.TextExtent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

/**
 * The diagram renderer's {@link DiagramPainter} on an SWT {@link GC}: antialiased, in floating-point
 * coordinates through SWT paths and transforms, so the canvas shows what the PNG and SVG exports show. It
 * starts from the GC's current transform (the canvas's zoom and scroll) and leaves it as it found it.
 */
public final class SwtPainter implements DiagramPainter {

    private record State(float[] transform, Rectangle clip, Rgb stroke, Rgb fill, int alpha, double lineWidth,
            LineDash dash, FontSpec font) {
    }

    private final GC gc;
    private final SwtFonts fonts;
    private final Transform transform;
    private final float[] initialTransform = new float[6];
    private final float[] textTransform = new float[6];
    private final Rectangle initialClip;
    private final Deque<State> saved = new ArrayDeque<>();
    private Rectangle deviceClip;
    private Rgb stroke = Rgb.BLACK;
    private Rgb fill = Rgb.WHITE;
    private int alpha = 255;
    private double lineWidth = 1;
    private LineDash dash = LineDash.SOLID;
    private FontSpec font = FontSpec.of(10, false);

    public SwtPainter(GC gc, SwtFonts fonts) {
        this.gc = gc;
        this.fonts = fonts;
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        transform = new Transform(gc.getDevice());
        gc.getTransform(transform);
        transform.getElements(initialTransform);
        initialClip = deviceClip();
        deviceClip = initialClip;
        applyLine();
    }

    /** Puts the GC's transform and clip back as they were and frees the painter's resources. */
    public void dispose() {
        transform.setElements(initialTransform[0], initialTransform[1], initialTransform[2], initialTransform[3],
                initialTransform[4], initialTransform[5]);
        setDeviceClip(initialClip);
        gc.setTransform(transform);
        gc.setAlpha(255);
        transform.dispose();
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
        gc.setAlpha(alpha);
    }

    @Override
    public void setLine(double width, LineDash newDash) {
        lineWidth = width;
        dash = newDash;
        applyLine();
    }

    private void applyLine() {
        float[] pattern = dash.pattern(lineWidth);
        LineAttributes attributes = new LineAttributes((float) lineWidth, SWT.CAP_FLAT, SWT.JOIN_MITER,
                pattern == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, pattern, 0, 10);
        gc.setLineAttributes(attributes);
    }

    @Override
    public void setFont(FontSpec newFont) {
        font = newFont;
    }

    @Override
    public TextExtent measure(String text) {
        return fonts.extents().get(font, text, this::measureNow);
    }

    private TextExtent measureNow(FontSpec spec, String text) {
        gc.setFont(fonts.font(spec));
        Point extent = gc.textExtent(text, SWT.DRAW_TRANSPARENT);
        FontMetrics metrics = gc.getFontMetrics();
        double scale = 1.0 / SwtFonts.OVERSAMPLING;
        return new TextExtent(extent.x * scale, extent.y * scale, metrics.getAscent() * scale);
    }

    @Override
    public void fillRectangle(double x, double y, double width, double height) {
        withPath(path -> path.addRectangle((float) x, (float) y, (float) width, (float) height), true);
    }

    @Override
    public void drawRectangle(double x, double y, double width, double height) {
        withPath(path -> path.addRectangle((float) x, (float) y, (float) width, (float) height), false);
    }

    @Override
    public void fillRoundRectangle(double x, double y, double width, double height, double arc) {
        fillPath(roundRectangle(x, y, width, height, arc));
    }

    @Override
    public void drawRoundRectangle(double x, double y, double width, double height, double arc) {
        drawPath(roundRectangle(x, y, width, height, arc));
    }

    /** A rounded rectangle as cubic curves; {@code arc} is the corner's diameter, as in AWT. */
    private static PaintPath roundRectangle(double x, double y, double w, double h, double arc) {
        double r = Math.max(0, Math.min(arc / 2, Math.min(w, h) / 2));
        double k = r * 0.5523;
        return new PaintPath().moveTo(x + r, y).lineTo(x + w - r, y)
                .cubicTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r).lineTo(x + w, y + h - r)
                .cubicTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h).lineTo(x + r, y + h)
                .cubicTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r).lineTo(x, y + r)
                .cubicTo(x, y + r - k, x + r - k, y, x + r, y).close();
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        withPath(path -> path.addArc((float) x, (float) y, (float) width, (float) height, 0, 360), true);
    }

    @Override
    public void drawOval(double x, double y, double width, double height) {
        withPath(path -> path.addArc((float) x, (float) y, (float) width, (float) height, 0, 360), false);
    }

    @Override
    public void fillPath(PaintPath path) {
        withPath(swt -> append(swt, path), true);
    }

    @Override
    public void drawPath(PaintPath path) {
        withPath(swt -> append(swt, path), false);
    }

    private static void append(Path swt, PaintPath path) {
        for (PaintPath.Segment segment : path.segments()) {
            switch (segment) {
                case PaintPath.MoveTo m -> swt.moveTo((float) m.x(), (float) m.y());
                case PaintPath.LineTo l -> swt.lineTo((float) l.x(), (float) l.y());
                case PaintPath.QuadTo q -> swt.quadTo((float) q.cx(), (float) q.cy(), (float) q.x(), (float) q.y());
                case PaintPath.CubicTo c -> swt.cubicTo((float) c.c1x(), (float) c.c1y(), (float) c.c2x(),
                        (float) c.c2y(), (float) c.x(), (float) c.y());
                case PaintPath.Close close -> swt.close();
            }
        }
    }

    private void withPath(java.util.function.Consumer<Path> shape, boolean filled) {
        Path path = new Path(gc.getDevice());
        try {
            shape.accept(path);
            if (filled) {
                gc.setBackground(color(fill));
                gc.fillPath(path);
            } else {
                gc.setForeground(color(stroke));
                gc.drawPath(path);
            }
        } finally {
            path.dispose();
        }
    }

    @Override
    public void drawText(String text, double x, double y) {
        gc.setFont(fonts.font(font));
        gc.setForeground(color(stroke));
        float[] before = textTransform;
        transform.getElements(before);
        transform.translate((float) x, (float) y);
        transform.scale(1f / SwtFonts.OVERSAMPLING, 1f / SwtFonts.OVERSAMPLING);
        gc.setTransform(transform);
        gc.drawText(text, 0, 0, SWT.DRAW_TRANSPARENT);
        transform.setElements(before[0], before[1], before[2], before[3], before[4], before[5]);
        gc.setTransform(transform);
    }

    @Override
    public void save() {
        float[] elements = new float[6];
        transform.getElements(elements);
        saved.push(new State(elements, deviceClip, stroke, fill, alpha, lineWidth, dash, font));
    }

    @Override
    public void restore() {
        State state = saved.pop();
        float[] e = state.transform();
        transform.setElements(e[0], e[1], e[2], e[3], e[4], e[5]);
        setDeviceClip(state.clip());
        gc.setTransform(transform);
        stroke = state.stroke();
        fill = state.fill();
        setAlpha(state.alpha());
        lineWidth = state.lineWidth();
        dash = state.dash();
        applyLine();
        font = state.font();
    }

    @Override
    public void translate(double dx, double dy) {
        transform.translate((float) dx, (float) dy);
        gc.setTransform(transform);
    }

    @Override
    public void scale(double factor) {
        transform.scale((float) factor, (float) factor);
        gc.setTransform(transform);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        float[] corners = { (float) x, (float) y, (float) (x + width), (float) (y + height) };
        transform.transform(corners);
        int left = (int) Math.floor(Math.min(corners[0], corners[2]));
        int top = (int) Math.floor(Math.min(corners[1], corners[3]));
        int right = (int) Math.ceil(Math.max(corners[0], corners[2]));
        int bottom = (int) Math.ceil(Math.max(corners[1], corners[3]));
        Rectangle wanted = new Rectangle(left, top, right - left, bottom - top);
        setDeviceClip(deviceClip == null ? wanted : deviceClip.intersection(wanted));
    }

    /** Sets the clip in device pixels (null: none), whatever the current transform. */
    private void setDeviceClip(Rectangle clip) {
        deviceClip = clip;
        gc.setTransform(null);
        if (clip == null) {
            gc.setClipping((Rectangle) null);
        } else {
            gc.setClipping(clip);
        }
        gc.setTransform(transform);
    }

    private Rectangle deviceClip() {
        gc.setTransform(null);
        Rectangle clip = gc.getClipping();
        gc.setTransform(transform);
        return clip;
    }

    /** SWT colours need no disposal (device-independent since SWT 4.17): one per RGB, not one per draw call. */
    private static final java.util.Map<Rgb, Color> COLORS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Color color(Rgb rgb) {
        return COLORS.computeIfAbsent(rgb, c -> new Color(c.red(), c.green(), c.blue()));
    }
}
