package org.dovetail.diagram.ui.editor;

import java.util.List;

import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.ui.canvas.CanvasContent;
import org.dovetail.diagram.ui.canvas.DiagramCanvas;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The diagram editor's actions: Undo and Redo on the shared command stack, Delete, Select All and Rename as the
 * workbench's global actions (so their usual keys and the Edit menu work), and the canvas's context menu.
 */
final class DiagramEditorActions {

    private final DiagramEditor editor;
    private final StackAction undo;
    private final StackAction redo;
    private final IAction delete;
    private final IAction rename;
    private final IAction selectAll;

    DiagramEditorActions(DiagramEditor editor) {
        this.editor = editor;
        DiagramCanvas canvas = editor.canvas();
        undo = new StackAction(editor.modelSession().commandStack(), true);
        redo = new StackAction(editor.modelSession().commandStack(), false);
        delete = action("&Delete", canvas::deleteSelection);
        delete.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        rename = action("Re&name", () -> canvas.editLabel(canvas.selection().primary()));
        selectAll = action("Select &All", canvas::selectAll);
        IActionBars bars = editor.getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.updateActionBars();
        canvas.selection().addListener(s -> update());

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        Menu swtMenu = menu.createContextMenu(canvas.getControl());
        canvas.getControl().setMenu(swtMenu);
        editor.getSite().registerContextMenu(menu, editor.selectionProvider());
        update();
    }

    private static IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private void fillContextMenu(IMenuManager menu) {
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator());
        menu.add(delete);
        menu.add(rename);
        menu.add(selectAll);
        List<DContainer> containers = editor.canvas().selection().elements().stream()
                .filter(DContainer.class::isInstance).map(DContainer.class::cast).toList();
        if (containers.stream().anyMatch(c -> !c.isCollapsed())) {
            menu.add(action("&Collapse", () -> editor.setCollapsed(containers, true)));
        }
        if (containers.stream().anyMatch(DContainer::isCollapsed)) {
            menu.add(action("E&xpand", () -> editor.setCollapsed(containers, false)));
        }
        menu.add(new Separator());
        menu.add(action("Arrange &All", editor::arrangeAll));
        menu.add(action("Zoom to &Fit", editor.canvas()::zoomToFit));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Enables what the selection and the command stack allow. */
    void update() {
        DiagramCanvas canvas = editor.canvas();
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        undo.update();
        redo.update();
        CanvasContent content = canvas.content();
        delete.setEnabled(canvas.selection().elements().stream()
                .anyMatch(e -> content.capabilities(e).contains(CanvasContent.Capability.DELETE)));
        Object primary = canvas.selection().primary();
        rename.setEnabled(primary != null && content.capabilities(primary).contains(CanvasContent.Capability.RENAME));
    }
}
