package org.dovetail.diagram.ui.canvas;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/** The eight handles around a resizable node, and what dragging each does to the node's bounds. */
enum ResizeHandle {
    NORTH_WEST(0, 0, SWT.CURSOR_SIZENW), NORTH(1, 0, SWT.CURSOR_SIZEN), NORTH_EAST(2, 0, SWT.CURSOR_SIZENE),
    EAST(2, 1, SWT.CURSOR_SIZEE), SOUTH_EAST(2, 2, SWT.CURSOR_SIZESE), SOUTH(1, 2, SWT.CURSOR_SIZES),
    SOUTH_WEST(0, 2, SWT.CURSOR_SIZESW), WEST(0, 1, SWT.CURSOR_SIZEW);

    static final int SIZE = 7;
    static final double MIN_SIZE = 16;

    /** 0 left/top edge, 1 middle, 2 right/bottom edge. */
    private final int column;
    private final int row;
    final int cursor;

    ResizeHandle(int column, int row, int cursor) {
        this.column = column;
        this.row = row;
        this.cursor = cursor;
    }

    /** The handle's square around a node's screen rectangle. */
    Rectangle square(Rectangle node) {
        int x = node.x + node.width * column / 2;
        int y = node.y + node.height * row / 2;
        return new Rectangle(x - SIZE / 2, y - SIZE / 2, SIZE, SIZE);
    }

    boolean hits(Rectangle node, Point p) {
        Rectangle square = square(node);
        return new Rectangle(square.x - 2, square.y - 2, square.width + 4, square.height + 4).contains(p);
    }

    /** The bounds after dragging this handle by (dx, dy) diagram units; never smaller than {@link #MIN_SIZE}. */
    Box resize(Box original, double dx, double dy) {
        double left = original.x();
        double top = original.y();
        double right = original.right();
        double bottom = original.bottom();
        if (column == 0) {
            left = Math.min(left + dx, right - MIN_SIZE);
        } else if (column == 2) {
            right = Math.max(right + dx, left + MIN_SIZE);
        }
        if (row == 0) {
            top = Math.min(top + dy, bottom - MIN_SIZE);
        } else if (row == 2) {
            bottom = Math.max(bottom + dy, top + MIN_SIZE);
        }
        return new Box(left, top, right - left, bottom - top);
    }
}
