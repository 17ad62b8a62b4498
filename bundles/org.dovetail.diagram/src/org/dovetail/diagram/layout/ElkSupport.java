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

    private static boolean prewarmed;

    /** Lays a small graph out on a daemon thread: loads ELK's classes and JIT-compiles its hot paths ahead of use. */
    static synchronized void prewarm() {
        if (prewarmed) {
            return;
        }
        prewarmed = true;
        Thread thread = new Thread(() -> {
            try {
                ensureRegistered();
                for (int round = 0; round < 3; round++) {
                    org.eclipse.elk.graph.ElkNode graph = org.eclipse.elk.graph.util.ElkGraphUtil.createGraph();
                    ElkLayout.configure(graph, org.eclipse.elk.core.options.Direction.RIGHT);
                    java.util.List<org.eclipse.elk.graph.ElkNode> nodes = new java.util.ArrayList<>();
                    for (int i = 0; i < 60; i++) {
                        org.eclipse.elk.graph.ElkNode node = org.eclipse.elk.graph.util.ElkGraphUtil.createNode(graph);
                        node.setDimensions(120, 50);
                        nodes.add(node);
                    }
                    for (int i = 0; i < 150; i++) {
                        org.eclipse.elk.graph.util.ElkGraphUtil.createSimpleEdge(nodes.get(i % 59), nodes.get(Math.min(59, i % 59 + 1 + i % 3)));
                    }
                    new org.eclipse.elk.core.RecursiveGraphLayoutEngine().layout(graph, new org.eclipse.elk.core.util.BasicProgressMonitor());
                }
            } catch (RuntimeException | LinkageError e) {
                // Only a head start: the real layout reports its own errors.
            }
        }, "ELK prewarm");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
