package org.dovetail.ui.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What a user does: click, type, pick from menus and context menus, expand tree items, drag and drop. Clicks on
 * buttons and menu items send the selection event the widget would send (reliable on any window manager); typing
 * and dragging post real input events through {@link Display#post(Event)}, so focus, key bindings and native
 * drag and drop take part.
 */
public final class UiActions {

    private UiActions() {
    }

    /** Presses a button as a mouse click would (check boxes and radio buttons toggle first). */
    public static void click(Button button) {
        if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        } else if ((button.getStyle() & SWT.RADIO) != 0) {
            // A real click clears the other radio buttons of the group (unless the parent says otherwise).
            if ((button.getParent().getStyle() & SWT.NO_RADIO_GROUP) == 0) {
                for (Control sibling : button.getParent().getChildren()) {
                    if (sibling != button && sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0 && other.getSelection()) {
                        other.setSelection(false);
                        other.notifyListeners(SWT.Selection, new Event());
                    }
                }
            }
            button.setSelection(true);
        }
        button.notifyListeners(SWT.Selection, new Event());
        UiWait.processEvents();
    }

    /** Replaces a text field's content as typing would (Modify and Verify listeners run). */
    public static void setText(Text text, String value) {
        text.setFocus();
        text.setText(value);
        UiWait.processEvents();
    }

    /** Types characters into the focus control by posted key events. */
    public static void type(Control control, String characters) {
        control.setFocus();
        UiWait.processEvents();
        Display display = control.getDisplay();
        for (char character : characters.toCharArray()) {
            postKey(display, SWT.KeyDown, character, 0);
            postKey(display, SWT.KeyUp, character, 0);
        }
        UiWait.processEvents();
    }

    /** Posts a key stroke such as {@code SWT.CR}, {@code SWT.DEL} or {@code SWT.ESC} (with modifiers, e.g. {@code SWT.CTRL}). */
    public static void press(Control control, int key, int modifiers) {
        control.setFocus();
        UiWait.processEvents();
        Display display = control.getDisplay();
        postModifiers(display, SWT.KeyDown, modifiers);
        postKey(display, SWT.KeyDown, (char) 0, key);
        postKey(display, SWT.KeyUp, (char) 0, key);
        postModifiers(display, SWT.KeyUp, modifiers);
        UiWait.processEvents();
    }

    /** Picks {@code path} (labels without mnemonics, up to a tab and accelerator) from a menu bar or a menu. */
    public static void menu(Menu menu, String... path) {
        Menu current = menu;
        for (int level = 0; level < path.length; level++) {
            current.notifyListeners(SWT.Show, new Event());
            MenuItem item = item(current, path[level]);
            if (level == path.length - 1) {
                if (!item.isEnabled()) {
                    throw new AssertionError("Menu item " + String.join(" > ", path) + " is disabled");
                }
                if ((item.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
                    item.setSelection(!item.getSelection());
                }
                item.notifyListeners(SWT.Selection, new Event());
            } else {
                current = item.getMenu();
            }
        }
        UiWait.processEvents();
    }

    /** The labels of a menu's items as the user sees them after it opened (for assertions). */
    public static java.util.List<String> menuLabels(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        java.util.List<String> labels = Arrays.stream(menu.getItems()).map(i -> label(i.getText())).filter(l -> !l.isEmpty())
                .collect(Collectors.toList());
        menu.notifyListeners(SWT.Hide, new Event());
        return labels;
    }

    /** Opens the control's context menu (as a right click would fill it) and picks {@code path}. */
    public static void contextMenu(Control control, String... path) {
        Menu menu = control.getMenu();
        if (menu == null) {
            throw new AssertionError(control + " has no context menu");
        }
        menu(menu, path);
        menu.notifyListeners(SWT.Hide, new Event());
        UiWait.processEvents();
    }

    /** The main menu bar of the active workbench window's shell. */
    public static Menu menuBar() {
        return UiWait.page().getWorkbenchWindow().getShell().getMenuBar();
    }

    private static MenuItem item(Menu menu, String text) {
        for (MenuItem item : menu.getItems()) {
            if (text.equals(label(item.getText()))) {
                return item;
            }
        }
        throw new AssertionError("No menu item '" + text + "' in " + Arrays.stream(menu.getItems()).map(i -> label(i.getText())).toList());
    }

    private static String label(String text) {
        String plain = Widgets.withoutMnemonic(text);
        int tab = plain.indexOf('\t');
        return (tab < 0 ? plain : plain.substring(0, tab)).trim();
    }

    /**
     * The tree item at {@code path} (each step's text in column 0), expanding on the way as a click on the twisty
     * would (JFace creates children on the Expand event).
     */
    public static TreeItem treeItem(Tree tree, String... path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (String step : path) {
            found = null;
            for (TreeItem item : level) {
                if (step.equals(item.getText())) {
                    found = item;
                    break;
                }
            }
            if (found == null) {
                throw new AssertionError("No tree item '" + step + "' among " + Arrays.stream(level).map(TreeItem::getText).toList());
            }
            expand(found);
            level = found.getItems();
        }
        return found;
    }

    /** Expands a tree item as the user would, so that lazy content providers fill it. */
    public static void expand(TreeItem item) {
        if (!item.getExpanded()) {
            Event event = new Event();
            event.item = item;
            item.getParent().notifyListeners(SWT.Expand, event);
            item.setExpanded(true);
            UiWait.processEvents();
        }
    }

    /** Selects tree items as a click would, telling the tree's selection listeners. */
    public static void select(TreeItem... items) {
        Tree tree = items[0].getParent();
        tree.setSelection(items);
        Event event = new Event();
        event.item = items[0];
        tree.notifyListeners(SWT.Selection, event);
        UiWait.processEvents();
    }

    /**
     * Drags from a point of one control to a point of another (each relative to its control) with posted mouse
     * events: press, move past the drag threshold in steps, release. The source shell is brought to the front first.
     */
    public static void drag(Control source, Point from, Control target, Point to) {
        Display display = source.getDisplay();
        Shell shell = source.getShell();
        shell.forceActive();
        UiWait.processEvents();
        Point start = source.toDisplay(from);
        Point end = target.toDisplay(to);
        post(display, mouseMove(start));
        post(display, mouseButton(SWT.MouseDown, 1));
        UiWait.idle(Duration.ofMillis(100));
        int steps = 12;
        for (int step = 1; step <= steps; step++) {
            int x = start.x + (end.x - start.x) * step / steps;
            int y = start.y + (end.y - start.y) * step / steps;
            post(display, mouseMove(new Point(x, y)));
            UiWait.idle(Duration.ofMillis(40));
        }
        post(display, mouseMove(end));
        UiWait.idle(Duration.ofMillis(150));
        post(display, mouseButton(SWT.MouseUp, 1));
        UiWait.idle(Duration.ofMillis(300));
    }

    /** Drags one tree item onto another (possibly in another tree), from and to their centres. */
    public static void drag(TreeItem source, TreeItem target) {
        Rectangle from = source.getBounds();
        Rectangle to = target.getBounds();
        drag(source.getParent(), new Point(from.x + Math.min(from.width / 2, 20), from.y + from.height / 2),
                target.getParent(), new Point(to.x + Math.min(to.width / 2, 20), to.y + to.height / 2));
    }

    private static Event mouseMove(Point at) {
        Event event = new Event();
        event.type = SWT.MouseMove;
        event.x = at.x;
        event.y = at.y;
        return event;
    }

    private static Event mouseButton(int type, int button) {
        Event event = new Event();
        event.type = type;
        event.button = button;
        return event;
    }

    private static void postKey(Display display, int type, char character, int keyCode) {
        Event event = new Event();
        event.type = type;
        event.character = character;
        event.keyCode = keyCode;
        post(display, event);
    }

    private static void postModifiers(Display display, int type, int modifiers) {
        for (int modifier : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
            if ((modifiers & modifier) != 0) {
                Event event = new Event();
                event.type = type;
                event.keyCode = modifier;
                post(display, event);
            }
        }
    }

    private static void post(Display display, Event event) {
        if (!display.post(event)) {
            throw new AssertionError("The display refused the posted event " + event);
        }
    }
}
