package org.dovetail.examples.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.edit.DovetailItemProviders;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

/**
 * The edit bundle works in a plain JVM (the server and the command line): labels come from its
 * plugin.properties, icons resolve, property descriptors are there — for every element of both examples.
 */
class EditOutsideOsgiTest {

    private final ComposedAdapterFactory factory = DovetailItemProviders.create();

    @Test
    void everyExampleElementHasALabelAnIconAndProperties() {
        for (DovetailModel model : List.of(ExampleModels.supplierInvoiceApproval(), ExampleModels.itChangeEnablement())) {
            List<String> unlabelled = new ArrayList<>();
            int checked = 0;
            for (var it = model.eAllContents(); it.hasNext();) {
                EObject element = it.next();
                IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
                String text = labels.getText(element);
                String type = element.eClass().getName();
                if (text == null || text.isBlank() || text.contains("_UI_") || text.equals(type)) {
                    unlabelled.add(type + ": " + text);
                }
                assertNotNull(labels.getImage(element), type + " has no icon");
                IItemPropertySource properties = (IItemPropertySource) factory.adapt(element, IItemPropertySource.class);
                assertFalse(properties.getPropertyDescriptors(element).isEmpty(), type + " has no properties");
                checked++;
            }
            assertEquals(List.of(), unlabelled, "elements without a readable label in " + model.getName());
            assertTrue(checked >= 60, model.getName() + ": " + checked);
        }
    }

    @Test
    void typeNamesAreHumanReadable() {
        var step = ExampleModels.supplierInvoiceApproval().getProcessDomain().getProcesses().get(0).getSteps().get(0);
        String text = ((IItemLabelProvider) factory.adapt(step, IItemLabelProvider.class)).getText(step);
        assertEquals("Task Register invoice", text);
        var flow = step.getOutgoing().get(0);
        String flowText = ((IItemLabelProvider) factory.adapt(flow, IItemLabelProvider.class)).getText(flow);
        assertEquals("Flow Register invoice \u2192 Three-way match", flowText, "a flow is labelled by the steps it joins");
    }
}
