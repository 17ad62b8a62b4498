package org.dovetail.diagram.ui.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.part.FileEditorInput;

/**
 * A model file opened as one of its diagrams: the file (so the shared model session of that file is used) and
 * the diagram description's qualified id ({@code viewpoint/diagram}).
 */
public final class DiagramEditorInput extends FileEditorInput {

    private final String descriptionId;
    private final String descriptionLabel;

    public DiagramEditorInput(IFile file, String descriptionId, String descriptionLabel) {
        super(file);
        this.descriptionId = descriptionId;
        this.descriptionLabel = descriptionLabel;
    }

    public String descriptionId() {
        return descriptionId;
    }

    @Override
    public String getName() {
        return getFile().getName() + " — " + descriptionLabel;
    }

    @Override
    public String getToolTipText() {
        return descriptionLabel + " of " + getFile().getFullPath();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiagramEditorInput input && super.equals(other) && descriptionId.equals(input.descriptionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), descriptionId);
    }

    /** Not restored after a restart: the diagram is opened again from the model file. */
    @Override
    public org.eclipse.ui.IPersistableElement getPersistable() {
        return null;
    }
}
