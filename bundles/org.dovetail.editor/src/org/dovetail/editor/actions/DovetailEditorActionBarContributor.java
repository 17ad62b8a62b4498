package org.dovetail.editor.actions;

import org.dovetail.editor.DovetailEditor;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Binds the workbench's Undo, Redo and Delete to whichever Dovetail editor is active; shared by
 * all Dovetail editors of a window.
 */
public class DovetailEditorActionBarContributor extends EditorActionBarContributor {

    private final UndoAction undo = new UndoAction();
    private final RedoAction redo = new RedoAction();

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        shareGlobalActions(bars);
    }

    /** Lets another part (the Properties view) offer the same Undo and Redo. */
    public void shareGlobalActions(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    @Override
    public void setActiveEditor(IEditorPart editor) {
        IEditingDomainProvider provider = editor instanceof IEditingDomainProvider p ? p : null;
        undo.setEditingDomain(provider == null ? null : provider.getEditingDomain());
        redo.setEditingDomain(provider == null ? null : provider.getEditingDomain());
        // Delete acts on the selection of the editor that is active now.
        IAction delete = editor instanceof DovetailEditor dovetailEditor ? dovetailEditor.getDeleteAction() : null;
        getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        undo.setEditingDomain(null);
        redo.setEditingDomain(null);
        super.dispose();
    }
}
