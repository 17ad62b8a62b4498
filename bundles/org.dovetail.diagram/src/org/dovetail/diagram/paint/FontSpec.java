package org.dovetail.diagram.paint;

/** A font by family, size in points (at 100 % zoom, 1 pt = 1 diagram pixel) and weight. */
public record FontSpec(String family, double size, boolean bold, boolean italic) {

    /** The family every renderer uses; DejaVu Sans is installed with the product's fonts and on Debian. */
    public static final String DEFAULT_FAMILY = "DejaVu Sans";

    public static FontSpec of(double size, boolean bold) {
        return new FontSpec(DEFAULT_FAMILY, size, bold, false);
    }

    public FontSpec withSize(double newSize) {
        return new FontSpec(family, newSize, bold, italic);
    }
}
