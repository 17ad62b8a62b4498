package org.dovetail.sync.ui.internal.decorations;

import org.dovetail.sync.emf.ModelTypes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * Overlays for what the last sync brought (as EGit marks incoming changes): a blue arrow on elements others changed,
 * a red mark on elements in conflict, in the model tree and on the model files and projects in the navigator.
 */
public final class SyncDecorator extends LabelProvider implements ILightweightLabelDecorator {

    public static final String ID = "org.dovetail.sync.ui.decorator";
    static final ImageDescriptor INCOMING = ImageDescriptor.createFromURLSupplier(true,
            () -> SyncDecorator.class.getResource("/icons/incoming_ov.png"));
    static final ImageDescriptor CONFLICT = ImageDescriptor.createFromURLSupplier(true,
            () -> SyncDecorator.class.getResource("/icons/conflict_ov.png"));

    /**
     * What the decoration of {@code element} is, for the decorator and for tests, or null. Elements, files and
     * folders that only contain marked elements get the overlay without the suffix. Set look-ups only: the marks and
     * their ancestors are computed once per sync step.
     */
    public static Mark markOf(Object element) {
        if (element instanceof EObject eObject) {
            IncomingChanges.Marks marks = IncomingChanges.of(projectOf(eObject));
            if (marks.isEmpty()) {
                return null;
            }
            String id;
            try {
                id = ModelTypes.idOf(eObject);
            } catch (RuntimeException e) {
                return null;
            }
            if (id == null) {
                return null;
            }
            return marks.conflicts().contains(id) ? Mark.CONFLICT : marks.conflictsInside().contains(id) ? Mark.CONFLICT_INSIDE
                    : marks.incoming().contains(id) ? Mark.INCOMING : marks.incomingInside().contains(id) ? Mark.INCOMING_INSIDE : null;
        }
        if (element instanceof IResource resource && resource.getProject() != null) {
            IncomingChanges.Marks marks = IncomingChanges.of(resource.getProject());
            if (marks.isEmpty()) {
                return null;
            }
            String path = resource.getProjectRelativePath().toString();
            if (resource instanceof IFile) {
                return marks.conflictFiles().contains(path) ? Mark.CONFLICT : marks.files().contains(path) ? Mark.INCOMING : null;
            }
            boolean holds = resource instanceof IProject || resource instanceof IFolder && marks.folders().contains(path);
            return !holds ? null : marks.conflicts().isEmpty() ? Mark.INCOMING_INSIDE : Mark.CONFLICT_INSIDE;
        }
        return null;
    }

    /** A mark on the element itself, or on an element (file, folder, project) that holds marked elements. */
    public enum Mark {
        INCOMING, CONFLICT, INCOMING_INSIDE, CONFLICT_INSIDE
    }

    @Override
    public void decorate(Object element, IDecoration decoration) {
        Mark mark = markOf(element);
        if (mark == null) {
            return;
        }
        boolean conflict = mark == Mark.CONFLICT || mark == Mark.CONFLICT_INSIDE;
        decoration.addOverlay(conflict ? CONFLICT : INCOMING, IDecoration.BOTTOM_RIGHT);
        if (element instanceof EObject && mark == Mark.CONFLICT) {
            decoration.addSuffix(" [conflict]");
        } else if (element instanceof EObject && mark == Mark.INCOMING) {
            decoration.addSuffix(" [incoming]");
        } else if (element instanceof IFile && mark == Mark.CONFLICT) {
            decoration.addSuffix(" [conflict]");
        }
    }

    private static IProject projectOf(EObject element) {
        URI uri = element.eResource() == null ? null : element.eResource().getURI();
        if (uri == null || !uri.isPlatformResource() || uri.segmentCount() < 2) {
            return null;
        }
        return ResourcesPlugin.getWorkspace().getRoot().getProject(URI.decode(uri.segment(1)));
    }
}
