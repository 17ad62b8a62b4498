package org.dovetail.sync.ui;

import static org.dovetail.sync.ui.SyncTestSupport.shell;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.Screenshots;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The product's File menu: Import… and Export… open the standard wizards; the plain text editor's leftovers are gone. */
@ExtendWith(ScreenshotOnFailure.class)
class FileMenuTest {

    @Test
    void theFileMenuOffersImportAndExportAndNoLineDelimiterConversion() {
        List<String> items = fileMenuItems();
        assertTrue(items.contains("Import..."), items.toString());
        assertTrue(items.contains("Export..."), items.toString());
        assertFalse(items.stream().anyMatch(i -> i.startsWith("Convert Line Delimiters")), items.toString());
        assertFalse(items.contains("Open File..."), "text files are not opened from here: " + items);
    }

    @Test
    void theUntitledTextFileWizardIsHiddenAndTheCheckOutWizardIsAnImportWizard() {
        var untitled = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.eclipse.ui.editors.wizards.UntitledTextFileWizard");
        assertTrue(untitled == null || WorkbenchActivityHelper.filterItem(untitled), "the plain text file wizard is not offered");
        assertNotNull(PlatformUI.getWorkbench().getImportWizardRegistry().findWizard("org.dovetail.sync.ui.importFromServer"));
    }

    @Test
    void importOpensTheStandardWizardListingDovetailsImporters() {
        DialogAnswer wizard = DialogAnswer.when("Import", shell -> {
            Tree tree = Widgets.find(shell, Tree.class);
            List<String> categories = new ArrayList<>();
            for (TreeItem item : tree.getItems()) {
                categories.add(item.getText());
            }
            TreeItem dovetail = null;
            for (TreeItem item : tree.getItems()) {
                if (item.getText().equals("Dovetail")) {
                    dovetail = item;
                }
            }
            assertNotNull(dovetail, "a Dovetail category among " + categories);
            Event expand = new Event();
            expand.item = dovetail;
            tree.notifyListeners(SWT.Expand, expand); // the viewer creates the children as a click on the twistie does
            dovetail.setExpanded(true);
            UiWait.processEvents();
            boolean checkOut = false;
            for (TreeItem item : dovetail.getItems()) {
                checkOut |= item.getText().equals("Dovetail Project from Server");
            }
            assertTrue(checkOut, "the check-out wizard is listed");
            assertTrue(categories.contains("General"), "the platform's own importers too: " + categories);
            assertTrue(!categories.contains("Team"), "no Team Project Sets: " + categories);
            shell.setSize(700, 600);
            UiWait.idle(Duration.ofMillis(300));
            try {
                Screenshots.capture("file-import-wizard");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            UiActions.click(Widgets.button(shell, "Cancel"));
        });
        MenuItem item = fileMenuItem("Import...");
        item.notifyListeners(SWT.Selection, new Event());
        wizard.assertAnswered();
    }

    private static Menu fileMenu() {
        for (MenuItem top : shell().getMenuBar().getItems()) {
            if (top.getText().replace("&", "").equals("File")) {
                Menu menu = top.getMenu();
                menu.notifyListeners(SWT.Show, new Event()); // fills the menu as opening it does
                UiWait.processEvents();
                menu.notifyListeners(SWT.Hide, new Event());
                UiWait.processEvents();
                return menu;
            }
        }
        throw new AssertionError("no File menu");
    }

    private static List<String> fileMenuItems() {
        List<String> texts = new ArrayList<>();
        for (MenuItem item : fileMenu().getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) == 0) {
                texts.add(label(item));
            }
        }
        return texts;
    }

    private static MenuItem fileMenuItem(String text) {
        for (MenuItem item : fileMenu().getItems()) {
            if (label(item).equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no File > " + text + " in " + fileMenuItems());
    }

    private static String label(MenuItem item) {
        String text = item.getText().replace("&", "");
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).strip();
    }
}
