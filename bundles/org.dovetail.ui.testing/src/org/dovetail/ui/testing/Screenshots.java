package org.dovetail.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** PNG screenshots of the whole display, for failed tests and for looking at screens. */
public final class Screenshots {

    /** Where screenshots go: {@code -Ddovetail.screenshots=<folder>}, else {@code target/screenshots} of the test run. */
    public static Path folder() {
        String configured = System.getProperty("dovetail.screenshots");
        return Path.of(configured != null ? configured : "target/screenshots").toAbsolutePath();
    }

    private Screenshots() {
    }

    /** Saves the whole screen as {@code <folder>/<name>.png} and returns the file. */
    public static Path capture(String name) throws IOException {
        Display display = UiWait.display();
        UiWait.processEvents();
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path file = folder().resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
