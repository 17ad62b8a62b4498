package org.dovetail.edit.ui.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;

/**
 * Image descriptors that read an icon from its URL's stream. {@link ImageDescriptor#createFromURL} first asks for
 * the icon as a file (to look for variants beside it), and a bundle's file is extracted from its jar to the OSGi
 * storage on first use: file system work in the UI thread while a large model's tree first paints (sampled in the
 * freeze benchmark's open). Reading the stream leaves the jar alone; a {@code @2x} variant is read the same way
 * when a display asks for 200 %.
 */
final class StreamImageDescriptors {

    private StreamImageDescriptors() {
    }

    /** The descriptor of the image at {@code url}, or {@code null} when it cannot be read as an image. */
    static ImageDescriptor of(URL url) {
        ImageData data = read(url);
        if (data == null) {
            return null;
        }
        return ImageDescriptor.createFromImageDataProvider(zoom -> switch (zoom) {
            case 100 -> data;
            case 200 -> read(doubleSized(url));
            default -> null; // SWT scales the 100 % image
        });
    }

    private static ImageData read(URL url) {
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new ImageData(in);
        } catch (IOException | SWTException e) {
            return null; // no such variant, or not an image
        }
    }

    /** {@code icons/x.png} → {@code icons/x@2x.png}, the platform's convention for 200 % icons. */
    static URL doubleSized(URL url) {
        String text = url.toExternalForm();
        int dot = text.lastIndexOf('.');
        if (dot <= text.lastIndexOf('/')) {
            return null;
        }
        try {
            return java.net.URI.create(text.substring(0, dot) + "@2x" + text.substring(dot)).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return null;
        }
    }
}
