package org.dovetail.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Times read as {@code dovetail log} and the workbench's History view print them, not as the server's ISO text with nanoseconds. */
class TimesTest {

    @Test
    void aServerTimeWithNanosecondsReadsToTheMinuteWithItsOffset() {
        assertEquals("2026-11-23 20:14 +00:00", Times.format("2026-11-23T20:14:05.123456789Z", ZoneOffset.UTC));
    }

    @Test
    void theTimeIsShownInTheReadersZoneWithThatZonesOffset() {
        assertEquals("2026-11-23 21:14 +01:00", Times.format("2026-11-23T20:14:05.123456789Z", ZoneId.of("Europe/Berlin")));
        assertEquals("2026-07-01 22:14 +02:00", Times.format("2026-07-01T20:14:00Z", ZoneId.of("Europe/Berlin")), "summer time");
        assertEquals("2026-11-23 15:14 -05:00", Times.format("2026-11-23T20:14:00+00:00", ZoneId.of("America/New_York")));
    }

    @Test
    void textThatIsNoTimeIsPrintedAsItCameAndNoTimeIsBlank() {
        assertEquals("yesterday", Times.format("yesterday", ZoneOffset.UTC));
        assertEquals("", Times.format(null, ZoneOffset.UTC));
    }
}
