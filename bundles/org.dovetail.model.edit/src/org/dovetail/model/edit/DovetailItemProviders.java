package org.dovetail.model.edit;

import org.dovetail.model.digital.provider.DigitalItemProviderAdapterFactory;
import org.dovetail.model.edit.process.ProcessItemProviders;
import org.dovetail.model.governance.provider.GovernanceItemProviderAdapterFactory;
import org.dovetail.model.implementation.provider.ImplementationItemProviderAdapterFactory;
import org.dovetail.model.provider.DovetailItemProviderAdapterFactory;
import org.dovetail.model.workasdone.provider.WorkAsDoneItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * The item providers of every metamodel package, composed, for use outside OSGi (server, command
 * line, tests). Inside OSGi the same factories come from plugin.xml through
 * {@code ComposedAdapterFactory.Descriptor.Registry.INSTANCE}.
 */
public final class DovetailItemProviders {

    private DovetailItemProviders() {
    }

    public static ComposedAdapterFactory create() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new DovetailItemProviderAdapterFactory());
        factory.addAdapterFactory(new ProcessItemProviders());
        factory.addAdapterFactory(new DigitalItemProviderAdapterFactory());
        factory.addAdapterFactory(new GovernanceItemProviderAdapterFactory());
        factory.addAdapterFactory(new WorkAsDoneItemProviderAdapterFactory());
        factory.addAdapterFactory(new ImplementationItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }
}
