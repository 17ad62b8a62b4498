package org.dovetail.diagram.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * A geometric path of lines and curves, independent of any toolkit; each painter converts it to its own
 * (AWT {@code Path2D}, SWT {@code Path}, SVG path data).
 */
public final class PaintPath {

    /** One path operation. */
    public sealed interface Segment {
    }

    public record MoveTo(double x, double y) implements Segment {
    }

    public record LineTo(double x, double y) implements Segment {
    }

    public record QuadTo(double cx, double cy, double x, double y) implements Segment {
    }

    public record CubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) implements Segment {
    }

    public record Close() implements Segment {
    }

    private final List<Segment> segments = new ArrayList<>();

    public PaintPath moveTo(double x, double y) {
        segments.add(new MoveTo(x, y));
        return this;
    }

    public PaintPath lineTo(double x, double y) {
        segments.add(new LineTo(x, y));
        return this;
    }

    public PaintPath quadTo(double cx, double cy, double x, double y) {
        segments.add(new QuadTo(cx, cy, x, y));
        return this;
    }

    public PaintPath cubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        segments.add(new CubicTo(c1x, c1y, c2x, c2y, x, y));
        return this;
    }

    public PaintPath close() {
        segments.add(new Close());
        return this;
    }

    /** A closed polygon through the given x, y pairs. */
    public static PaintPath polygon(double... xy) {
        PaintPath path = polyline(xy);
        return path.close();
    }

    /** An open line through the given x, y pairs. */
    public static PaintPath polyline(double... xy) {
        if (xy.length < 4 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a polyline needs at least two x, y pairs");
        }
        PaintPath path = new PaintPath().moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        return path;
    }

    public List<Segment> segments() {
        return List.copyOf(segments);
    }
}
