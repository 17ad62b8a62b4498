package org.dovetail.ui.testing;

import java.io.IOException;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that saves a screenshot of the display when a test fails, named after the test class and
 * method: {@code @ExtendWith(ScreenshotOnFailure.class)}. It runs right after the test method, before
 * {@code @AfterEach} closes editors and dialogs, so the screen shows what the test saw.
 */
public final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || Display.getCurrent() == null) {
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
