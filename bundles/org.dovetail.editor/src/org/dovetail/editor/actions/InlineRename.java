package org.dovetail.editor.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TreeEditor;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Rename (F2, Edit menu, the tree's context menu) edits the selected element's name in place, in a field over its
 * row, as the Project Explorer renames a file: Enter or a click elsewhere keeps the name, Escape leaves it; the
 * change is one undoable command. Enabled for one selected element with a changeable {@code name}.
 */
public final class InlineRename extends Action implements ISelectionChangedListener {

    private final EditingDomain domain;
    private final TreeViewer viewer;
    private Text field;

    public InlineRename(EditingDomain domain, TreeViewer viewer) {
        super("Rena&me...");
        this.domain = domain;
        this.viewer = viewer;
        setId(ActionFactory.RENAME.getId());
        setActionDefinitionId(ActionFactory.RENAME.getCommandId());
        setEnabled(false);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        setEnabled(target() != null);
    }

    /** The attribute a rename sets, or null when {@code element} has no changeable text name. */
    static EAttribute nameOf(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        return name instanceof EAttribute attribute && attribute.isChangeable() && !attribute.isMany()
                && attribute.getEAttributeType().getInstanceClass() == String.class ? attribute : null;
    }

    private EObject target() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        return selection.size() == 1 && selection.getFirstElement() instanceof EObject element && nameOf(element) != null
                ? element
                : null;
    }

    /** Whether a name field is open over a row. */
    public boolean isEditing() {
        return field != null && !field.isDisposed();
    }

    @Override
    public void run() {
        EObject element = target();
        Tree tree = viewer.getTree();
        if (element == null || isEditing() || !tree.isVisible() || !(viewer.testFindItem(element) instanceof TreeItem item)) {
            return;
        }
        tree.showItem(item);
        EAttribute name = nameOf(element);
        String before = (String) element.eGet(name);
        field = new Text(tree, SWT.SINGLE | SWT.BORDER);
        field.setText(before == null ? "" : before);
        field.selectAll();
        TreeEditor placement = new TreeEditor(tree);
        placement.grabHorizontal = true;
        placement.minimumWidth = 160;
        placement.setEditor(field, item);
        Text open = field;
        open.addTraverseListener(event -> {
            if (event.detail == SWT.TRAVERSE_RETURN) {
                event.doit = false;
                finish(open, placement, element, name, before, true);
            } else if (event.detail == SWT.TRAVERSE_ESCAPE) {
                event.doit = false;
                finish(open, placement, element, name, before, false);
            }
        });
        open.addListener(SWT.FocusOut, event -> finish(open, placement, element, name, before, true));
        open.setFocus();
    }

    private void finish(Text open, TreeEditor placement, EObject element, EAttribute name, String before, boolean keep) {
        if (open.isDisposed()) {
            return; // Enter closed it; the focus leaving as it goes comes here again
        }
        String after = open.getText().strip();
        placement.dispose();
        open.dispose();
        viewer.getTree().setFocus();
        if (keep && !after.isEmpty() && !after.equals(before)) {
            Command set = SetCommand.create(domain, element, name, after);
            if (set.canExecute()) {
                domain.getCommandStack().execute(set);
            }
        }
    }
}
