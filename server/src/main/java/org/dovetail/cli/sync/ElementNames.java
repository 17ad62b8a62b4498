package org.dovetail.cli.sync;

import java.io.IOException;
import java.nio.file.Path;

import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.emf.ElementIndex;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names elements for people: {@code 'Check ID' [<uuid>]} from the folder's models, the bare id when the element is not
 * there (deleted, or the folder's models cannot be read), so that the id can still be given to {@code --resolve}.
 */
final class ElementNames {

    private static final ElementNames NONE = new ElementNames(null);

    private final ElementIndex index;

    private ElementNames(ElementIndex index) {
        this.index = index;
    }

    static ElementNames of(Path folder) {
        if (folder == null) {
            return NONE;
        }
        try {
            return new ElementNames(ElementIndex.of(ProjectFolder.load(folder).resourceSet()));
        } catch (IOException | RuntimeException e) {
            return NONE; // names are a courtesy: the ids are printed as they are
        }
    }

    /** {@code 'name' [id]}, {@code Type [id]} for an unnamed element, or the id. */
    String label(String id) {
        EObject element = index == null || id == null ? null : index.find(id);
        if (element == null) {
            return id;
        }
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : element.eGet(name);
        return (value == null || value.toString().isBlank() ? element.eClass().getName() : "'" + value + "'") + " [" + id + "]";
    }

    /** A conflict's value: quoted, or the element's label when it is an element's id. */
    String value(String value) {
        if (value == null) {
            return "(none)";
        }
        String label = label(value);
        return label.equals(value) ? '"' + value + '"' : label;
    }
}
