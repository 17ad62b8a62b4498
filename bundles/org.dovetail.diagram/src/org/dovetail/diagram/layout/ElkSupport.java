package org.dovetail.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;

/**
 * ELK in plain Java and in OSGi alike: the layered algorithm's meta-data provider is registered explicitly, because
 * ELK's service-loader discovery does not see it across bundle class loaders.
 */
final class ElkSupport {

    private static boolean registered;

    private ElkSupport() {
    }

    static synchronized void ensureRegistered() {
        if (registered) {
            return;
        }
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData("org.eclipse.elk.layered") == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
        if (service.getOptionData(CoreOptions.ALGORITHM.getId()) == null) {
            service.registerLayoutMetaDataProviders(new org.eclipse.elk.core.options.CoreOptions());
        }
        registered = true;
    }
}
