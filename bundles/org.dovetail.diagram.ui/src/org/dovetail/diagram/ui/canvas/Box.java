package org.dovetail.diagram.ui.canvas;

/** An axis-aligned rectangle in diagram coordinates (logical units, 100 % zoom). */
public record Box(double x, double y, double width, double height) {

    public static Box spanning(Pt a, Pt b) {
        return new Box(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public Pt center() {
        return new Pt(x + width / 2, y + height / 2);
    }

    public boolean contains(Pt p) {
        return p.x() >= x && p.x() <= right() && p.y() >= y && p.y() <= bottom();
    }

    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    public boolean intersects(Box other) {
        return other.x <= right() && other.right() >= x && other.y <= bottom() && other.bottom() >= y;
    }

    public Box union(Box other) {
        if (other == null) {
            return this;
        }
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    public Box translated(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    public Box expanded(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }
}
