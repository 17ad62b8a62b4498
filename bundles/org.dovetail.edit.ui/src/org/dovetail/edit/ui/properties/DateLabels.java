package org.dovetail.edit.ui.properties;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Model dates as the rest of the workbench shows them ("2027-02-23"), not EMF's raw {@code 2027-02-23T00:00:00.000+0000}.
 * Every date of the metamodel is a day (expiry, sign-off, due date…): the calendar editor stores midnight UTC, the
 * examples noon UTC, and the rules engine reads waivers by their UTC day, so the label is that day too.
 */
public final class DateLabels {

    private DateLabels() {
    }

    public static String format(Date date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date.toInstant().atZone(ZoneOffset.UTC));
    }
}
