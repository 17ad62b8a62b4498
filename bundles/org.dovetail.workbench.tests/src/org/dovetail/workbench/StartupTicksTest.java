package org.dovetail.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.dovetail.ui.testing.UiWait;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/** The start-up timer fires every tick until the window is open, then leaves the event loop alone. */
class StartupTicksTest {

    @Test
    void ticksUntilStoppedThenNoMore() {
        StartupTicks ticks = StartupTicks.start(Display.getCurrent());
        UiWait.until("the timer fired several times", () -> ticks.ticks() >= 5, Duration.ofSeconds(10));

        ticks.stop();
        int atStop = ticks.ticks();
        // Several tick periods, however slowly a loaded machine runs them: the queued tick was taken back.
        UiWait.idle(Duration.ofMillis(10 * StartupTicks.TICK_MS));
        assertEquals(atStop, ticks.ticks(), "ticks after stop()");
    }
}
