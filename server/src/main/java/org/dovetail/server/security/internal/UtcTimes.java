package org.dovetail.server.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants as the UTC {@code TIMESTAMP} columns hold them (EclipseLink 4 maps {@link LocalDateTime}, not Instant). */
final class UtcTimes {

    private UtcTimes() {
    }

    static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
