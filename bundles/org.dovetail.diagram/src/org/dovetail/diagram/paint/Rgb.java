package org.dovetail.diagram.paint;

import java.util.Locale;

/** An opaque colour. Descriptions write colours as {@code #RRGGBB}. */
public record Rgb(int red, int green, int blue) {

    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour components must be 0..255: " + red + ", " + green + ", " + blue);
        }
    }

    /** Parses {@code #RRGGBB}; a null or empty text gives {@code fallback}. */
    public static Rgb parse(String hex, Rgb fallback) {
        if (hex == null || hex.isBlank()) {
            return fallback;
        }
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (digits.length() != 6) {
            throw new IllegalArgumentException("not a #RRGGBB colour: " + hex);
        }
        int value = Integer.parseInt(digits, 16);
        return new Rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** This colour mixed with white: {@code amount} 0 gives this colour, 1 gives white. */
    public Rgb lighter(double amount) {
        return new Rgb(mix(red, 255, amount), mix(green, 255, amount), mix(blue, 255, amount));
    }

    /** This colour mixed with black. */
    public Rgb darker(double amount) {
        return new Rgb(mix(red, 0, amount), mix(green, 0, amount), mix(blue, 0, amount));
    }

    private static int mix(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * Math.max(0, Math.min(1, amount)));
    }
}
