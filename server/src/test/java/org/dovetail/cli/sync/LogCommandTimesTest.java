package org.dovetail.cli.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** {@code dovetail log} prints times as the workbench's History view does, not the server's ISO text with nanoseconds. */
class LogCommandTimesTest {

    @Test
    void aServerTimeWithNanosecondsReadsToTheMinuteWithItsOffset() {
        assertEquals("2026-11-23 20:14 +00:00", LogCommand.time("2026-11-23T20:14:05.123456789Z", ZoneOffset.UTC));
    }

    @Test
    void theTimeIsShownInTheReadersZoneWithThatZonesOffset() {
        assertEquals("2026-11-23 21:14 +01:00", LogCommand.time("2026-11-23T20:14:05.123456789Z", ZoneId.of("Europe/Berlin")));
        assertEquals("2026-07-01 22:14 +02:00", LogCommand.time("2026-07-01T20:14:00Z", ZoneId.of("Europe/Berlin")), "summer time");
        assertEquals("2026-11-23 15:14 -05:00", LogCommand.time("2026-11-23T20:14:00+00:00", ZoneId.of("America/New_York")));
    }

    @Test
    void textThatIsNoTimeIsPrintedAsItCameAndNoTimeIsBlank() {
        assertEquals("yesterday", LogCommand.time("yesterday", ZoneOffset.UTC));
        assertEquals("", LogCommand.time(null, ZoneOffset.UTC));
    }
}
