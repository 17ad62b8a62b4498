package org.dovetail.model.edit.process;

import org.dovetail.model.process.provider.ProcessItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;

/**
 * The process package's item providers with Dovetail's hand-written refinements; registered in
 * plugin.xml instead of the generated factory so that the generated code stays untouched.
 */
public class ProcessItemProviders extends ProcessItemProviderAdapterFactory {

    @Override
    public Adapter createFlowAdapter() {
        if (flowItemProvider == null) {
            flowItemProvider = new FlowLabelItemProvider(this);
        }
        return flowItemProvider;
    }
}
