package org.dovetail.diagram.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.model.resource.DovetailResource;
import org.dovetail.model.resource.ModelLoadException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The file of diagram state beside a model ({@code model.dovetail-diagrams}): XMI read with the same
 * protection as model files (no DOCTYPE, no entities), edges referring to nodes by their {@code uid}.
 */
public class DiagramStateResource extends XMIResourceImpl {

    /** The file extension of diagram state files. */
    public static final String FILE_EXTENSION = "dovetail-diagrams";

    public DiagramStateResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultLoadOptions().putAll(DovetailResource.secureLoadOptions());
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, 120);
        save.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        try {
            super.doLoad(inputStream, options);
        } catch (IOException | RuntimeException e) {
            String file = getURI().isFile() ? getURI().toFileString() : getURI().toString();
            throw new ModelLoadException("Cannot read the diagram file " + file + ": " + e.getMessage(), e);
        }
    }

    /** References use the element's uid, never a positional path that shifts when elements come and go. */
    @Override
    public String getURIFragment(EObject eObject) {
        if (eObject instanceof DDiagramElement element && element.getUid() != null) {
            return element.getUid();
        }
        if (eObject instanceof Diagram diagram && diagram.getId() != null) {
            return diagram.getId();
        }
        return super.getURIFragment(eObject);
    }
}
