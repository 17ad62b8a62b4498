package org.dovetail.diagram.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link DiagramStateResource}s for {@code .dovetail-diagrams} files. */
public class DiagramStateResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new DiagramStateResource(uri);
    }
}
