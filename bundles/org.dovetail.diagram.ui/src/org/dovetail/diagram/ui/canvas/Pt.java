package org.dovetail.diagram.ui.canvas;

/** A point in diagram coordinates. */
public record Pt(double x, double y) {

    public Pt translated(double dx, double dy) {
        return new Pt(x + dx, y + dy);
    }

    public double distance(Pt other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    /** The distance from this point to the segment from {@code a} to {@code b}. */
    public double distanceToSegment(Pt a, Pt b) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double lengthSquared = dx * dx + dy * dy;
        if (lengthSquared == 0) {
            return distance(a);
        }
        double t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared));
        return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
    }
}
