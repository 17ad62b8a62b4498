package org.dovetail.workbench;

import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.process.Step;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the editor leaves to a later turn of the event loop so that opening a large model does not hold the window
 * (the Outline's tree, the Properties view's rows), and the overview's plain section style: each still shows what it
 * should once the turn has come.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EditorPartsTest {

    @BeforeEach
    void closeEditors() throws Exception {
        ExampleProject.createIfWorkspaceEmpty(null);
        page().closeAllEditors(false);
        UiWait.processEvents();
    }

    @AfterEach
    void closeWithoutSaving() {
        page().closeAllEditors(false);
        UiWait.processEvents();
    }

    @Test
    void theOutlineIsFilledAtTheTurnAfterTheEditorOpens() throws Exception {
        ContentOutline outline = assertInstanceOf(ContentOutline.class, page().showView(IPageLayout.ID_OUTLINE));
        DovetailEditor editor = open();
        Tree tree = Widgets.find(outline.getCurrentPage().getControl(), Tree.class);
        assertEquals(0, tree.getItemCount(), "empty in the turn that opened the editor");

        UiWait.until("the Outline shows the model", () -> tree.getItemCount() > 0);
        String root = editor.getViewer().getTree().getItem(0).getText();
        List<String> shown = Widgets.treeTexts(tree, 0);
        assertEquals(root, shown.get(0), "the model as the editor's tree labels it");
        assertTrue(shown.size() > 2, "the model's domains and what is in them: " + shown);
    }

    @Test
    void anEditorClosedBeforeItsOutlineIsFilledLeavesTheOutlineEmpty() throws Exception {
        ContentOutline outline = assertInstanceOf(ContentOutline.class, page().showView(IPageLayout.ID_OUTLINE));
        DovetailEditor editor = open();
        Tree tree = Widgets.find(outline.getCurrentPage().getControl(), Tree.class);
        int[] rowsWhenDisposed = { -1 };
        tree.addListener(SWT.Dispose, event -> rowsWhenDisposed[0] = tree.getItemCount());
        assertTrue(page().closeEditor(editor, false)); // in the turn that opened it: the fill's turn has not come
        assertFalse(tree.isDisposed(), "the tree waits for a later turn to be disposed");

        org.eclipse.swt.widgets.Display display = tree.getDisplay();
        UiWait.until("the closed editor's pages are disposed", () -> !org.dovetail.editor.internal.LaterDisposal.isPending(display));
        assertTrue(tree.isDisposed(), "the Outline's tree");
        assertEquals(0, rowsWhenDisposed[0], "never filled with the closed model");
    }

    @Test
    void aLargeModelsOutlineIsAClosedVirtualTreeThatOpensOnDemand() throws Exception {
        // "Large" lowered to 10 elements: the example (256 elements) takes the large model's path.
        System.setProperty("dovetail.editor.outlineExpandLimit", "10");
        try {
            ContentOutline outline = assertInstanceOf(ContentOutline.class, page().showView(IPageLayout.ID_OUTLINE));
            DovetailEditor editor = open();
            Tree tree = Widgets.find(outline.getCurrentPage().getControl(), Tree.class);
            assertTrue((tree.getStyle() & SWT.VIRTUAL) != 0, "rows are made as they scroll into view");
            UiWait.until("the Outline shows the model", () -> tree.getItemCount() == 1 && !tree.getItem(0).getText().isEmpty());
            TreeItem root = tree.getItem(0);
            assertEquals(editor.getViewer().getTree().getItem(0).getText(), root.getText());
            assertFalse(root.getExpanded(), "left closed: GTK makes a row for each of a large root's children");

            // What a click on the root's arrow does: the Expand event (the viewer makes the children), then the row opens.
            Event expand = new Event();
            expand.item = root;
            tree.notifyListeners(SWT.Expand, expand);
            root.setExpanded(true);
            UiWait.until("the root's children are shown once opened", () -> root.getItemCount() > 2
                    && !root.getItem(0).getText().isEmpty());
            assertEquals(editor.getViewer().getTree().getItem(0).getItem(0).getText(), root.getItem(0).getText(),
                    "the same first child as the editor's tree");
        } finally {
            System.clearProperty("dovetail.editor.outlineExpandLimit");
        }
    }

    @Test
    void propertiesShowTheLatestSelectionAtTheNextTurn() throws Exception {
        PropertySheet sheet = assertInstanceOf(PropertySheet.class, page().showView(IPageLayout.ID_PROP_SHEET));
        DovetailEditor editor = open();
        page().activate(editor);
        UiWait.processEvents();
        List<Step> steps = allSteps(editor);
        Step first = steps.get(0);
        Step last = steps.get(steps.size() - 1);
        assertFalse(first.getName().equals(last.getName()), "two steps of different names");
        Tree properties = (Tree) assertInstanceOf(PropertySheetPage.class, sheet.getCurrentPage()).getControl();

        editor.getViewer().setSelection(new StructuredSelection(first), true);
        editor.getViewer().setSelection(new StructuredSelection(last), true);
        assertFalse(showsName(properties, last.getName()), "not yet in the turn of the selection");

        UiWait.until("the Properties view shows the last selected step", () -> showsName(properties, last.getName()));
        assertFalse(showsName(properties, first.getName()), "the step selected before it is not shown");
    }

    @Test
    void aSelectionWaitingForThePropertiesIsDroppedWhenTheEditorClosesFirst() throws Exception {
        PropertySheet sheet = assertInstanceOf(PropertySheet.class, page().showView(IPageLayout.ID_PROP_SHEET));
        DovetailEditor editor = open();
        page().activate(editor);
        UiWait.processEvents();
        PropertySheetPage editorsPage = assertInstanceOf(PropertySheetPage.class, sheet.getCurrentPage());
        Tree properties = (Tree) editorsPage.getControl();
        Step step = allSteps(editor).get(0);

        editor.getViewer().setSelection(new StructuredSelection(step), true); // waits for the next turn
        assertFalse(showsName(properties, step.getName()), "not yet in the turn of the selection");
        assertTrue(page().closeEditor(editor, false)); // the page goes before that turn

        UiWait.processEvents(); // the selection's turn: it must not fill the disposed page (an SWT error would surface here)
        UiWait.idle(java.time.Duration.ofMillis(50));
        assertTrue(properties.isDisposed(), "the editor's Properties page went with it");
        assertFalse(sheet.getCurrentPage() == editorsPage, "the Properties view shows another page");
    }

    @Test
    void theRootIsSelectedAndTheFirstBranchOpenedAtTheTurnAfterTheEditorOpens() throws Exception {
        DovetailEditor editor = open();
        Tree tree = editor.getViewer().getTree();
        assertEquals(0, tree.getSelectionCount(), "nothing selected in the turn that opened the editor");

        UiWait.until("the model's root is selected", () -> tree.getSelectionCount() == 1);
        assertEquals(editor.getResource().getContents().get(0),
                ((org.eclipse.jface.viewers.IStructuredSelection) editor.getViewer().getSelection()).getFirstElement());
        assertTrue(tree.getItem(0).getExpanded(), "the root opened");
    }

    @Test
    void aClosedEditorsWidgetsAreHiddenAtOnceAndDisposedInLaterTurns() throws Exception {
        ContentOutline outline = assertInstanceOf(ContentOutline.class, page().showView(IPageLayout.ID_OUTLINE));
        DovetailEditor editor = open();
        page().activate(editor);
        UiWait.processEvents();
        Tree outlineTree = Widgets.find(outline.getCurrentPage().getControl(), Tree.class);
        UiWait.until("the model's root is selected", () -> editor.getViewer().getTree().getSelectionCount() == 1);
        editor.showPage(DovetailEditor.OVERVIEW_PAGE); // a built overview too
        UiWait.until("the overview has counted the model", () -> !editor.getOverviewPage().isRefreshing());
        Tree tree = editor.getViewer().getTree();
        org.eclipse.swt.widgets.Composite overview = editor.getOverviewPage().form();
        org.eclipse.swt.widgets.Shell window = tree.getShell();

        assertTrue(page().closeEditor(editor, false));
        assertFalse(tree.isDisposed(), "the tree waits for a later turn");
        assertFalse(tree.isVisible(), "hidden at once");
        assertFalse(tree.getShell() == window, "no longer in the workbench window");
        assertTrue(editor.getSession().isClosed(), "the model was released in the close");
        // The editor's page in the Outline view: its tree goes in a later turn too. (The Properties view's page
        // disposes its tree itself, in PropertySheetPage.dispose.)
        assertFalse(outlineTree.isDisposed(), "the Outline's tree waits for a later turn");
        assertFalse(outlineTree.isVisible() || outlineTree.getShell() == window, "the Outline's tree is hidden at once");

        UiWait.until("the closed editor's pages are disposed", () -> !org.dovetail.editor.internal.LaterDisposal.isPending(window.getDisplay()));
        assertTrue(tree.isDisposed(), "the tree");
        assertTrue(overview.isDisposed(), "the overview");
        assertTrue(outlineTree.isDisposed(), "the Outline's tree");
    }

    @Test
    void overviewSectionsArePlainTitledBlocks() throws Exception {
        DovetailEditor editor = open();
        editor.showPage(DovetailEditor.OVERVIEW_PAGE);
        UiWait.until("the overview has counted the model", () -> !editor.getOverviewPage().isRefreshing());
        List<String> texts = Widgets.all(editor.getOverviewPage().form(), Label.class, label -> true).stream()
                .map(Label::getText).toList();
        for (String title : List.of("Model", "Process domain", "Digital domain", "Governance", "Mapping coverage")) {
            assertTrue(texts.contains(title), "a section titled " + title + ": " + texts);
        }
        Label title = Widgets.find(editor.getOverviewPage().form(), Label.class, label -> label.getText().equals("Process domain"),
                "the Process domain title");
        assertEquals(JFaceResources.getBannerFont(), title.getFont(), "titles are bold");
        assertTrue(Widgets.all(editor.getOverviewPage().form(), ExpandableComposite.class, section -> true).isEmpty(),
                "no Forms sections: their title bars repainted a gradient image on every paint");
    }

    private static DovetailEditor open() throws Exception {
        return assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), ExampleProject.supplierInvoiceModel(), true));
    }

    private static List<Step> allSteps(DovetailEditor editor) {
        List<Step> steps = new java.util.ArrayList<>();
        for (var all = editor.getResource().getAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (next instanceof Step step && step.getName() != null) {
                steps.add(step);
            }
        }
        return steps;
    }

    private static boolean showsName(Tree properties, String name) {
        return Widgets.rows(properties).stream().anyMatch(row -> row[0].equals("Name") && row[1].equals(name));
    }

    /**
     * The Properties view shows the model's elements, not the Project Explorer's files: building the explorer's
     * tabbed Resource page for its selection was a quarter of the turn that closes an editor (the explorer is
     * activated then). File facts stay in File > Properties.
     */
    @Test
    void thePropertiesViewLeavesTheProjectExplorersSelectionAlone() throws Exception {
        PropertySheet sheet = assertInstanceOf(PropertySheet.class, page().showView(IPageLayout.ID_PROP_SHEET));
        org.eclipse.ui.IViewPart explorer = page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        ((org.eclipse.ui.part.ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(ExampleProject.supplierInvoiceModel()));
        page().activate(explorer);
        UiWait.processEvents();
        assertFalse(explorer.getSite().getSelectionProvider().getSelection().isEmpty(), "the file is selected in the explorer");
        assertFalse(sheet.getCurrentPage().getClass().getName().contains("Tabbed"),
                "no tabbed Resource page for the explorer: " + sheet.getCurrentPage().getClass().getName());
    }
}
