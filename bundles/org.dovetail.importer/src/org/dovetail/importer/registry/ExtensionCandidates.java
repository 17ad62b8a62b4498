package org.dovetail.importer.registry;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.importer.api.ModelImporter;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** Reads the extension point. Loaded only when the registry classes are present (an optional dependency). */
final class ExtensionCandidates {

    private ExtensionCandidates() {
    }

    /** The contributions, or {@code null} when no registry runs. */
    static List<ImportFormatRegistry.Candidate> read(String extensionPoint) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return null;
        }
        List<ImportFormatRegistry.Candidate> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
            String origin = element.getContributor().getName() + " " + element.getAttribute("class");
            result.add(new ImportFormatRegistry.Candidate(origin, element.getAttribute("id"),
                    () -> (ModelImporter) element.createExecutableExtension("class")));
        }
        return result;
    }
}
