package org.dovetail.rules.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** Reads an extension point. Loaded only when the registry classes are present (an optional dependency). */
final class ExtensionRegistrySource {

    private ExtensionRegistrySource() {
    }

    /** The contributions to {@code extensionPoint}, or {@code null} when no registry runs. */
    static <T> List<Contributions.Candidate<T>> candidates(Class<T> type, String extensionPoint) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return null;
        }
        List<Contributions.Candidate<T>> result = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
            String origin = element.getContributor().getName() + " " + element.getAttribute("class");
            result.add(new Contributions.Candidate<>(origin, element.getAttribute("id"),
                    () -> type.cast(element.createExecutableExtension("class"))));
        }
        return result;
    }
}
