package org.dovetail.edit.ui.provider;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Point;

/**
 * Draws an EMF.Edit {@link ComposedImage} (an icon with overlays) as one image, placing the
 * parts where the composed image says.
 */
final class ComposedImageDescriptor extends CompositeImageDescriptor {

    private final ComposedImage composedImage;
    private List<CachedImageDataProvider> parts;

    ComposedImageDescriptor(ComposedImage composedImage) {
        this.composedImage = composedImage;
    }

    @Override
    protected Point getSize() {
        ComposedImage.Size size = composedSize();
        return new Point(size.width, size.height);
    }

    @Override
    protected void drawCompositeImage(int width, int height) {
        List<ComposedImage.Point> points = composedImage.getDrawPoints(composedSize());
        List<CachedImageDataProvider> images = parts();
        for (int i = 0; i < images.size() && i < points.size(); i++) {
            CachedImageDataProvider part = images.get(i);
            if (part != null) {
                drawImage(part, points.get(i).x, points.get(i).y);
            }
        }
    }

    /** Also records the part sizes in the composed image, which getDrawPoints needs. */
    private ComposedImage.Size composedSize() {
        List<ComposedImage.Size> sizes = new ArrayList<>();
        for (CachedImageDataProvider part : parts()) {
            ComposedImage.Size size = new ComposedImage.Size();
            if (part != null) {
                size.width = part.getWidth();
                size.height = part.getHeight();
            }
            sizes.add(size);
        }
        return composedImage.getSize(sizes);
    }

    private List<CachedImageDataProvider> parts() {
        if (parts == null) {
            parts = new ArrayList<>();
            for (Object image : composedImage.getImages()) {
                ImageDescriptor descriptor = EmfImageCache.descriptorOf(image);
                parts.add(descriptor == null ? null : createCachedImageDataProvider(descriptor));
            }
        }
        return parts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComposedImageDescriptor that && composedImage.equals(that.composedImage);
    }

    @Override
    public int hashCode() {
        return composedImage.hashCode();
    }
}
