package org.dovetail.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.dovetail.model.Identified;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of {@code .dovetail} files.
 *
 * <ul>
 * <li>Identity: every {@link Identified} element gets a UUID when it enters the resource, so ids
 * survive save, load and copy and cross-file references ({@code other.dovetail#<uuid>}) stay valid
 * when elements move.</li>
 * <li>Secure loading: a DOCTYPE is refused outright, which rules out external entities (XXE) and
 * entity-expansion bombs; failures surface as {@link ModelLoadException} with file and position.</li>
 * </ul>
 */
public class DovetailResource extends XMIResourceImpl {

    public DovetailResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultLoadOptions().putAll(secureLoadOptions());
        getDefaultSaveOptions().putAll(saveOptions());
    }

    /** Parser settings that refuse DTDs and entities; also usable for any other XML Dovetail reads. */
    public static Map<Object, Object> secureLoadOptions() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        options.put(XMLResource.OPTION_SAVE_ONLY_IF_CHANGED, XMLResource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        return options;
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        try {
            super.doLoad(inputStream, options);
        } catch (IOException | RuntimeException e) {
            throw ModelLoadException.of(getURI(), e);
        }
        assignMissingIds();
    }

    /** Elements written by hand or by older tools may lack ids: give them one after loading. */
    private void assignMissingIds() {
        for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
            DovetailIds.ensureId(it.next());
        }
    }

    @Override
    protected boolean isAttachedDetachedHelperRequired() {
        return true;
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        if (!isLoading()) {
            DovetailIds.ensureId(eObject);
        }
        super.attachedHelper(eObject);
    }

    /** References and fragments use the UUID, never a positional path. */
    @Override
    public String getURIFragment(EObject eObject) {
        if (eObject instanceof Identified identified && identified.getId() != null) {
            return identified.getId();
        }
        return super.getURIFragment(eObject);
    }
}
