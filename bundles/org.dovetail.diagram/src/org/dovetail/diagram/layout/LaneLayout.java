package org.dovetail.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.description.ChildrenPresentation;
import org.dovetail.diagram.model.description.ContainerMapping;
import org.dovetail.diagram.model.description.NodeShape;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.render.NodeMetrics;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Swimlanes: ELK layered orders the flow (which column each node belongs to, and the order within a column) on the
 * flat graph of all lane children; the lanes then become full-width horizontal bands stacked top to bottom, each node
 * in its lane's band at its column, and edges are routed orthogonally between the placed nodes.
 */
final class LaneLayout implements PreparedLayout {

    private static final double COLUMN_GAP = 72;
    private static final double ROW_GAP = 30;
    private static final double LANE_PADDING = 18;
    private static final double MARGIN = 24;

    private final DiagramSession session;

    LaneLayout(DiagramSession session) {
        this.session = session;
    }

    static boolean applies(DiagramSession session) {
        for (AbstractDNode node : session.diagram().getNodes()) {
            if (isLane(session, node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLane(DiagramSession session, AbstractDNode node) {
        return node instanceof DContainer && session.mappingOf(node) instanceof ContainerMapping mapping
                && mapping.getChildrenPresentation() == ChildrenPresentation.LANE;
    }

    private final Map<AbstractDNode, List<AbstractDNode>> bands = new LinkedHashMap<>();
    private final List<AbstractDNode> loose = new ArrayList<>();
    private final List<AbstractDNode> all = new ArrayList<>();
    private final Map<AbstractDNode, ElkNode> elk = new HashMap<>();
    private ElkNode graph;

    /** Reads lanes, nodes and edges into a flat ELK graph (the thread that owns the diagram). */
    void prepare() {
        ElkSupport.ensureRegistered();
        // Bands: the lanes, plus one band for top-level nodes that are not in a lane.
        for (AbstractDNode node : session.diagram().getNodes()) {
            if (isLane(session, node)) {
                bands.put(node, new ArrayList<>(((DContainer) node).isCollapsed() ? List.of() : ((DContainer) node).getChildren()));
            } else {
                loose.add(node);
            }
        }
        all.addAll(loose);
        bands.values().forEach(all::addAll);

        // Columns and order from ELK layered on the flat graph.
        graph = ElkGraphUtil.createGraph();
        ElkLayout.configure(graph, Direction.RIGHT);
        for (AbstractDNode node : all) {
            ElkNode n = ElkGraphUtil.createNode(graph);
            int[] size = NodeMetrics.nodeSize(style(node), node.getLabel());
            n.setDimensions(size[0], size[1]);
            elk.put(node, n);
        }
        for (DEdge edge : session.diagram().getEdges()) {
            ElkNode s = elk.get(edge.getSource());
            ElkNode t = elk.get(edge.getTarget());
            if (s != null && t != null && s != t) {
                ElkGraphUtil.createSimpleEdge(s, t);
            }
        }
    }

    @Override
    public void compute() {
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
    }

    /** Stacks the lanes as bands and places each node in its lane at its ELK column; routes the edges. */
    @Override
    public void apply() {
        all.removeIf(node -> !org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(session.diagram(), node));
        bands.keySet().removeIf(lane -> !org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(session.diagram(), lane));
        java.util.Set<AbstractDNode> kept = new java.util.HashSet<>(all);
        bands.values().forEach(nodes -> nodes.removeIf(node -> !kept.contains(node)));
        loose.removeIf(node -> !kept.contains(node));
        TreeMap<Long, List<AbstractDNode>> byX = new TreeMap<>();
        for (AbstractDNode node : all) {
            byX.computeIfAbsent(Math.round(elk.get(node).getX()), k -> new ArrayList<>()).add(node);
        }
        Map<AbstractDNode, Integer> column = new HashMap<>();
        List<Double> columnWidth = new ArrayList<>();
        int c = 0;
        for (List<AbstractDNode> nodes : byX.values()) {
            double width = 0;
            for (AbstractDNode node : nodes) {
                column.put(node, c);
                width = Math.max(width, elk.get(node).getWidth());
            }
            columnWidth.add(width);
            c++;
        }
        double[] columnX = new double[columnWidth.size()];
        double x = NodeMetrics.LANE_HEADER_WIDTH + LANE_PADDING;
        for (int i = 0; i < columnX.length; i++) {
            columnX[i] = x;
            x += columnWidth.get(i) + COLUMN_GAP;
        }
        double laneWidth = Math.max(x - COLUMN_GAP + LANE_PADDING, 400);

        double y = MARGIN;
        if (!loose.isEmpty()) {
            double height = placeBand(loose, column, columnX, columnWidth, elk, MARGIN, MARGIN);
            y += height + ROW_GAP;
        }
        for (Map.Entry<AbstractDNode, List<AbstractDNode>> band : bands.entrySet()) {
            AbstractDNode lane = band.getKey();
            double height = placeBand(band.getValue(), column, columnX, columnWidth, elk, 0, LANE_PADDING);
            height = Math.max(height + 2 * LANE_PADDING, 70);
            if (((DContainer) lane).isCollapsed()) {
                height = NodeMetrics.CONTAINER_HEADER + 8;
            }
            ElkLayout.setBounds(lane, MARGIN, y, laneWidth, height);
            y += height;
        }
        route(laneWidth, y);
    }

    /** Routes around the nodes on a grid (small diagrams) and places labels clear of nodes and each other. */
    private void route(double laneWidth, double bottom) {
        List<double[]> boxes = new ArrayList<>();
        List<double[]> pointed = new ArrayList<>();
        Map<AbstractDNode, double[]> boxOf = new HashMap<>();
        for (AbstractDNode node : all) {
            double[] box = OrthogonalRouter.absoluteBounds(node);
            boxes.add(box);
            boxOf.put(node, box);
            NodeStyle style = style(node);
            if (style != null && (style.getShape() == NodeShape.DIAMOND || style.getShape() == NodeShape.HEXAGON
                    || style.getShape() == NodeShape.ELLIPSE || style.getShape() == NodeShape.OCTAGON)) {
                pointed.add(box);
            }
        }
        LaneRouter router = all.size() <= GRID_ROUTING_LIMIT ? new LaneRouter(boxes, pointed,
                new double[] { MARGIN + NodeMetrics.LANE_HEADER_WIDTH + 4, MARGIN + 2, laneWidth - NodeMetrics.LANE_HEADER_WIDTH - 8, bottom - MARGIN - 4 }) : null;
        java.util.Set<AbstractDNode> shown = new java.util.HashSet<>(all);
        int route = 0;
        for (DEdge edge : session.diagram().getEdges()) {
            List<double[]> points = router == null || edge.getSource() == edge.getTarget() || !shown.contains(edge.getSource())
                    || !shown.contains(edge.getTarget()) ? null
                            : router.route(boxOf.get(edge.getSource()), boxOf.get(edge.getTarget()));
            if (points == null) {
                OrthogonalRouter.route(edge, route++);
                continue;
            }
            edge.getBendpoints().clear();
            for (double[] p : points) {
                org.dovetail.diagram.model.state.Bendpoint point = org.dovetail.diagram.model.state.StateFactory.eINSTANCE.createBendpoint();
                point.setX((int) Math.round(p[0]));
                point.setY((int) Math.round(p[1]));
                edge.getBendpoints().add(point);
            }
        }
        if (router != null) {
            EdgeLabels.place(session, session.diagram().getEdges(), boxes);
        }
    }

    /** Above this many nodes, edges get the simple router: the grid's cost grows with the square of the diagram. */
    private static final int GRID_ROUTING_LIMIT = 250;

    /** Places the nodes of one band in their columns (stacked in ELK's order); returns the band's content height. */
    private double placeBand(List<AbstractDNode> nodes, Map<AbstractDNode, Integer> column, double[] columnX,
            List<Double> columnWidth, Map<AbstractDNode, ElkNode> elk, double xOffset, double top) {
        Map<Integer, Double> nextY = new HashMap<>();
        double bottom = 0;
        List<AbstractDNode> ordered = new ArrayList<>(nodes);
        ordered.sort((a, b) -> Double.compare(elk.get(a).getY(), elk.get(b).getY()));
        for (AbstractDNode node : ordered) {
            int col = column.get(node);
            ElkNode n = elk.get(node);
            double y = nextY.getOrDefault(col, top);
            double x = columnX[col] + (columnWidth.get(col) - n.getWidth()) / 2 + xOffset;
            ElkLayout.setBounds(node, x, y, n.getWidth(), n.getHeight());
            nextY.put(col, y + n.getHeight() + ROW_GAP);
            bottom = Math.max(bottom, y + n.getHeight() - top);
        }
        return bottom;
    }

    private NodeStyle style(AbstractDNode node) {
        return session.styleOf(node) instanceof NodeStyle style ? style : null;
    }
}
