package org.dovetail.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Helpers for tests that run in the UI thread: spin the event loop, read what trees show. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Processes UI events until the condition holds; fails after the timeout. */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** The text of every item of the tree, depth first, expanding as it goes. */
    static List<String> allItemTexts(Tree tree, int column) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, column, texts);
        }
        return texts;
    }

    private static void collect(TreeItem item, int column, List<String> texts) {
        texts.add(item.getText(column));
        for (TreeItem child : item.getItems()) {
            collect(child, column, texts);
        }
    }

    /** Row label → value of a two-column tree such as the Properties view's. */
    static List<String[]> rows(Tree tree) {
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
}
