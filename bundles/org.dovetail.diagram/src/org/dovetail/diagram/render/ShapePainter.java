package org.dovetail.diagram.render;

import org.dovetail.diagram.model.description.NodeShape;
import org.dovetail.diagram.paint.DiagramPainter;
import org.dovetail.diagram.paint.PaintPath;

/** Outlines of node shapes as paths, filled and drawn through any painter. */
final class ShapePainter {

    private ShapePainter() {
    }

    static void fill(DiagramPainter painter, NodeShape shape, double x, double y, double w, double h) {
        switch (shape) {
            case RECTANGLE -> painter.fillRectangle(x, y, w, h);
            case ROUNDED_RECTANGLE -> painter.fillRoundRectangle(x, y, w, h, Math.min(16, h / 2));
            case ELLIPSE -> painter.fillOval(x, y, w, h);
            default -> painter.fillPath(path(shape, x, y, w, h));
        }
    }

    static void draw(DiagramPainter painter, NodeShape shape, double x, double y, double w, double h) {
        switch (shape) {
            case RECTANGLE -> painter.drawRectangle(x, y, w, h);
            case ROUNDED_RECTANGLE -> painter.drawRoundRectangle(x, y, w, h, Math.min(16, h / 2));
            case ELLIPSE -> painter.drawOval(x, y, w, h);
            case CYLINDER -> {
                painter.drawPath(path(shape, x, y, w, h));
                double e = Math.min(12, h / 4);
                painter.drawPath(new PaintPath().moveTo(x, y + e / 2).cubicTo(x, y + e * 1.17, x + w, y + e * 1.17, x + w, y + e / 2));
            }
            default -> painter.drawPath(path(shape, x, y, w, h));
        }
    }

    static PaintPath path(NodeShape shape, double x, double y, double w, double h) {
        return switch (shape) {
            case DIAMOND -> PaintPath.polygon(x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2);
            case HEXAGON -> {
                double d = Math.min(18, w / 6);
                yield PaintPath.polygon(x + d, y, x + w - d, y, x + w, y + h / 2, x + w - d, y + h, x + d, y + h, x, y + h / 2);
            }
            case OCTAGON -> {
                double d = Math.min(12, Math.min(w, h) / 4);
                yield PaintPath.polygon(x + d, y, x + w - d, y, x + w, y + d, x + w, y + h - d, x + w - d, y + h, x + d, y + h,
                        x, y + h - d, x, y + d);
            }
            case DOCUMENT -> {
                double wave = Math.min(10, h / 5);
                yield new PaintPath().moveTo(x, y).lineTo(x + w, y).lineTo(x + w, y + h - wave)
                        .cubicTo(x + w * 0.75, y + h - 2.2 * wave, x + w * 0.5, y + h - 2.2 * wave, x + w / 2, y + h - wave)
                        .cubicTo(x + w * 0.5, y + h + 0.2 * wave, x + w * 0.25, y + h + 0.2 * wave, x, y + h - wave).close();
            }
            case CYLINDER -> {
                double e = Math.min(12, h / 4);
                yield new PaintPath().moveTo(x, y + e / 2).cubicTo(x, y - e / 6, x + w, y - e / 6, x + w, y + e / 2)
                        .lineTo(x + w, y + h - e / 2).cubicTo(x + w, y + h + e / 6, x, y + h + e / 6, x, y + h - e / 2).close();
            }
            default -> PaintPath.polygon(x, y, x + w, y, x + w, y + h, x, y + h);
        };
    }
}
