package org.dovetail.model.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.implementation.ImplementationPackage;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Entry point for headless use (command line, server, tests): a resource set that knows the
 * Dovetail packages and the {@code .dovetail} extension with or without OSGi.
 */
public final class DovetailResources {

    private DovetailResources() {
    }

    /** All packages of the metamodel, root first. */
    public static List<EPackage> packages() {
        return List.of(DovetailPackage.eINSTANCE, ProcessPackage.eINSTANCE, DigitalPackage.eINSTANCE,
                GovernancePackage.eINSTANCE, WorkAsDonePackage.eINSTANCE, ImplementationPackage.eINSTANCE);
    }

    /** A resource set that loads and saves {@code .dovetail} files securely, in or outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        for (EPackage p : packages()) {
            resourceSet.getPackageRegistry().put(p.getNsURI(), p);
        }
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(DovetailResourceFactory.FILE_EXTENSION, new DovetailResourceFactory());
        return resourceSet;
    }

    /** Loads a model file into a new resource set; bad files raise {@link ModelLoadException}. */
    public static DovetailModel load(Path file) throws IOException {
        return load(newResourceSet(), file);
    }

    public static DovetailModel load(ResourceSet resourceSet, Path file) throws IOException {
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(null);
        } catch (ModelLoadException e) {
            resourceSet.getResources().remove(resource);
            throw e;
        } catch (IOException e) {
            resourceSet.getResources().remove(resource);
            throw ModelLoadException.of(resource.getURI(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DovetailModel model)) {
            resourceSet.getResources().remove(resource);
            throw new ModelLoadException(file + ": not a Dovetail model (the root element is not a DovetailModel)", null);
        }
        return model;
    }

    /** Saves {@code model} into {@code file} (a new resource if the model has none). */
    public static void save(DovetailModel model, Path file) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource = model.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(model);
        } else {
            resource.setURI(uri);
        }
        resource.save(null);
    }
}
