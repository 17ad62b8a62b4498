package org.dovetail.rules.internal;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.MappingValidator;
import org.dovetail.rules.api.CheckDescriptor;

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
            result.add(new Contributions.Candidate<>(origin, element.getAttribute("id"), declared(element, type),
                    () -> type.cast(element.createExecutableExtension("class"))));
        }
        return result;
    }

    /** The descriptor the element declares in full (id, title, category, severity), or {@code null}. */
    private static CheckDescriptor declared(IConfigurationElement element, Class<?> type) {
        String id = element.getAttribute("id");
        String title = element.getAttribute("title");
        RuleCategory category = RuleCategory.get(String.valueOf(element.getAttribute("category")));
        Severity severity = Severity.get(String.valueOf(element.getAttribute("severity")));
        if (id == null || title == null || title.isBlank() || category == null || severity == null) {
            return null;
        }
        return new CheckDescriptor(id, title, category, severity,
                MappingValidator.class.isAssignableFrom(type) ? CheckDescriptor.Kind.MAPPING_VALIDATOR : CheckDescriptor.Kind.RISK_RULE);
    }
}
