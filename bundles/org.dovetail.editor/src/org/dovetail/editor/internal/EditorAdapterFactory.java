package org.dovetail.editor.internal;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** The item providers the editor shows a model with. */
public final class EditorAdapterFactory {

    private EditorAdapterFactory() {
    }

    /**
     * The item providers registered by edit bundles (the Dovetail model's among them), the resource
     * item provider (the tree's input is a resource), and the reflective one as a fallback for
     * any package without generated item providers.
     */
    public static ComposedAdapterFactory create() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }
}
