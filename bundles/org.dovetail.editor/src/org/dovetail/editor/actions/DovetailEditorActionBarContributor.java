package org.dovetail.editor.actions;

import org.dovetail.editor.DovetailEditor;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Binds the workbench's Undo, Redo, Cut, Copy, Paste, Rename and Delete to whichever Dovetail editor is active; shared by
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
        // Cut, copy, paste and delete act on the selection of the editor that is active now.
        EditActions actions = editor instanceof DovetailEditor dovetailEditor ? dovetailEditor.getEditActions() : null;
        getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), actions == null ? null : actions.delete());
        getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), actions == null ? null : actions.copy());
        getActionBars().setGlobalActionHandler(ActionFactory.CUT.getId(), actions == null ? null : actions.cut());
        getActionBars().setGlobalActionHandler(ActionFactory.PASTE.getId(), actions == null ? null : actions.paste());
        InlineRename rename = editor instanceof DovetailEditor dovetail ? dovetail.getRenameAction() : null;
        getActionBars().setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
        getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
        undo.setEditingDomain(null);
        redo.setEditingDomain(null);
        super.dispose();
    }
}
