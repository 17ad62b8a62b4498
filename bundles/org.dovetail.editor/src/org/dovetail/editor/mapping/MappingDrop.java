package org.dovetail.editor.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.dialogs.ListDialog;

/**
 * Dropping elements onto an element of either tree maps them: the mapping types that fit the pair (either way round)
 * are offered; one is used at once, several are offered in a dialog. Every drop is one undoable command.
 */
final class MappingDrop extends ViewerDropAdapter {

    /** The title of the dialog that asks which mapping type to create. */
    static final String CHOOSE_TYPE_TITLE = "Mapping Type";

    private final EditingDomain domain;
    private final Function<List<MappingType>, MappingType> chooser;

    MappingDrop(StructuredViewer viewer, EditingDomain domain) {
        super(viewer);
        this.domain = domain;
        this.chooser = types -> chooseType(viewer, types);
        setFeedbackEnabled(false);
        setSelectionFeedbackEnabled(true);
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData transferType) {
        if (!(target instanceof EObject targetElement)) {
            return false;
        }
        overrideOperation(DND.DROP_LINK);
        return dragged().stream().anyMatch(source -> !options(source, targetElement).isEmpty());
    }

    @Override
    public boolean performDrop(Object data) {
        if (!(getCurrentTarget() instanceof EObject target)) {
            return false;
        }
        Command command = command(dragged(), target, chooser);
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /** The command that maps each of {@code sources} to {@code target}, or {@code null} if none fits or the user cancels. */
    Command command(List<EObject> sources, EObject target, Function<List<MappingType>, MappingType> choose) {
        CompoundCommand command = new CompoundCommand();
        for (EObject source : sources) {
            List<MappingType> types = options(source, target);
            if (types.isEmpty()) {
                continue;
            }
            MappingType type = types.size() == 1 ? types.get(0) : choose.apply(types);
            if (type == null) {
                return null;
            }
            boolean forward = type.accepts(source, target);
            command.append(MappingCommands.map(domain, type, forward ? source : target, forward ? target : source));
        }
        if (command.getCommandList().size() == 1) {
            return command.getCommandList().get(0);
        }
        return command.isEmpty() ? null : command;
    }

    /** The mapping types that map {@code a} to {@code b} or {@code b} to {@code a}. */
    static List<MappingType> options(EObject a, EObject b) {
        List<MappingType> types = new ArrayList<>(MappingType.between(a, b));
        for (MappingType reverse : MappingType.between(b, a)) {
            if (!types.contains(reverse)) {
                types.add(reverse);
            }
        }
        return types;
    }

    private static List<EObject> dragged() {
        if (!(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection)) {
            return List.of();
        }
        List<EObject> elements = new ArrayList<>();
        for (Object each : selection.toList()) {
            if (each instanceof EObject element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static MappingType chooseType(StructuredViewer viewer, List<MappingType> types) {
        ListDialog dialog = new ListDialog(viewer.getControl().getShell());
        dialog.setTitle(CHOOSE_TYPE_TITLE);
        dialog.setMessage("These elements can be mapped in more than one way. Which mapping do you mean?");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((MappingType) element).label();
            }
        });
        dialog.setInput(types);
        dialog.setInitialSelections(types.get(0));
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return null;
        }
        return (MappingType) dialog.getResult()[0];
    }
}
