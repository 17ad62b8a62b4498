package org.dovetail.diagram.ui.canvas;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/** Sends pointer and key events to a control, as the display would deliver them, and lets them be processed. */
public final class Gestures {

    private Gestures() {
    }

    public static void click(Control control, Point at, int stateMask) {
        press(control, at, 1, stateMask);
        release(control, at, 1, stateMask);
    }

    public static void doubleClick(Control control, Point at) {
        click(control, at, 0);
        send(control, SWT.MouseDoubleClick, at, 1, 0, 2);
    }

    /** Presses at {@code from}, moves in steps to {@code to} and releases there. */
    public static void drag(Control control, Point from, Point to, int button, int stateMask) {
        press(control, from, button, stateMask);
        for (int step = 1; step <= 5; step++) {
            Point at = new Point(from.x + (to.x - from.x) * step / 5, from.y + (to.y - from.y) * step / 5);
            send(control, SWT.MouseMove, at, 0, stateMask | buttonMask(button), 0);
        }
        release(control, to, button, stateMask);
    }

    public static void press(Control control, Point at, int button, int stateMask) {
        send(control, SWT.MouseDown, at, button, stateMask, 1);
    }

    public static void release(Control control, Point at, int button, int stateMask) {
        send(control, SWT.MouseUp, at, button, stateMask | buttonMask(button), 1);
    }

    public static void wheel(Control control, Point at, int count, int stateMask) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        event.count = count;
        event.stateMask = stateMask;
        event.doit = true;
        control.notifyListeners(SWT.MouseVerticalWheel, event);
        processEvents();
    }

    public static void key(Control control, int keyCode, char character, int stateMask) {
        Event event = new Event();
        event.keyCode = keyCode;
        event.character = character;
        event.stateMask = stateMask;
        event.doit = true;
        control.notifyListeners(SWT.KeyDown, event);
        event.type = SWT.KeyUp;
        control.notifyListeners(SWT.KeyUp, event);
        processEvents();
    }

    public static void traverse(Control control, int detail) {
        Event event = new Event();
        event.detail = detail;
        event.doit = true;
        control.notifyListeners(SWT.Traverse, event);
        processEvents();
    }

    private static void send(Control control, int type, Point at, int button, int stateMask, int count) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        event.stateMask = stateMask;
        event.count = count;
        control.notifyListeners(type, event);
        processEvents();
    }

    private static int buttonMask(int button) {
        return switch (button) {
            case 1 -> SWT.BUTTON1;
            case 2 -> SWT.BUTTON2;
            case 3 -> SWT.BUTTON3;
            default -> 0;
        };
    }

    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }
}
