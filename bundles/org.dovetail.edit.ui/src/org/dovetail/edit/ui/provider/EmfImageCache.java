package org.dovetail.edit.ui.provider;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Converts the image objects of EMF.Edit item providers (a {@link URL}, an EMF {@link URI}, a
 * {@link ComposedImage} of those, or an {@link ImageDescriptor}) into SWT images, creating each
 * image once and disposing all of them in {@link #dispose()}.
 */
public final class EmfImageCache {

    private static final Map<Display, EmfImageCache> SHARED = new HashMap<>();

    private final Map<Object, Image> images = new HashMap<>();

    /** A cache shared by everything on the current display, disposed with the display. */
    public static synchronized EmfImageCache shared() {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("EmfImageCache.shared() must be called in the UI thread");
        }
        return SHARED.computeIfAbsent(display, d -> {
            EmfImageCache cache = new EmfImageCache();
            d.disposeExec(() -> {
                synchronized (EmfImageCache.class) {
                    SHARED.remove(d);
                }
                cache.dispose();
            });
            return cache;
        });
    }

    /** The SWT image for an EMF.Edit image object, or {@code null} if it is not an image. */
    public synchronized Image get(Object emfImage) {
        if (emfImage == null) {
            return null;
        }
        if (emfImage instanceof Image image) {
            return image;
        }
        // URL.equals resolves host names; compare URLs by their text instead.
        Object key = emfImage instanceof URL url ? url.toExternalForm() : emfImage;
        Image image = images.get(key);
        if (image == null || image.isDisposed()) {
            ImageDescriptor descriptor = descriptorOf(emfImage);
            image = descriptor == null ? null : descriptor.createImage(false);
            if (image == null) {
                return null;
            }
            images.put(key, image);
        }
        return image;
    }

    public synchronized void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }

    static ImageDescriptor descriptorOf(Object emfImage) {
        if (emfImage instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (emfImage instanceof URL url) {
            return StreamImageDescriptors.of(url);
        }
        if (emfImage instanceof URI uri) {
            try {
                return StreamImageDescriptors.of(java.net.URI.create(uri.toString()).toURL());
            } catch (MalformedURLException | IllegalArgumentException e) {
                return null;
            }
        }
        if (emfImage instanceof ComposedImage composed) {
            return new ComposedImageDescriptor(composed);
        }
        return null;
    }
}
