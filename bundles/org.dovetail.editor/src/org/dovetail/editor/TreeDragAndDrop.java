package org.dovetail.editor;

import java.util.Collection;
import java.util.List;

import org.dovetail.model.resource.DovetailIds;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag and drop inside the model tree through EMF.Edit's {@link DragAndDropCommand}: the item providers decide
 * whether a drop moves or links, before, on or after the target (a copy is made here, with new ids); every drop is
 * one undoable command.
 */
final class TreeDragAndDrop {

    private TreeDragAndDrop() {
    }

    static void install(TreeViewer viewer, EditingDomain domain) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        int operations = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;
        viewer.addDragSupport(operations, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = viewer.getStructuredSelection();
                event.doit = !selection.isEmpty();
                LocalSelectionTransfer.getTransfer().setSelection(selection);
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(operations, transfers, new DropAdapter(viewer, domain));
    }

    /**
     * The command a drop of {@code dragged} onto {@code target} runs ({@code location}: 0 top of the item … 1 bottom;
     * {@code operation}: a {@code DND.DROP_*}, none meaning move), as the item providers decide.
     */
    static Command command(EditingDomain domain, List<?> dragged, Object target, float location, int operation) {
        int dndOperation = operation == DND.DROP_NONE ? DND.DROP_MOVE : operation;
        if (dndOperation == DND.DROP_COPY && target instanceof EObject owner && dragged.stream().allMatch(EObject.class::isInstance)) {
            return copyInto(domain, dragged, owner);
        }
        return DragAndDropCommand.create(domain, target, location, DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK, dndOperation,
                dragged);
    }

    /**
     * Copies dropped into {@code target}, or beside it if it cannot hold them: fresh copies with new UUIDs, as Paste
     * makes them (EMF's drag-and-drop copy would keep the originals' ids, and ids must stay unique).
     */
    private static Command copyInto(EditingDomain domain, List<?> dragged, EObject target) {
        List<EObject> originals = EcoreUtil.filterDescendants(dragged.stream().map(EObject.class::cast).toList());
        for (EObject owner : new EObject[] { target, target.eContainer() }) {
            if (owner == null) {
                break;
            }
            Collection<EObject> copies = EcoreUtil.copyAll(originals);
            copies.forEach(DovetailIds::renewIds);
            Command add = AddCommand.create(domain, owner, null, copies);
            if (add.canExecute()) {
                return add;
            }
            add.dispose();
        }
        return UnexecutableCommand.INSTANCE;
    }

    /** Builds the command while the mouse moves, so the cursor says whether the drop is possible. */
    private static final class DropAdapter extends ViewerDropAdapter {

        private final EditingDomain domain;
        private Command command = UnexecutableCommand.INSTANCE;

        DropAdapter(TreeViewer viewer, EditingDomain domain) {
            super(viewer);
            this.domain = domain;
            setFeedbackEnabled(true);
        }

        @Override
        public boolean validateDrop(Object target, int operation, TransferData transferType) {
            List<?> dragged = dragged();
            if (target == null || dragged.isEmpty() || dragged.contains(target)) {
                command = UnexecutableCommand.INSTANCE;
                return false;
            }
            command = command(domain, dragged, target, location(), operation);
            if (command instanceof DragAndDropFeedback feedback && command.canExecute()) {
                overrideOperation(feedback.getOperation());
            }
            return command.canExecute();
        }

        @Override
        public boolean performDrop(Object data) {
            if (!command.canExecute()) {
                return false;
            }
            domain.getCommandStack().execute(command);
            command = UnexecutableCommand.INSTANCE;
            return true;
        }

        /** Where on the target item the drop goes, as DragAndDropCommand measures it (0 top … 1 bottom). */
        private float location() {
            return switch (getCurrentLocation()) {
                case LOCATION_BEFORE -> 0.1f;
                case LOCATION_AFTER -> 0.9f;
                default -> 0.5f;
            };
        }

        private static List<?> dragged() {
            return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
                    ? selection.toList() : List.of();
        }
    }
}
