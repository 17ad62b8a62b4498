package org.dovetail.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.description.EdgeStyle;
import org.dovetail.diagram.model.description.LayoutDirection;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.StateFactory;
import org.dovetail.diagram.paint.AwtTextMeasurer;
import org.dovetail.diagram.render.NodeMetrics;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * ELK layered layout of a whole diagram: nodes sized to their labels, containers around their children (one graph
 * with hierarchy handling, so edges between containers' children are routed across them), orthogonal edges whose
 * routes become the edges' bendpoints.
 */
final class ElkLayout implements PreparedLayout {

    private final DiagramSession session;
    private final Map<AbstractDNode, ElkNode> elkNodes = new HashMap<>();
    private final Map<DEdge, ElkEdge> elkEdges = new HashMap<>();
    private boolean large;
    private ElkNode root;

    ElkLayout(DiagramSession session) {
        this.session = session;
    }

    /** Reads the diagram into the ELK graph (the thread that owns the diagram). */
    void prepare() {
        ElkSupport.ensureRegistered();
        root = ElkGraphUtil.createGraph();
        configure(root, session.description().getDirection() == LayoutDirection.DOWN ? Direction.DOWN : Direction.RIGHT);
        // One layered graph across containers routes edges between containers' children best, but its cost grows
        // steeply with size: large diagrams lay each container out on its own and route cross-container edges simply.
        large = countNodes(session.diagram().getNodes()) > LARGE;
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, large ? HierarchyHandling.SEPARATE_CHILDREN : HierarchyHandling.INCLUDE_CHILDREN);
        if (large) {
            fast(root, hasExpandedContainers(session.diagram().getNodes()));
        }
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        for (AbstractDNode node : session.diagram().getNodes()) {
            add(root, node);
        }
        for (DEdge edge : session.diagram().getEdges()) {
            ElkNode source = elkNodes.get(visible(edge.getSource()));
            ElkNode target = elkNodes.get(visible(edge.getTarget()));
            if (source == null || target == null || source == target || large && source.getParent() != target.getParent()) {
                continue; // self-loops (and, in large diagrams, edges between containers) are routed afterwards
            }
            ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
            ElkGraphUtil.updateContainment(elkEdge);
            if (!large && edge.getLabel() != null && !edge.getLabel().isEmpty()) {
                ElkLabel label = ElkGraphUtil.createLabel(edge.getLabel(), elkEdge);
                var font = NodeMetrics.labelFont(session.styleOf(edge) instanceof EdgeStyle style ? style : null).withSize(8.5);
                double width = 0;
                String[] lines = edge.getLabel().split("\n");
                for (String line : lines) {
                    width = Math.max(width, AwtTextMeasurer.width(font, line));
                }
                label.setDimensions(width + 8, lines.length * AwtTextMeasurer.lineHeight(font) + 4);
            }
            elkEdges.put(edge, elkEdge);
        }
    }

    @Override
    public void compute() {
        boolean parallel = large && parallelContainers();
        Map<ElkNode, List<ElkNode>> detached = parallel ? layoutContainersInParallel(root) : Map.of();
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        detached.forEach((container, children) -> container.getChildren().addAll(children));
    }

    /**
     * Whether containers are laid out in parallel: system property {@code dovetail.layout.parallel} true or false;
     * by default only with four cores or more (on two, the JIT's compiler threads already take the second core while
     * ELK is cold, and measured layouts got slower).
     */
    static boolean parallelContainers() {
        String setting = System.getProperty("dovetail.layout.parallel", "auto");
        return "auto".equals(setting) ? Runtime.getRuntime().availableProcessors() >= 4 : Boolean.parseBoolean(setting);
    }

    /**
     * Large diagrams lay containers out on their own ({@link HierarchyHandling#SEPARATE_CHILDREN}), so containers of
     * one depth are independent: lay them out on all cores, deepest first. A container done keeps its size and is a
     * plain node to the levels above (its children are held aside until the end).
     */
    private static Map<ElkNode, List<ElkNode>> layoutContainersInParallel(ElkNode root) {
        List<List<ElkNode>> byDepth = new ArrayList<>();
        collectCompounds(root, 0, byDepth);
        Map<ElkNode, List<ElkNode>> detached = new java.util.concurrent.ConcurrentHashMap<>();
        for (int depth = byDepth.size() - 1; depth >= 1; depth--) {
            byDepth.get(depth).parallelStream().forEach(container -> {
                new RecursiveGraphLayoutEngine().layout(container, new BasicProgressMonitor());
                detached.put(container, new ArrayList<>(container.getChildren()));
                container.getChildren().clear();
                container.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, org.eclipse.elk.core.options.SizeConstraint.fixed());
            });
        }
        return detached;
    }

    private static void collectCompounds(ElkNode node, int depth, List<List<ElkNode>> byDepth) {
        if (node.getChildren().isEmpty()) {
            return;
        }
        while (byDepth.size() <= depth) {
            byDepth.add(new ArrayList<>());
        }
        byDepth.get(depth).add(node);
        for (ElkNode child : node.getChildren()) {
            collectCompounds(child, depth + 1, byDepth);
        }
    }

    /** Writes bounds and routes into the diagram; views removed since {@link #prepare()} are skipped. */
    @Override
    public void apply() {
        for (Map.Entry<AbstractDNode, ElkNode> entry : elkNodes.entrySet()) {
            AbstractDNode node = entry.getKey();
            ElkNode elk = entry.getValue();
            if (isShown(node)) {
                setBounds(node, elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight());
            }
        }
        for (Map.Entry<DEdge, ElkEdge> entry : elkEdges.entrySet()) {
            if (isShown(entry.getKey())) {
                applyRoute(entry.getKey(), entry.getValue());
            }
        }
        int loop = 0;
        for (DEdge edge : session.diagram().getEdges()) {
            if (!elkEdges.containsKey(edge)) {
                OrthogonalRouter.route(edge, loop++); // self-loops and edges into collapsed containers
            }
        }
    }

    private boolean isShown(org.eclipse.emf.ecore.EObject view) {
        return EcoreUtil.isAncestor(session.diagram(), view);
    }

    /** Above this many nodes, containers are laid out separately (see {@link #run()}). */
    static final int LARGE = 300;

    /**
     * Cheaper settings for large graphs: fewer crossing-minimisation passes, no greedy switch, Brandes-Köpf placement.
     * Connected components are packed only where the children are containers (the workflows of a system): splitting a
     * leaf graph into components and packing them again is a pass of its own, and cold it costs more than it gives.
     */
    static void fast(ElkNode graph, boolean packComponents) {
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
        graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE,
                org.eclipse.elk.alg.layered.options.GreedySwitchType.OFF);
        // One Brandes-Koepf alignment instead of four balanced ones: a fifth of the layered time on large graphs.
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, org.eclipse.elk.alg.layered.options.FixedAlignment.LEFTUP);
        // Pack unconnected parts (the workflows of a system) into a block instead of one very long row.
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, packComponents);
    }

    private static boolean hasExpandedContainers(List<AbstractDNode> nodes) {
        for (AbstractDNode node : nodes) {
            if (node instanceof DContainer container && !container.isCollapsed() && !container.getChildren().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static int countNodes(List<AbstractDNode> nodes) {
        int count = 0;
        for (AbstractDNode node : nodes) {
            count++;
            if (node instanceof DContainer container) {
                count += countNodes(container.getChildren());
            }
        }
        return count;
    }

    static void configure(ElkNode graph, Direction direction) {
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, direction);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0);
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    }

    /** The node an edge attaches to in the layout: a collapsed container stands for its hidden children. */
    private static AbstractDNode visible(AbstractDNode node) {
        AbstractDNode result = node;
        for (var parent = node.eContainer(); parent instanceof DContainer container; parent = parent.eContainer()) {
            if (container.isCollapsed()) {
                result = container;
            }
        }
        return result;
    }

    private void add(ElkNode parent, AbstractDNode node) {
        ElkNode elk = ElkGraphUtil.createNode(parent);
        elkNodes.put(node, elk);
        NodeStyle style = session.styleOf(node) instanceof NodeStyle s ? s : null;
        if (node instanceof DContainer container && !container.isCollapsed() && !container.getChildren().isEmpty()) {
            int[] min = NodeMetrics.containerMinimum(style, node.getLabel());
            elk.setProperty(CoreOptions.PADDING, new ElkPadding(NodeMetrics.CONTAINER_HEADER + 12, 16, 16, 16));
            elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new org.eclipse.elk.core.math.KVector(min[0], min[1]));
            elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, org.eclipse.elk.core.options.SizeConstraint.minimumSize());
            elk.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.outsideTopLeft());
            if (large) {
                // Laid out on its own: the container needs the algorithm settings itself.
                configure(elk, session.description().getDirection() == LayoutDirection.DOWN ? Direction.DOWN : Direction.RIGHT);
                fast(elk, hasExpandedContainers(container.getChildren()));
            }
            for (AbstractDNode child : container.getChildren()) {
                add(elk, child);
            }
        } else if (node instanceof DContainer) {
            int[] min = NodeMetrics.containerMinimum(style, node.getLabel());
            elk.setDimensions(min[0], NodeMetrics.CONTAINER_HEADER + 8);
        } else {
            int[] size = NodeMetrics.nodeSize(style, node.getLabel());
            elk.setDimensions(size[0], size[1]);
        }
    }

    static void setBounds(AbstractDNode node, double x, double y, double width, double height) {
        int nx = (int) Math.round(x);
        int ny = (int) Math.round(y);
        int nw = (int) Math.round(width);
        int nh = (int) Math.round(height);
        if (node.getX() != nx) {
            node.setX(nx);
        }
        if (node.getY() != ny) {
            node.setY(ny);
        }
        if (node.getWidth() != nw) {
            node.setWidth(nw);
        }
        if (node.getHeight() != nh) {
            node.setHeight(nh);
        }
        if (!node.isLaidOut()) {
            node.setLaidOut(true);
        }
    }

    private void applyRoute(DEdge edge, ElkEdge elk) {
        double[] offset = absolute(elk.getContainingNode());
        edge.getBendpoints().clear();
        edge.setLabelPosition(null);
        if (!elk.getLabels().isEmpty()) {
            ElkLabel label = elk.getLabels().get(0);
            Bendpoint centre = StateFactory.eINSTANCE.createBendpoint();
            centre.setX((int) Math.round(label.getX() + label.getWidth() / 2 + offset[0]));
            centre.setY((int) Math.round(label.getY() + label.getHeight() / 2 + offset[1]));
            edge.setLabelPosition(centre);
        }
        List<ElkEdgeSection> sections = elk.getSections();
        if (sections.isEmpty()) {
            return;
        }
        ElkEdgeSection section = sections.get(0);
        addPoint(edge, section.getStartX() + offset[0], section.getStartY() + offset[1]);
        section.getBendPoints().forEach(p -> addPoint(edge, p.getX() + offset[0], p.getY() + offset[1]));
        addPoint(edge, section.getEndX() + offset[0], section.getEndY() + offset[1]);
    }

    private static void addPoint(DEdge edge, double x, double y) {
        Bendpoint point = StateFactory.eINSTANCE.createBendpoint();
        point.setX((int) Math.round(x));
        point.setY((int) Math.round(y));
        edge.getBendpoints().add(point);
    }

    /** Absolute position of an ELK node's top-left corner (the root is at 0, 0). */
    private static double[] absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new double[] { x, y };
    }
}
