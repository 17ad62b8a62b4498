package org.dovetail.rules.ui;

import org.dovetail.editor.DovetailEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Validate: runs the rules over the active editor's model in the background and shows the Findings view. */
public final class ValidateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActiveEditor(event) instanceof DovetailEditor editor)) {
            return null;
        }
        ModelValidations.of(editor).validateNow();
        try {
            // Shown without taking the focus from the editor.
            editor.getSite().getPage().showView(RulesUi.FINDINGS_VIEW_ID, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new ExecutionException("Could not show the Findings view", e);
        }
        return null;
    }
}
