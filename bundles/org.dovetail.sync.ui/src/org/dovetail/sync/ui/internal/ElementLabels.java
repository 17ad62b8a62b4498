package org.dovetail.sync.ui.internal;

import org.dovetail.edit.ui.provider.AdapterFactoryLabelProvider;
import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.emf.ElementIndex;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKey;
import org.dovetail.sync.protocol.ConflictKind;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.graphics.Image;

/**
 * Names for what the sync protocol identifies by id: elements by their label and type (from the project's model
 * files), references by the element they name, the conflict kinds in words.
 */
public final class ElementLabels {

    /** Shared for the life of the application, like the item providers it wraps. */
    private static final AdapterFactoryLabelProvider ITEMS = new AdapterFactoryLabelProvider(
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE));

    private final ElementIndex index;

    private ElementLabels(ElementIndex index) {
        this.index = index;
    }

    /** Labels from the project's model files as they are on disk now (no labels if they cannot be read). */
    public static ElementLabels of(IProject project) {
        try {
            ProjectResources resources = ProjectFolder.load(SharedProjects.folder(project));
            return new ElementLabels(ElementIndex.of(resources.resourceSet()));
        } catch (Exception e) {
            return new ElementLabels(null);
        }
    }

    public EObject find(String id) {
        return index == null || id == null ? null : index.find(id);
    }

    /** "Approve invoice (Step)", or the id of an element this folder does not have (deleted here). */
    public String element(String id) {
        EObject element = find(id);
        if (element == null) {
            return id + " (deleted here)";
        }
        String text = ITEMS.getText(element);
        return text == null || text.isBlank() ? element.eClass().getName() + " " + id : text;
    }

    public Image image(String id) {
        EObject element = find(id);
        return element == null ? null : ITEMS.getImage(element);
    }

    public String feature(String feature) {
        return switch (feature) {
        case ConflictKey.WHOLE -> "(the whole element)";
        case ConflictKey.CONTAINER -> "(its place)";
        default -> feature;
        };
    }

    /** A value as the user knows it: the element a reference names, "(none)" for unset. */
    public String value(String value) {
        if (value == null) {
            return "(none)";
        }
        EObject element = find(value);
        return element != null ? element(value) : value;
    }

    public static String kind(ConflictKind kind) {
        return switch (kind) {
        case BOTH_CHANGED -> "Both changed it";
        case CHANGED_DELETED -> "You changed it, they deleted it";
        case DELETED_CHANGED -> "You deleted it, they changed it";
        case REFERENCE_TO_DELETED -> "Refers to a deleted element";
        };
    }

    /** An edited value fits single-valued features that both sides changed (not a deletion or a move). */
    public static boolean isEditable(Conflict conflict) {
        return conflict.kind() == ConflictKind.BOTH_CHANGED && !ConflictKey.WHOLE.equals(conflict.feature())
                && !ConflictKey.CONTAINER.equals(conflict.feature());
    }
}
