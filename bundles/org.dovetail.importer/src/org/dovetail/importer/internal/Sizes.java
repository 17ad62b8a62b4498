package org.dovetail.importer.internal;

import java.util.Locale;

/** Byte counts as people read them. */
public final class Sizes {

    private Sizes() {
    }

    public static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }

    /** Parses "500k", "64m", "2g" or a plain number of bytes. */
    public static long parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long factor = 1;
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'k' -> factor = 1024;
            case 'm' -> factor = 1024 * 1024;
            case 'g' -> factor = 1024L * 1024 * 1024;
            default -> {
            }
        }
        if (factor > 1) {
            t = t.substring(0, t.length() - 1);
        }
        long value = Long.parseLong(t.strip());
        if (value <= 0) {
            throw new NumberFormatException("a size must be positive: " + text);
        }
        return Math.multiplyExact(value, factor);
    }
}
