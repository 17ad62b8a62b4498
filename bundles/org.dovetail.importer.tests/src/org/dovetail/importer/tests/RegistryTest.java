package org.dovetail.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dovetail.importer.api.ModelImporter;
import org.dovetail.importer.registry.ImportFormatRegistry;
import org.junit.jupiter.api.Test;

/** The built-in formats come through the extension point (in OSGi) and through META-INF/services (plain Java). */
class RegistryTest {

    @Test
    void theExtensionPointListsBpmnXesAndCsv() {
        ImportFormatRegistry registry = ImportFormatRegistry.getDefault();
        assertEquals(List.of("bpmn", "xes", "csv"), registry.formats().stream().map(ModelImporter::id).toList());
        assertTrue(registry.problems().isEmpty(), registry.problems().toString());
        assertEquals("XES event log", registry.get("XES").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.get("json"));
        assertEquals("no import format \"json\"; there are: bpmn, xes, csv", e.getMessage());
    }

    @Test
    void theServiceFilesListTheSameFormats() {
        ImportFormatRegistry services = ImportFormatRegistry.fromClassLoader(ImportFormatRegistry.class.getClassLoader());
        assertEquals(List.of("bpmn", "xes", "csv"), services.formats().stream().map(ModelImporter::id).toList());
    }
}
