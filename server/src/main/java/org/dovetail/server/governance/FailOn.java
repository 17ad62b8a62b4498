package org.dovetail.server.governance;

import java.util.Locale;

import org.dovetail.model.governance.Severity;

/** A project's gate policy: refuse commits that add findings at or above {@code error} or {@code warning}, or {@code never}. */
public enum FailOn {
    ERROR, WARNING, NEVER;

    /** Whether a new finding of {@code severity} makes the gate refuse the commit. */
    public boolean blocks(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity == Severity.ERROR || severity == Severity.WARNING;
            case NEVER -> false;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The policy named {@code name}; {@link IllegalArgumentException} naming the valid ones otherwise. */
    public static FailOn of(String name) {
        for (FailOn f : values()) {
            if (f.wireName().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown policy '" + name + "'; failOn is one of error, warning, never");
    }
}
