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
        // The tick already queued when it was stopped still fires once; none after it.
        UiWait.idle(Duration.ofMillis(250));
        int afterStop = ticks.ticks();
        UiWait.idle(Duration.ofMillis(500));
        assertEquals(afterStop, ticks.ticks(), "ticks after stop()");
    }
}
