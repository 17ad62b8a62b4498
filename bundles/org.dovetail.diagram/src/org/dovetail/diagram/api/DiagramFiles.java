package org.dovetail.diagram.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dovetail.diagram.internal.SemanticIds;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.resource.DiagramStateResource;
import org.dovetail.diagram.model.resource.DiagramStateResourceFactory;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.model.state.DiagramSet;
import org.dovetail.diagram.model.state.StateFactory;
import org.dovetail.diagram.model.state.StatePackage;
import org.dovetail.diagram.registry.DiagramDescriptionRegistry;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The diagram state file beside a model: {@code supplier.dovetail} keeps its diagrams in
 * {@code supplier.dovetail-diagrams}, so the semantic file is never touched by drawing.
 *
 * @since 0.1
 */
public final class DiagramFiles {

    private DiagramFiles() {
    }

    /** The state file of a model file. */
    public static Path stateFileOf(Path modelFile) {
        String name = modelFile.getFileName().toString();
        String base = name.endsWith(".dovetail") ? name.substring(0, name.length() - ".dovetail".length()) : name;
        return modelFile.resolveSibling(base + "." + DiagramStateResource.FILE_EXTENSION);
    }

    /** Registers the state file type with a resource set (plain Java; OSGi does it through plugin.xml). */
    public static void register(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(StatePackage.eNS_URI, StatePackage.eINSTANCE);
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.putIfAbsent(DiagramStateResource.FILE_EXTENSION, new DiagramStateResourceFactory());
    }

    /**
     * The diagram set of a model: loaded from its state file if there is one, else a new, empty one in a resource for
     * that file (saved by {@link #save}).
     *
     * @throws IOException when the file exists but cannot be read (the message names it and says why)
     */
    public static DiagramSet loadOrCreate(ResourceSet resourceSet, Path modelFile) throws IOException {
        register(resourceSet);
        Path stateFile = stateFileOf(modelFile);
        URI uri = URI.createFileURI(stateFile.toAbsolutePath().toString());
        Resource resource = resourceSet.getResource(uri, false);
        if (resource == null) {
            resource = resourceSet.createResource(uri);
            if (Files.exists(stateFile)) {
                try {
                    resource.load(null);
                } catch (IOException e) {
                    resourceSet.getResources().remove(resource);
                    throw e;
                }
            }
        }
        if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof DiagramSet set) {
            return set;
        }
        if (!resource.getContents().isEmpty()) {
            throw new IOException(stateFile + " is not a Dovetail diagram file");
        }
        DiagramSet set = StateFactory.eINSTANCE.createDiagramSet();
        set.setModelFile(modelFile.getFileName().toString());
        resource.getContents().add(set);
        return set;
    }

    /** The diagram of a description on a root element: the saved one, or a new one added to the set. */
    public static Diagram findOrCreate(DiagramSet set, DiagramDescription description, EObject root) {
        String descriptionId = DiagramDescriptionRegistry.qualifiedId(description);
        String rootId = SemanticIds.id(root);
        for (Diagram diagram : set.getDiagrams()) {
            if (descriptionId.equals(diagram.getDescriptionId()) && rootId.equals(diagram.getRootId())) {
                return diagram;
            }
        }
        Diagram diagram = newDiagram(description, root);
        set.getDiagrams().add(diagram);
        return diagram;
    }

    /** A new diagram of a description (its default-on layers active), not yet in any set. */
    public static Diagram newDiagram(DiagramDescription description, EObject root) {
        Diagram diagram = StateFactory.eINSTANCE.createDiagram();
        diagram.setId(EcoreUtil.generateUUID());
        diagram.setDescriptionId(DiagramDescriptionRegistry.qualifiedId(description));
        diagram.setRootId(SemanticIds.id(root));
        var name = root.eClass().getEStructuralFeature("name");
        diagram.setName(description.getLabel() + (name == null || root.eGet(name) == null ? "" : " — " + root.eGet(name)));
        description.getAdditionalLayers().stream().filter(l -> l.isActiveByDefault())
                .forEach(l -> diagram.getActiveLayers().add(l.getId()));
        return diagram;
    }

    public static void save(DiagramSet set) throws IOException {
        set.eResource().save(null);
    }
}
