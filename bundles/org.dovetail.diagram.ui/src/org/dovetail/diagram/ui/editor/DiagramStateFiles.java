package org.dovetail.diagram.ui.editor;

import java.io.IOException;

import org.dovetail.diagram.api.DiagramFiles;
import org.dovetail.diagram.model.resource.DiagramStateResource;
import org.dovetail.diagram.model.state.DiagramSet;
import org.dovetail.diagram.model.state.StateFactory;
import org.dovetail.editor.session.ModelSession;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;

/**
 * The diagram state file beside a model ({@code x.dovetail-diagrams} beside {@code x.dovetail}), loaded into the
 * model's session under a workspace URI, so that saving the session writes it through the workspace (the Project
 * Explorer sees it at once) and undo, redo and dirty state cover diagram edits too.
 */
final class DiagramStateFiles {

    private DiagramStateFiles() {
    }

    static URI stateUriOf(URI modelUri) {
        return modelUri.trimFileExtension().appendFileExtension(DiagramStateResource.FILE_EXTENSION);
    }

    /** The model's diagram set: from its file, or a new one that the next save writes. */
    static DiagramSet loadOrCreate(ModelSession model) throws IOException {
        ResourceSet resources = model.resourceSet();
        DiagramFiles.register(resources);
        URI uri = stateUriOf(model.uri());
        Resource resource = resources.getResource(uri, false);
        if (resource == null) {
            resource = resources.createResource(uri);
            if (URIConverter.INSTANCE.exists(uri, null)) {
                try {
                    resource.load(null);
                } catch (IOException | RuntimeException e) {
                    resources.getResources().remove(resource);
                    throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
            }
        }
        if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof DiagramSet set) {
            return set;
        }
        if (!resource.getContents().isEmpty()) {
            throw new IOException(uri.lastSegment() + " is not a Dovetail diagram file");
        }
        DiagramSet set = StateFactory.eINSTANCE.createDiagramSet();
        set.setModelFile(model.uri().lastSegment());
        resource.getContents().add(set);
        return set;
    }
}
