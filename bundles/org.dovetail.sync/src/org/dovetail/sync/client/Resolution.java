package org.dovetail.sync.client;

/** How the user settles one conflict: keep mine, take theirs, or an edited value (single-valued features). */
public record Resolution(Choice choice, String value) {

    public enum Choice {
        MINE, THEIRS, EDITED
    }

    public static Resolution mine() {
        return new Resolution(Choice.MINE, null);
    }

    public static Resolution theirs() {
        return new Resolution(Choice.THEIRS, null);
    }

    public static Resolution edited(String value) {
        return new Resolution(Choice.EDITED, value);
    }
}
