package org.dovetail.rules.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.dovetail.model.governance.Severity;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Icons with a problem overlay (error, warning, info at the bottom left), made once per display and icon and shared by
 * every editor's {@link ProblemDecorator}: composing them anew for each editor added tens of milliseconds to the turn
 * in which a large model's first validation result is shown (sampled). Disposed with the display.
 */
final class OverlayIcons {

    private static final Map<Display, OverlayIcons> SHARED = new HashMap<>();

    private final Map<Severity, Map<Image, Image>> decorated = new EnumMap<>(Severity.class);

    private OverlayIcons() {
    }

    /** The icons of the current display (call in the UI thread). */
    static synchronized OverlayIcons shared() {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("OverlayIcons.shared() must be called in the UI thread");
        }
        return SHARED.computeIfAbsent(display, d -> {
            OverlayIcons icons = new OverlayIcons();
            d.disposeExec(() -> {
                synchronized (OverlayIcons.class) {
                    SHARED.remove(d);
                }
                icons.dispose();
            });
            return icons;
        });
    }

    /** {@code base} with the overlay of {@code severity}. */
    Image of(Image base, Severity severity) {
        Map<Image, Image> bySeverity = decorated.computeIfAbsent(severity, s -> new HashMap<>());
        Image image = bySeverity.get(base);
        if (image == null || image.isDisposed()) {
            // An icon disposed by its owner is never asked for again: drop what was made from it.
            bySeverity.entrySet().removeIf(entry -> {
                if (entry.getKey().isDisposed()) {
                    entry.getValue().dispose();
                    return true;
                }
                return false;
            });
            image = new DecorationOverlayIcon(base, overlay(severity), IDecoration.BOTTOM_LEFT).createImage();
            bySeverity.put(base, image);
        }
        return image;
    }

    private static ImageDescriptor overlay(Severity severity) {
        String id = switch (severity) {
            case ERROR -> FieldDecorationRegistry.DEC_ERROR;
            case WARNING -> FieldDecorationRegistry.DEC_WARNING;
            default -> FieldDecorationRegistry.DEC_INFORMATION;
        };
        return ImageDescriptor.createFromImage(FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage());
    }

    private void dispose() {
        decorated.values().forEach(images -> images.values().forEach(Image::dispose));
        decorated.clear();
    }
}
