package org.dovetail.editor;

import java.util.Collection;

import org.dovetail.editor.actions.CreateChildAction;
import org.dovetail.editor.actions.EditActions;
import org.dovetail.editor.actions.InlineRename;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;

/** The tree's context menu: New Child (what the item provider allows here), Cut, Copy, Paste, Rename and Delete. */
final class TreeContextMenu {

    private TreeContextMenu() {
    }

    static void install(IWorkbenchPartSite site, TreeViewer viewer, EditingDomain domain, EditActions actions, InlineRename rename) {
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> fill(manager, viewer, domain, actions, rename));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        // Other plug-ins may add to the menu (the additions group).
        site.registerContextMenu(menu, viewer);
    }

    private static void fill(IMenuManager manager, TreeViewer viewer, EditingDomain domain, EditActions actions, InlineRename rename) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (selection.size() == 1) {
            Object owner = selection.getFirstElement();
            Collection<?> childDescriptors = domain.getNewChildDescriptors(owner, null);
            MenuManager newChild = new MenuManager("&New Child");
            for (Object descriptor : childDescriptors) {
                newChild.add(new CreateChildAction(domain, owner, descriptor));
            }
            if (!newChild.isEmpty()) {
                manager.add(newChild);
                manager.add(new Separator());
            }
        }
        manager.add(actions.cut());
        manager.add(actions.copy());
        manager.add(actions.paste());
        manager.add(new Separator());
        manager.add(rename);
        manager.add(actions.delete());
        manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
