package org.dovetail.diagram.ui.open;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.Viewpoint;
import org.dovetail.diagram.registry.DiagramDescriptionRegistry;
import org.dovetail.diagram.ui.editor.DiagramEditor;
import org.dovetail.diagram.ui.editor.DiagramEditorInput;
import org.dovetail.diagram.ui.editor.DiagramRoots;
import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.eclipse.core.resources.IFile;
import org.dovetail.editor.session.ModelSessions;
import org.dovetail.model.resource.DovetailResources;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/**
 * "Open Diagram ▸ Process flow / Digital workflow / Governance mapping…": one item per registered diagram
 * description, for the model file selected in the Project Explorer or the model of the element selected in an
 * editor (the tree editor).
 */
public final class OpenDiagramMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IFile file = window == null ? null : selectedModelFile(window);
        if (file == null) {
            return new IContributionItem[0];
        }
        EObject selected = selectedElement(window);
        EObject modelRoot = selected != null ? EcoreUtil.getRootContainer(selected) : modelRoot(file);
        List<IContributionItem> items = new ArrayList<>();
        for (Viewpoint viewpoint : DiagramDescriptionRegistry.getDefault().viewpoints()) {
            for (DiagramDescription description : viewpoint.getDiagrams()) {
                String label = description.getLabel() == null ? description.getId() : description.getLabel();
                // An element of the diagram's kind selected in the tree (a process, say) is what gets drawn.
                EObject root = selected != null && DiagramRoots.fits(selected, description.getDomainClass()) ? selected : null;
                List<EObject> choices = root == null && modelRoot != null ? DiagramRoots.candidates(modelRoot, description.getDomainClass()) : List.of();
                if (choices.size() > 1) {
                    // Several elements to draw it on (two processes, say): the user picks one.
                    MenuManager choice = new MenuManager(label);
                    for (EObject candidate : choices) {
                        String id = candidate instanceof Identified identified ? identified.getId() : null;
                        choice.add(new Action(candidate instanceof Element element && element.getName() != null ? element.getName()
                                : candidate.eClass().getName()) {
                            @Override
                            public void run() {
                                open(window.getActivePage(), file, description, id);
                            }
                        });
                    }
                    items.add(choice);
                    continue;
                }
                String rootId = root instanceof Identified identified ? identified.getId() : null;
                String text = root instanceof Element element && element.getName() != null ? label + " of " + element.getName() : label;
                items.add(new ActionContributionItem(new Action(text) {
                    @Override
                    public void run() {
                        open(window.getActivePage(), file, description, rootId);
                    }
                }));
            }
        }
        return items.toArray(IContributionItem[]::new);
    }

    /** The model of a file: the open session's, else read once for the menu (null if it cannot be read). */
    private static EObject modelRoot(IFile file) {
        URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
        var session = ModelSessions.find(uri);
        if (session.isPresent() && !session.get().resource().getContents().isEmpty()) {
            return session.get().resource().getContents().get(0);
        }
        try {
            return DovetailResources.load(DovetailResources.newResourceSet(), file.getLocation().toFile().toPath());
        } catch (java.io.IOException | RuntimeException e) {
            return null; // the menu then offers the diagrams of the first element; opening reports the problem
        }
    }

    private static EObject selectedElement(IWorkbenchWindow window) {
        ISelection selection = window.getSelectionService().getSelection();
        return selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject element
                ? element : null;
    }

    /** The selected .dovetail file, or the file of the editor whose element is selected; null if neither. */
    static IFile selectedModelFile(IWorkbenchWindow window) {
        ISelection selection = window.getSelectionService().getSelection();
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            if (file != null) {
                return "dovetail".equals(file.getFileExtension()) ? file : null;
            }
        }
        IEditorPart editor = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
        return editor != null && editor.getEditorInput() instanceof IFileEditorInput input
                && "dovetail".equals(input.getFile().getFileExtension()) ? input.getFile() : null;
    }

    /** Opens (or brings to the front) the diagram editor on a model file and description. */
    public static DiagramEditor open(IWorkbenchPage page, IFile file, DiagramDescription description) {
        return open(page, file, description, null);
    }

    /** Opens the diagram drawn on the element with {@code rootId} (null: the first element it can be drawn on). */
    public static DiagramEditor open(IWorkbenchPage page, IFile file, DiagramDescription description, String rootId) {
        String label = description.getLabel() == null ? description.getId() : description.getLabel();
        DiagramEditorInput input = new DiagramEditorInput(file, DiagramDescriptionRegistry.qualifiedId(description), label,
                rootId);
        try {
            return page.openEditor(input, DiagramEditor.ID, true) instanceof DiagramEditor editor ? editor : null;
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Open Diagram",
                    "The " + label + " diagram of " + file.getName() + " cannot be opened.", e.getStatus());
            return null;
        }
    }
}
