package org.dovetail.diagram.ui.canvas;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;

/** A text field over an element's label: Enter or leaving it renames, Escape cancels. */
final class InPlaceLabelEditor {

    private final DiagramCanvas viewer;
    private Text text;
    private Font font;
    private Object element;

    InPlaceLabelEditor(DiagramCanvas viewer) {
        this.viewer = viewer;
    }

    boolean isOpen() {
        return text != null && !text.isDisposed();
    }

    Text text() {
        return text;
    }

    void open(Object target) {
        cancel();
        element = target;
        CanvasContent content = viewer.content();
        Box where = content.labelBounds(target);
        if (where == null) {
            where = viewer.boundsOf(target);
        }
        Canvas canvas = (Canvas) viewer.getControl();
        text = new Text(canvas, SWT.BORDER | SWT.SINGLE | SWT.CENTER);
        FontData data = canvas.getFont().getFontData()[0];
        data.setHeight(Math.max(6, (int) Math.round(data.getHeight() * viewer.zoom())));
        font = new Font(canvas.getDisplay(), data);
        text.setFont(font);
        text.setText(content.label(target));
        Rectangle r = viewer.toScreen(where);
        int height = Math.max(r.height, text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
        int width = Math.max(Math.max(r.width, 80), text.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 20);
        text.setBounds(r.x + (r.width - width) / 2, r.y + (r.height - height) / 2, width, height);
        text.selectAll();
        text.setFocus();
        text.addListener(SWT.DefaultSelection, e -> commit());
        text.addListener(SWT.FocusOut, e -> commit());
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                cancel();
                canvas.setFocus();
            }
        });
    }

    /** Renames the element to the typed text, if it changed, and closes the field. */
    void commit() {
        if (!isOpen()) {
            return;
        }
        String typed = text.getText().strip();
        Object renamed = element;
        boolean changed = !typed.isEmpty() && !typed.equals(viewer.content().label(renamed));
        close();
        viewer.getControl().setFocus();
        if (changed) {
            viewer.editHandler().rename(renamed, typed);
        }
    }

    void cancel() {
        close();
    }

    private void close() {
        Text closing = text;
        text = null;
        element = null;
        if (closing != null && !closing.isDisposed()) {
            closing.dispose();
        }
        if (font != null) {
            font.dispose();
            font = null;
        }
    }
}
