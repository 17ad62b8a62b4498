package org.dovetail.sync.ui.internal.decorations;

import org.dovetail.sync.emf.ModelTypes;
import org.eclipse.core.resources.IFile;
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

    /** What the decoration of {@code element} is, for the decorator and for tests: INCOMING, CONFLICT or null. */
    public static Mark markOf(Object element) {
        if (element instanceof EObject eObject) {
            IProject project = projectOf(eObject);
            IncomingChanges.Marks marks = IncomingChanges.of(project);
            if (marks.isEmpty()) {
                return null;
            }
            String id;
            try {
                id = ModelTypes.idOf(eObject);
            } catch (RuntimeException e) {
                return null;
            }
            return id == null ? null : marks.conflicts().contains(id) ? Mark.CONFLICT : marks.incoming().contains(id) ? Mark.INCOMING : null;
        }
        if (element instanceof IResource resource && resource.getProject() != null) {
            IncomingChanges.Marks marks = IncomingChanges.of(resource.getProject());
            if (marks.isEmpty()) {
                return null;
            }
            boolean marked = resource instanceof IProject || resource instanceof IFile file
                    && marks.files().contains(file.getProjectRelativePath().toString());
            return !marked ? null : marks.conflicts().isEmpty() ? Mark.INCOMING : Mark.CONFLICT;
        }
        return null;
    }

    public enum Mark {
        INCOMING, CONFLICT
    }

    @Override
    public void decorate(Object element, IDecoration decoration) {
        Mark mark = markOf(element);
        if (mark == Mark.CONFLICT) {
            decoration.addOverlay(CONFLICT, IDecoration.BOTTOM_RIGHT);
            decoration.addSuffix(" [conflict]");
        } else if (mark == Mark.INCOMING) {
            decoration.addOverlay(INCOMING, IDecoration.BOTTOM_RIGHT);
            if (element instanceof EObject) {
                decoration.addSuffix(" [incoming]");
            }
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
