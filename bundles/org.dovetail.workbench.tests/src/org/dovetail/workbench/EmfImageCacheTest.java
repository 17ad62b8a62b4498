package org.dovetail.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dovetail.edit.ui.provider.EmfImageCache;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aDoubleSizedVariantBesideTheIconIsDrawnAt200Percent(@TempDir Path folder) throws Exception {
        URL icon = writePng(folder.resolve("task.png"), 16);
        writePng(folder.resolve("task@2x.png"), 32);
        Image image = cache.get(icon);
        assertEquals(16, image.getImageData(100).width);
        assertEquals(32, image.getImageData(200).width, "the @2x file, not the 16-pixel icon scaled");
    }

    @Test
    void aUrlThatIsNotAnImageHasNoImage(@TempDir Path folder) throws Exception {
        Path text = Files.writeString(folder.resolve("notes.png"), "not an image");
        assertNull(cache.get(text.toUri().toURL()));
        assertNull(cache.get(folder.resolve("missing.png").toUri().toURL()));
    }

    private static URL writePng(Path file, int size) throws Exception {
        ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file.toUri().toURL();
    }

    @Test
    void unknownObjectsHaveNoImage() {
        assertNull(cache.get("not an image"));
        assertNull(cache.get(null));
    }
}
