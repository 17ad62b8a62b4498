package org.dovetail.diagram.render;

import java.util.List;

import org.dovetail.diagram.model.description.NodeShape;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.description.Style;
import org.dovetail.diagram.paint.AwtTextMeasurer;
import org.dovetail.diagram.paint.FontSpec;
import org.dovetail.diagram.paint.TextWrap;

/** Fonts, text areas and sizes of nodes, shared by layout (sizes) and rendering (where text goes). */
public final class NodeMetrics {

    public static final double PADDING = 8;
    public static final double CONTAINER_HEADER = 30;
    public static final double LANE_HEADER_WIDTH = 150;

    private NodeMetrics() {
    }

    public static FontSpec labelFont(Style style) {
        return FontSpec.of(style == null ? 10 : style.getFontSize(), style != null && style.isBold());
    }

    public static FontSpec tagFont(Style style) {
        return FontSpec.of(Math.max(7, (style == null ? 10 : style.getFontSize()) - 2.5), true);
    }

    /** The width available to a node's label. */
    public static double textWidth(NodeStyle style, double nodeWidth) {
        double factor = style != null && (style.getShape() == NodeShape.DIAMOND) ? 0.62
                : style != null && (style.getShape() == NodeShape.HEXAGON || style.getShape() == NodeShape.ELLIPSE) ? 0.78 : 1;
        return Math.max(20, nodeWidth * factor - 2 * PADDING);
    }

    public static List<String> lines(NodeStyle style, String label, double nodeWidth) {
        FontSpec font = labelFont(style);
        return TextWrap.wrap(label, textWidth(style, nodeWidth), text -> AwtTextMeasurer.width(font, text));
    }

    /** The size a node needs: its style's size, taller when the wrapped label needs it. */
    public static int[] nodeSize(NodeStyle style, String label) {
        int width = style == null ? 140 : style.getWidth();
        int height = style == null ? 56 : style.getHeight();
        List<String> lines = lines(style, label, width);
        double text = lines.size() * AwtTextMeasurer.lineHeight(labelFont(style));
        if (style != null && style.getTag() != null && !style.getTag().isEmpty()) {
            text += AwtTextMeasurer.lineHeight(tagFont(style)) + 2;
        }
        double factor = style != null && style.getShape() == NodeShape.DIAMOND ? 1.7
                : style != null && style.getShape() == NodeShape.DOCUMENT ? 1.25 : 1;
        double needed = text * factor + 2 * PADDING + (style != null && style.getShape() == NodeShape.CYLINDER ? 12 : 0);
        return new int[] { width, (int) Math.ceil(Math.max(height, needed)) };
    }

    /** The minimum size of a container: room for its title. */
    public static int[] containerMinimum(NodeStyle style, String label) {
        FontSpec font = labelFont(style).withSize(labelFont(style).size() + 1);
        FontSpec bold = new FontSpec(font.family(), font.size(), true, false);
        int width = (int) Math.ceil(AwtTextMeasurer.width(bold, label == null ? "" : label) + 4 * PADDING);
        return new int[] { Math.max(width, style == null ? 120 : Math.min(style.getWidth(), 200)), (int) CONTAINER_HEADER + 20 };
    }
}
