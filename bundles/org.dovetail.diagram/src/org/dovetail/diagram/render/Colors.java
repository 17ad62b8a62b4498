package org.dovetail.diagram.render;

import org.dovetail.diagram.model.state.DecorationSeverity;
import org.dovetail.diagram.paint.Rgb;

/** The palette every renderer shares: severities and neutral defaults. */
public final class Colors {

    public static final Rgb ERROR = new Rgb(0xc6, 0x28, 0x28);
    public static final Rgb WARNING = new Rgb(0xe6, 0x8a, 0x00);
    public static final Rgb INFO = new Rgb(0x1e, 0x6f, 0xc9);
    public static final Rgb TEXT = new Rgb(0x1f, 0x29, 0x33);
    public static final Rgb MUTED = new Rgb(0x5f, 0x6b, 0x7a);
    public static final Rgb BORDER = new Rgb(0x8a, 0x94, 0xa3);
    public static final Rgb NODE_FILL = new Rgb(0xff, 0xff, 0xff);
    public static final Rgb CONTAINER_FILL = new Rgb(0xf6, 0xf7, 0xf9);
    public static final Rgb SHADOW = new Rgb(0x20, 0x28, 0x38);

    private Colors() {
    }

    public static Rgb of(DecorationSeverity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
            case NONE -> MUTED;
        };
    }
}
