package org.dovetail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Identified;
import org.dovetail.model.resource.DovetailResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server loads the shipped example models with the workbench's own model jar, outside OSGi. */
class ModelInventoryTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheSupplierInvoiceExampleFromTheExamplesJar() throws Exception {
        DovetailModel model = load("supplier-invoice-approval.dovetail");
        ModelInventory inventory = ModelInventory.of(model);
        assertTrue(inventory.elements() >= 60, "example has " + inventory.elements() + " elements");
        for (String area : List.of("process", "digital", "governance", "workasdone", "implementation")) {
            assertTrue(inventory.byArea().getOrDefault(area, 0) > 0, "no " + area + " elements: " + inventory);
        }
        Set<String> ids = new HashSet<>();
        model.eAllContents().forEachRemaining(e -> ids.add(((Identified) e).getId()));
        assertEquals(inventory.elements(), ids.size(), "every element has its own UUID");
    }

    @Test
    void loadsTheSecondExample() throws Exception {
        assertTrue(ModelInventory.of(load("it-change-enablement.dovetail")).elements() >= 60);
    }

    private DovetailModel load(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/models/" + name)) {
            assertTrue(in != null, "models/" + name + " is not in the examples jar");
            Files.copy(in, file);
        }
        return DovetailResources.load(file);
    }
}
