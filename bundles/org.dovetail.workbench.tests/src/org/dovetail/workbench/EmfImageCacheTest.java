package org.dovetail.workbench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dovetail.edit.ui.provider.EmfImageCache;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** EMF.Edit image objects become SWT images once, and are disposed with the cache. */
class EmfImageCacheTest {

    private static final Object ICON = DovetailEditorIcon.url();

    private final EmfImageCache cache = new EmfImageCache();

    @AfterEach
    void dispose() {
        cache.dispose();
    }

    @Test
    void urlBecomesAnImageCreatedOnce() {
        Image image = cache.get(ICON);
        assertNotNull(image);
        assertSame(image, cache.get(ICON), "the second request is served from the cache");
        cache.dispose();
        assertTrue(image.isDisposed(), "disposing the cache disposes its images");
    }

    @Test
    void composedImageIsDrawnAsOneImageOfTheComposedSize() {
        // The default ComposedImage stacks its parts at the origin: the size of the largest part.
        Image image = cache.get(new ComposedImage(List.of(ICON, ICON)));
        assertNotNull(image);
        Rectangle bounds = image.getBounds();
        Rectangle single = cache.get(ICON).getBounds();
        assertTrue(bounds.width == single.width && bounds.height == single.height, "composed bounds " + bounds);
    }

    @Test
    void unknownObjectsHaveNoImage() {
        assertNull(cache.get("not an image"));
        assertNull(cache.get(null));
    }
}
