package org.dovetail.diagram.registry;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.diagram.api.ViewpointProvider;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** Reads the extension point. Loaded only when the registry classes are present (an optional dependency). */
final class ExtensionSource {

    private ExtensionSource() {
    }

    /** The contributions, or {@code null} when no registry runs. */
    static List<DiagramDescriptionRegistry.Candidate> candidates(String extensionPoint) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return null;
        }
        List<DiagramDescriptionRegistry.Candidate> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
            String origin = element.getContributor().getName() + " " + element.getAttribute("class");
            result.add(new DiagramDescriptionRegistry.Candidate(origin,
                    () -> (ViewpointProvider) element.createExecutableExtension("class")));
        }
        return result;
    }
}
