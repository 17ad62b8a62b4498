package org.dovetail.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK set up once, in plain Java and in OSGi alike: only the layered algorithm's meta data is registered (explicitly,
 * because ELK's service-loader discovery does not see it across bundle class loaders, and because discovering every
 * provider on a plain class path also loads algorithms Dovetail never runs). {@link #warmUp()} runs the layout code
 * paths Dovetail uses on synthetic graphs, so that the JIT has compiled them before the first real diagram.
 */
final class ElkSupport {

    private static boolean registered;

    private ElkSupport() {
    }

    static synchronized void ensureRegistered() {
        if (registered) {
            return;
        }
        // A class loader that sees no service files: the service starts with CoreOptions alone.
        LayoutMetaDataService service = LayoutMetaDataService.getInstance(new ClassLoader(null) {
        });
        if (service.getAlgorithmData(org.eclipse.elk.alg.layered.options.LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
        if (service.getOptionData(CoreOptions.ALGORITHM.getId()) == null) {
            service.registerLayoutMetaDataProviders(new CoreOptions());
        }
        registered = true;
    }

    private static boolean prewarmStarted;
    private static volatile boolean warm;

    /** {@link #warmUp()} on a low-priority daemon thread, once. */
    static synchronized void prewarm() {
        if (prewarmStarted || warm) {
            return;
        }
        prewarmStarted = true;
        Thread thread = new Thread(ElkSupport::warmUp, "ELK warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static boolean isWarm() {
        return warm;
    }

    /**
     * Lays out synthetic graphs the way real diagrams are laid out: a small one in one piece (the built-in diagrams),
     * and a large one of containers laid out separately with the cheaper settings (diagrams of hundreds of nodes).
     * Loads ELK's classes and the fonts nodes are measured with, and gives the JIT enough calls to compile the hot
     * paths; about two seconds of CPU on a background thread (measured: 2.0 s CPU, on two loaded cores).
     */
    static void warmUp() {
        if (warm) {
            return;
        }
        try {
            ensureRegistered();
            // Layout sizes nodes by their wrapped labels: load the fonts and compile the measuring too.
            for (int i = 0; i < 400; i++) {
                org.dovetail.diagram.render.NodeMetrics.nodeSize(null, "Synthetic state " + i + " awaiting second approval");
                org.dovetail.diagram.render.NodeMetrics.containerMinimum(null, "Workflow " + i);
            }
            java.util.Random random = new java.util.Random(1);
            for (int round = 0; round < ROUNDS; round++) {
                new RecursiveGraphLayoutEngine().layout(synthetic(1, 40, 90, false, random), new BasicProgressMonitor());
                new RecursiveGraphLayoutEngine().layout(synthetic(6, 60, 150, true, random), new BasicProgressMonitor());
            }
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the real layout reports its own errors.
        }
        warm = true;
    }

    /** Warm-up rounds: measured with the diagram benchmark, more rounds gave the first real layout no further gain. */
    private static final int ROUNDS = Integer.getInteger("dovetail.elk.warmup.rounds", 4);

    private static ElkNode synthetic(int containers, int nodes, int edges, boolean large, java.util.Random random) {
        ElkNode root = ElkGraphUtil.createGraph();
        ElkLayout.configure(root, Direction.RIGHT);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, large ? HierarchyHandling.SEPARATE_CHILDREN : HierarchyHandling.INCLUDE_CHILDREN);
        for (int c = 0; c < containers; c++) {
            ElkNode parent = root;
            if (large) {
                parent = ElkGraphUtil.createNode(root);
                ElkLayout.configure(parent, Direction.RIGHT);
                ElkLayout.fast(parent, false);
            }
            List<ElkNode> children = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                ElkNode node = ElkGraphUtil.createNode(parent);
                node.setDimensions(120, 40 + random.nextInt(20));
                children.add(node);
            }
            for (int i = 0; i < edges; i++) {
                int from = random.nextInt(nodes - 1);
                int to = random.nextInt(8) == 0 ? random.nextInt(nodes) : Math.min(nodes - 1, from + 1 + random.nextInt(4));
                if (from != to) {
                    ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(children.get(from), children.get(to)));
                }
            }
        }
        return root;
    }
}
