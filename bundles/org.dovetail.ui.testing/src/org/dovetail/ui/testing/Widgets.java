package org.dovetail.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/** Finds controls in a widget tree by type, label, text or tooltip. */
public final class Widgets {

    private Widgets() {
    }

    /** Every control under {@code root} (itself included) of {@code type} that matches, depth first. */
    public static <T extends Control> List<T> all(Control root, Class<T> type, Predicate<? super T> matches) {
        List<T> found = new ArrayList<>();
        collect(root, type, matches, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> matches, List<T> found) {
        if (control.isDisposed()) {
            return;
        }
        if (type.isInstance(control) && matches.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, matches, found);
            }
        }
    }

    /** The one control of {@code type} under {@code root} that matches; fails if there is none. */
    public static <T extends Control> T find(Control root, Class<T> type, Predicate<? super T> matches, String description) {
        List<T> found = all(root, type, matches);
        if (found.isEmpty()) {
            throw new AssertionError("No " + type.getSimpleName() + " " + description + " under " + root);
        }
        return found.get(0);
    }

    /** The first control of {@code type} under {@code root}. */
    public static <T extends Control> T find(Control root, Class<T> type) {
        return find(root, type, control -> true, "at all");
    }

    /** A button (push, check, radio) whose text, without mnemonics, is {@code text}. */
    public static Button button(Control root, String text) {
        return find(root, Button.class, button -> text.equals(withoutMnemonic(button.getText())), "labelled '" + text + "'");
    }

    /** The control with this tooltip. */
    public static <T extends Control> T withTooltip(Control root, Class<T> type, String tooltip) {
        return find(root, type, control -> tooltip.equals(control.getToolTipText()), "with tooltip '" + tooltip + "'");
    }

    /**
     * The control of {@code type} that a label with {@code labelText} names: the first such control after the label
     * among its siblings, as forms and dialogs lay them out (label, then field).
     */
    public static <T extends Control> T labelled(Control root, Class<T> type, String labelText) {
        for (Label label : all(root, Label.class, l -> labelText.equals(withoutMnemonic(l.getText()).replaceAll(":$", "")))) {
            Control[] siblings = label.getParent().getChildren();
            boolean afterLabel = false;
            for (Control sibling : siblings) {
                if (sibling == label) {
                    afterLabel = true;
                } else if (afterLabel && type.isInstance(sibling)) {
                    return type.cast(sibling);
                }
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " labelled '" + labelText + "' under " + root);
    }

    /** The open shell (dialog) with this title, waiting for it to appear. */
    public static Shell shell(String title) {
        Shell[] found = new Shell[1];
        UiWait.until("a window titled '" + title + "' is open", () -> {
            for (Shell shell : UiWait.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    found[0] = shell;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The texts of every item of the tree (column {@code column}), depth first, over expanded and collapsed items. */
    public static List<String> treeTexts(Tree tree, int column) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collectTexts(item, column, texts);
        }
        return texts;
    }

    private static void collectTexts(TreeItem item, int column, List<String> texts) {
        texts.add(item.getText(column));
        for (TreeItem child : item.getItems()) {
            collectTexts(child, column, texts);
        }
    }

    /**
     * The texts of the tree's top items, each brought on screen first: a virtual tree labels an item only when it is
     * shown, so this reads what a user scrolling down would see.
     */
    public static List<String> shownTopTexts(Tree tree) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < tree.getItemCount(); i++) {
            tree.showItem(tree.getItem(i));
            UiWait.processEvents();
            texts.add(tree.getItem(i).getText());
        }
        return texts;
    }

    /** Label → value rows of a two-column tree such as the Properties view's, expanding categories. */
    public static List<String[]> rows(Tree tree) {
        List<String[]> rows = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            addRows(item, rows);
        }
        return rows;
    }

    private static void addRows(TreeItem item, List<String[]> rows) {
        rows.add(new String[] { item.getText(0), item.getText(1) });
        if (item.getItemCount() > 0 && !item.getExpanded()) {
            item.setExpanded(true);
        }
        for (TreeItem child : item.getItems()) {
            addRows(child, rows);
        }
    }

    static String withoutMnemonic(String text) {
        return text == null ? "" : text.replace("&", "");
    }

    static boolean alive(Widget widget) {
        return widget != null && !widget.isDisposed();
    }
}
