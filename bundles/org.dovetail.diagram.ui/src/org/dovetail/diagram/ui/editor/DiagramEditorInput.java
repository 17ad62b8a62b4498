package org.dovetail.diagram.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A model file opened as one of its diagrams: the file (whose shared model session the editor uses), the diagram
 * description's qualified id ({@code viewpoint/diagram}) and the id of the element drawn (a process, say), or
 * null for the model's first element of the description's domain class. Deliberately not an
 * {@code IFileEditorInput}: the workbench would take the tree editor on the same file for this diagram.
 */
public final class DiagramEditorInput implements IEditorInput {

    private final IFile file;
    private final String descriptionId;
    private final String descriptionLabel;
    private final String rootId;

    public DiagramEditorInput(IFile file, String descriptionId, String descriptionLabel, String rootId) {
        this.file = Objects.requireNonNull(file);
        this.descriptionId = Objects.requireNonNull(descriptionId);
        this.descriptionLabel = descriptionLabel;
        this.rootId = rootId;
    }

    public IFile file() {
        return file;
    }

    public String descriptionId() {
        return descriptionId;
    }

    /** The id of the element the diagram is drawn on, or null for the first one that fits. */
    public String rootId() {
        return rootId;
    }

    @Override
    public boolean exists() {
        return file.exists();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return file.getName() + " \u2014 " + descriptionLabel;
    }

    @Override
    public String getToolTipText() {
        return descriptionLabel + " of " + file.getFullPath();
    }

    /** Not restored after a restart: the diagram is opened again from the model file. */
    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == IFile.class ? adapter.cast(file) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && file.equals(input.file)
                && descriptionId.equals(input.descriptionId) && Objects.equals(rootId, input.rootId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, descriptionId, rootId);
    }
}
