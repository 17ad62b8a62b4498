package org.dovetail.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link DovetailResource}s; registered for the {@code .dovetail} file extension. */
public class DovetailResourceFactory extends ResourceFactoryImpl {

    /** The file extension of Dovetail model files. */
    public static final String FILE_EXTENSION = "dovetail";

    @Override
    public Resource createResource(URI uri) {
        return new DovetailResource(uri);
    }
}
