package org.dovetail.diagram.paint;

/** Line patterns every painter supports. */
public enum LineDash {
    SOLID, DASHED, DOTTED;

    /** Dash lengths for a line of the given width (on, off, …), or null for solid. */
    public float[] pattern(double lineWidth) {
        float w = (float) Math.max(1, lineWidth);
        return switch (this) {
            case SOLID -> null;
            case DASHED -> new float[] { 6 * w, 4 * w };
            case DOTTED -> new float[] { 1.5f * w, 3 * w };
        };
    }
}
