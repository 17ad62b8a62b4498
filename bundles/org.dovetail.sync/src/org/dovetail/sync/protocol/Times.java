package org.dovetail.sync.protocol;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as the workbench's sync views and {@code dovetail log} show them: the local time with its offset ("2026-11-23 20:14 +00:00"), so that a reader in
 * another zone, or a screenshot in a ticket, is never ambiguous. The server sends UTC ISO-8601.
 */
public final class Times {

    private static final DateTimeFormatter LOCAL_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private Times() {
    }

    /** {@code iso} in the system zone with its offset; the text as it came when it is not an ISO instant. */
    public static String format(String iso) {
        return format(iso, ZoneId.systemDefault());
    }

    public static String format(String iso, ZoneId zone) {
        if (iso == null) {
            return "";
        }
        try {
            return LOCAL_WITH_OFFSET.withZone(zone).format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
