package org.dovetail.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Date;

import org.dovetail.edit.ui.provider.AdapterFactoryContentProvider;
import org.dovetail.model.governance.Waiver;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Properties view shows a waiver's dates as days ("2027-02-23"), as the Findings view does, not EMF's raw
 * {@code 2027-02-23T00:00:00.000+0000}. The value goes the way the property sheet takes it: property value, its
 * property source's editable value, the descriptor's label provider.
 */
class PropertyDateLabelsTest {

    private static final URI EXAMPLE = URI.createPlatformPluginURI(
            ExampleProject.EXAMPLES_BUNDLE + "/models/" + ExampleProject.SUPPLIER_INVOICE_MODEL, true);

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final AdapterFactoryContentProvider properties = new AdapterFactoryContentProvider(adapterFactory);

    @AfterEach
    void dispose() {
        adapterFactory.dispose();
    }

    @Test
    void aWaiverGrantedThroughTheDialogShowsItsDaysNotTheRawTimestamp() {
        Waiver waiver = firstWaiver();
        // The waive dialog and the calendar editor store midnight UTC; the example was written with noon UTC.
        waiver.setGrantedOn(Date.from(java.time.Instant.parse("2026-11-23T00:00:00Z")));
        waiver.setExpiresOn(Date.from(java.time.Instant.parse("2027-02-23T00:00:00Z")));
        assertEquals("2026-11-23", shownText(waiver, "grantedOn"));
        assertEquals("2027-02-23", shownText(waiver, "expiresOn"));
    }

    @Test
    void theExamplesNoonDatesShowTheirDayAsTheStatusColumnDoes() {
        Waiver waiver = firstWaiver();
        assertEquals("2027-03-31T12:00:00Z", waiver.getExpiresOn().toInstant().toString(), "the example's waiver");
        assertEquals("2027-03-31", shownText(waiver, "expiresOn"));
    }

    @Test
    void anUnsetDateIsBlank() {
        Waiver waiver = firstWaiver();
        waiver.setExpiresOn(null);
        assertEquals("", shownText(waiver, "expiresOn"));
    }

    private static Waiver firstWaiver() {
        Resource model = new ResourceSetImpl().getResource(EXAMPLE, true);
        for (var contents = model.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof Waiver waiver && waiver.getExpiresOn() != null) {
                return waiver;
            }
        }
        throw new AssertionError("the supplier invoice example has a waiver with an expiry");
    }

    /** The text of the property's value cell, as the property sheet computes it. */
    private String shownText(EObject object, String feature) {
        IPropertySource source = properties.getPropertySource(object);
        IPropertyDescriptor descriptor = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getId().equals(feature)).findFirst().orElse(null);
        assertNotNull(descriptor, feature + " is a property of " + object.eClass().getName());
        Object value = source.getPropertyValue(descriptor.getId());
        IPropertySource valueSource = value == null ? null : properties.getPropertySource(value);
        Object editable = valueSource == null ? value : valueSource.getEditableValue();
        return descriptor.getLabelProvider().getText(editable);
    }
}
