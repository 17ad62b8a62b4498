package org.dovetail.ui.testing;

import java.io.IOException;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A JUnit 5 extension that saves a screenshot of the display when a test fails, named after the test class and
 * method: {@code @ExtendWith(ScreenshotOnFailure.class)}.
 */
public final class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (Display.getCurrent() == null) {
            return; // not the UI thread: nothing safe to capture
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            System.err.println("Screenshot of the failed test " + name + ": " + Screenshots.capture("failed-" + name));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot of the failed test " + name + ": " + e);
        }
    }
}
