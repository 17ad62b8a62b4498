package org.dovetail.editor.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dovetail.model.resource.DovetailIds;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Cut, Copy, Paste and Delete on a viewer's selection, bound to the workbench's Edit menu and keys by the action
 * bar contributor. Copy puts copies on the editing domain's clipboard (not a command: there is nothing to undo);
 * Paste adds fresh copies with new UUIDs under the selected element, or beside it if it cannot hold them; Cut is
 * Copy and Delete. Paste, Cut and Delete are undoable commands.
 */
public final class EditActions implements ISelectionChangedListener {

    private final EditingDomain domain;
    private final DeleteAction delete;
    private final Action copy;
    private final Action cut;
    private final Action paste;
    private List<?> selection = List.of();

    public EditActions(EditingDomain domain) {
        this.domain = domain;
        this.delete = new DeleteAction(domain);
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        copy = action("&Copy", ActionFactory.COPY, images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY), this::doCopy);
        cut = action("Cu&t", ActionFactory.CUT, images.getImageDescriptor(ISharedImages.IMG_TOOL_CUT), this::doCut);
        paste = action("&Paste", ActionFactory.PASTE, images.getImageDescriptor(ISharedImages.IMG_TOOL_PASTE), this::doPaste);
    }

    private static Action action(String text, ActionFactory factory, org.eclipse.jface.resource.ImageDescriptor image, Runnable run) {
        Action action = new Action(text, image) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(factory.getId());
        action.setActionDefinitionId(factory.getCommandId());
        action.setEnabled(false);
        return action;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        selection = event.getSelection() instanceof IStructuredSelection structured ? structured.toList() : List.of();
        delete.update(event.getSelection());
        update();
    }

    private void update() {
        boolean elements = !selection.isEmpty() && selection.stream().allMatch(EObject.class::isInstance);
        boolean hasRoot = selection.stream().anyMatch(o -> o instanceof EObject e && e.eContainer() == null);
        copy.setEnabled(elements);
        cut.setEnabled(elements && !hasRoot && delete.isEnabled());
        paste.setEnabled(pasteCommand().canExecute());
    }

    private void doCopy() {
        List<EObject> elements = new ArrayList<>();
        for (Object each : selection) {
            if (each instanceof EObject element) {
                elements.add(element);
            }
        }
        // Copies of the top-most selected elements only: a selected child travels with its selected parent.
        domain.setClipboard(new ArrayList<>(EcoreUtil.copyAll(EcoreUtil.filterDescendants(elements))));
        update();
    }

    private void doCut() {
        doCopy();
        delete.run();
    }

    private void doPaste() {
        Command command = pasteCommand();
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            update();
        }
    }

    /** Adds fresh copies of the clipboard to the selected element, or to its container if it cannot hold them. */
    Command pasteCommand() {
        Collection<Object> clipboard = domain.getClipboard();
        if (clipboard == null || clipboard.isEmpty() || selection.size() != 1 || !(selection.get(0) instanceof EObject target)) {
            return UnexecutableCommand.INSTANCE;
        }
        for (EObject owner = target; owner != null; owner = owner.eContainer()) {
            Collection<EObject> copies = freshCopies(clipboard);
            Command add = AddCommand.create(domain, owner, null, copies);
            if (add.canExecute()) {
                CompoundCommand command = new CompoundCommand("Paste");
                command.append(add);
                return command;
            }
            add.dispose();
            if (owner != target) {
                break; // the element itself, or beside it: not further up
            }
        }
        return UnexecutableCommand.INSTANCE;
    }

    private static Collection<EObject> freshCopies(Collection<Object> clipboard) {
        List<EObject> originals = new ArrayList<>();
        for (Object each : clipboard) {
            if (each instanceof EObject element) {
                originals.add(element);
            }
        }
        Collection<EObject> copies = EcoreUtil.copyAll(originals);
        copies.forEach(DovetailIds::renewIds);
        return copies;
    }

    public DeleteAction delete() {
        return delete;
    }

    public Action copy() {
        return copy;
    }

    public Action cut() {
        return cut;
    }

    public Action paste() {
        return paste;
    }

    /** Runs Paste (for tests and the context menu). */
    public void runPaste() {
        doPaste();
    }

    public void dispose() {
        // The clipboard belongs to the shared editing domain: another editor on the file may still paste it.
    }
}
