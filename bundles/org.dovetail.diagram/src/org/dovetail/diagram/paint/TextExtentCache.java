package org.dovetail.diagram.paint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Text extents by font and text, so that repainting a diagram measures each label once instead of on every frame
 * (measuring is a native call on SWT). Bounded: the least recently used entries go first.
 *
 * @since 0.1
 */
public final class TextExtentCache {

    private record Key(FontSpec font, String text) {
    }

    private final int capacity;
    private final Map<Key, TextExtent> extents;

    public TextExtentCache(int capacity) {
        this.capacity = capacity;
        this.extents = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, TextExtent> eldest) {
                return size() > TextExtentCache.this.capacity;
            }
        };
    }

    /** The extent of {@code text} in {@code font}, measured with {@code measure} the first time only. */
    public TextExtent get(FontSpec font, String text, BiFunction<FontSpec, String, TextExtent> measure) {
        Key key = new Key(font, text);
        TextExtent extent = extents.get(key);
        if (extent == null) {
            extent = measure.apply(font, text);
            extents.put(key, extent);
        }
        return extent;
    }

    public void clear() {
        extents.clear();
    }
}
