package org.dovetail.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.description.ChildrenPresentation;
import org.dovetail.diagram.model.description.ContainerMapping;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.StateFactory;
import org.dovetail.diagram.render.NodeMetrics;

/**
 * Two sides facing each other (a mapping diagram: work as imagined on the left, work as enforced on the right). The
 * top level is exactly two containers of grouped lists; the groups are set in rows so that each right-hand group sits
 * beside the left-hand group it shares most edges with (steps beside workflow states, decision rights beside
 * permissions…), the right-hand lists are ordered by where their partners are, and the edges between the sides cross
 * the gutter with their vertical jogs on separate tracks. The result reads like a table and stays wide, not tall.
 */
final class SidesLayout implements PreparedLayout {

    private static final double MARGIN = 24;
    private static final double PAD = 16;
    private static final double ROW_GAP = 26;
    private static final double NODE_GAP = 10;
    private static final double TRACK = 7;

    private final DiagramSession session;
    private final DContainer left;
    private final DContainer right;

    private SidesLayout(DiagramSession session, DContainer left, DContainer right) {
        this.session = session;
        this.left = left;
        this.right = right;
    }

    /** The layout, if the diagram's top level is two expanded containers whose children are all list containers. */
    static SidesLayout of(DiagramSession session) {
        List<AbstractDNode> top = session.diagram().getNodes();
        if (top.size() != 2 || !isSide(session, top.get(0)) || !isSide(session, top.get(1))) {
            return null;
        }
        return new SidesLayout(session, (DContainer) top.get(0), (DContainer) top.get(1));
    }

    private static boolean isSide(DiagramSession session, AbstractDNode node) {
        if (!(node instanceof DContainer side) || side.isCollapsed() || side.getChildren().isEmpty()) {
            return false;
        }
        for (AbstractDNode group : side.getChildren()) {
            if (!(group instanceof DContainer) || !(session.mappingOf(group) instanceof ContainerMapping mapping)
                    || mapping.getChildrenPresentation() != ChildrenPresentation.LIST) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void compute() {
        // Nothing expensive: rows, lists and tracks are computed when applied.
    }

    @Override
    public void apply() {
        Map<AbstractDNode, DContainer> groupOf = new IdentityHashMap<>();
        indexGroups(left, groupOf);
        indexGroups(right, groupOf);
        // Rows: each right-hand group goes beside the left-hand group it shares most edges with.
        Map<DContainer, List<DContainer>> partners = new LinkedHashMap<>();
        left.getChildren().forEach(g -> partners.put((DContainer) g, new ArrayList<>()));
        List<DContainer> unpaired = new ArrayList<>();
        for (AbstractDNode node : right.getChildren()) {
            DContainer group = (DContainer) node;
            Map<DContainer, Integer> shared = new HashMap<>();
            for (DEdge edge : session.diagram().getEdges()) {
                DContainer s = groupOf.get(edge.getSource());
                DContainer t = groupOf.get(edge.getTarget());
                if (t == group && s != null && s.eContainer() == left) {
                    shared.merge(s, 1, Integer::sum);
                } else if (s == group && t != null && t.eContainer() == left) {
                    shared.merge(t, 1, Integer::sum);
                }
            }
            // Ties go to the earlier left-hand group, so the same model always gives the same picture.
            DContainer best = null;
            for (DContainer candidate : partners.keySet()) {
                if (shared.getOrDefault(candidate, 0) > (best == null ? 0 : shared.get(best))) {
                    best = candidate;
                }
            }
            if (best == null) {
                unpaired.add(group);
            } else {
                partners.get(best).add(group);
            }
        }

        double leftWidth = sideWidth(left);
        double rightWidth = sideWidth(right);
        double top = NodeMetrics.CONTAINER_HEADER + 12;
        Map<AbstractDNode, double[]> centre = new IdentityHashMap<>();
        // The left column in its own order; each right-hand group level with its partner where the column allows.
        List<DContainer> leftGroups = new ArrayList<>(partners.keySet());
        Map<DContainer, Double> groupTop = new IdentityHashMap<>();
        double leftBottom = top;
        for (DContainer group : leftGroups) {
            groupTop.put(group, leftBottom);
            leftBottom = placeStack(List.of(group), leftBottom, leftWidth, centre, null) + ROW_GAP;
        }
        double rightBottom = top;
        for (DContainer group : leftGroups) {
            for (DContainer partner : partners.get(group)) {
                double y = Math.max(rightBottom, groupTop.get(group));
                rightBottom = placeStack(List.of(partner), y, rightWidth, centre, centre) + ROW_GAP;
            }
        }
        for (DContainer group : unpaired) {
            rightBottom = placeStack(List.of(group), rightBottom, rightWidth, centre, centre) + ROW_GAP;
        }
        double height = Math.max(leftBottom, rightBottom) - ROW_GAP + PAD;

        List<DEdge> across = new ArrayList<>();
        for (DEdge edge : session.diagram().getEdges()) {
            DContainer s = groupOf.get(edge.getSource());
            DContainer t = groupOf.get(edge.getTarget());
            if (s != null && t != null && s.eContainer() != t.eContainer()) {
                across.add(edge);
            }
        }
        double gutter = Math.max(220, 80 + tracks(across, centre) * TRACK);
        ElkLayout.setBounds(left, MARGIN, MARGIN, leftWidth, height);
        ElkLayout.setBounds(right, MARGIN + leftWidth + gutter, MARGIN, rightWidth, height);
        routeAcross(across, leftWidth, gutter);
        int loop = 0;
        java.util.Set<DEdge> routed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        routed.addAll(across);
        for (DEdge edge : session.diagram().getEdges()) {
            if (routed.contains(edge)) {
                continue;
            }
            DContainer s = groupOf.get(edge.getSource());
            DContainer t = groupOf.get(edge.getTarget());
            if (s != null && t != null && edge.getSource() != edge.getTarget()) {
                routeAlongside(edge, loop++); // within one side (a policy enforced by a control): beside the list
            } else {
                OrthogonalRouter.route(edge, loop++);
            }
        }
    }

    /** An edge between two nodes of one side runs down the outer edge of the lists, clear of the nodes. */
    private static void routeAlongside(DEdge edge, int lane) {
        double[] s = OrthogonalRouter.absoluteBounds(edge.getSource());
        double[] t = OrthogonalRouter.absoluteBounds(edge.getTarget());
        double x = Math.min(s[0], t[0]) - 8 - lane % 3 * 3;
        edge.getBendpoints().clear();
        Bendpoint label = StateFactory.eINSTANCE.createBendpoint();
        label.setX((int) Math.round(t[0] - 40));
        label.setY((int) Math.round(t[1] + t[3] / 2 - 9));
        edge.setLabelPosition(label);
        point(edge, s[0], s[1] + s[3] / 2);
        point(edge, x, s[1] + s[3] / 2);
        point(edge, x, t[1] + t[3] / 2);
        point(edge, t[0], t[1] + t[3] / 2);
    }

    private static void indexGroups(DContainer side, Map<AbstractDNode, DContainer> groupOf) {
        for (AbstractDNode group : side.getChildren()) {
            for (AbstractDNode node : ((DContainer) group).getChildren()) {
                groupOf.put(node, (DContainer) group);
            }
        }
    }

    private double sideWidth(DContainer side) {
        double width = 0;
        for (AbstractDNode group : side.getChildren()) {
            width = Math.max(width, groupWidth((DContainer) group));
        }
        NodeStyle style = session.styleOf(side) instanceof NodeStyle s ? s : null;
        return Math.max(width + 2 * PAD, NodeMetrics.containerMinimum(style, side.getLabel())[0]);
    }

    private double groupWidth(DContainer group) {
        NodeStyle style = session.styleOf(group) instanceof NodeStyle s ? s : null;
        double width = NodeMetrics.containerMinimum(style, group.getLabel())[0];
        for (AbstractDNode node : group.getChildren()) {
            width = Math.max(width, size(node)[0] + 2 * PAD + 2 * indent(group));
        }
        return width;
    }

    /** Room left of a list for the edges between its own nodes (a policy enforced by a control) and their labels. */
    private double indent(DContainer group) {
        for (DEdge edge : session.diagram().getEdges()) {
            if (edge.getSource() != edge.getTarget() && edge.getSource().eContainer() == group && edge.getTarget().eContainer() == group) {
                return 44;
            }
        }
        return 0;
    }

    private int[] size(AbstractDNode node) {
        NodeStyle style = session.styleOf(node) instanceof NodeStyle s ? s : null;
        return NodeMetrics.nodeSize(style, node.getLabel());
    }

    /**
     * Stacks groups from {@code top} down, each as wide as its side, its nodes listed inside. With {@code partnersOf},
     * the nodes are ordered by the mean height of the nodes they connect to that are already placed (fewer
     * crossings). Returns the bottom of the last group, in side coordinates.
     */
    private double placeStack(List<DContainer> groups, double top, double sideWidth, Map<AbstractDNode, double[]> centre,
            Map<AbstractDNode, double[]> partnersOf) {
        double y = top;
        for (DContainer group : groups) {
            List<AbstractDNode> nodes = new ArrayList<>(group.getChildren());
            if (partnersOf != null) {
                Map<AbstractDNode, Double> rank = new IdentityHashMap<>();
                for (int i = 0; i < nodes.size(); i++) {
                    rank.put(nodes.get(i), barycentre(nodes.get(i), partnersOf, i));
                }
                nodes.sort(Comparator.comparingDouble(rank::get));
            }
            double width = sideWidth - 2 * PAD;
            double ny = NodeMetrics.CONTAINER_HEADER + 10;
            for (AbstractDNode node : nodes) {
                int[] size = size(node);
                ElkLayout.setBounds(node, (width - size[0]) / 2 + indent(group), ny, size[0], size[1]);
                centre.put(node, new double[] { 0, y + ny + size[1] / 2.0 });
                ny += size[1] + NODE_GAP;
            }
            double height = group.isCollapsed() || nodes.isEmpty() ? NodeMetrics.CONTAINER_HEADER + 8 : ny + PAD - NODE_GAP;
            ElkLayout.setBounds(group, PAD, y, width, height);
            y += height + NODE_GAP * 1.5;
        }
        return groups.isEmpty() ? top : y - NODE_GAP * 1.5;
    }

    /** The mean height of the placed nodes {@code node} is connected to; unconnected nodes keep their list order. */
    private double barycentre(AbstractDNode node, Map<AbstractDNode, double[]> placed, int order) {
        double sum = 0;
        int count = 0;
        for (DEdge edge : session.diagram().getEdges()) {
            AbstractDNode other = edge.getSource() == node ? edge.getTarget() : edge.getTarget() == node ? edge.getSource() : null;
            if (other != null && placed.containsKey(other)) {
                sum += placed.get(other)[1];
                count++;
            }
        }
        return count == 0 ? 1e6 + order : sum / count;
    }

    private final Map<DEdge, Integer> trackOf = new IdentityHashMap<>();

    /** Gives each crossing edge a vertical track in the gutter so that no two jogs overlap; returns the track count. */
    private int tracks(List<DEdge> across, Map<AbstractDNode, double[]> centre) {
        List<DEdge> sorted = new ArrayList<>(across);
        sorted.sort(Comparator.comparingDouble(e -> Math.min(y(e.getSource(), centre), y(e.getTarget(), centre))));
        List<Double> trackEnds = new ArrayList<>();
        for (DEdge edge : sorted) {
            double a = y(edge.getSource(), centre);
            double b = y(edge.getTarget(), centre);
            double from = Math.min(a, b) - 4;
            double to = Math.max(a, b) + 4;
            int track = 0;
            while (track < trackEnds.size() && trackEnds.get(track) > from) {
                track++;
            }
            if (track == trackEnds.size()) {
                trackEnds.add(to);
            } else {
                trackEnds.set(track, to);
            }
            trackOf.put(edge, track);
        }
        return trackEnds.size();
    }

    private static double y(AbstractDNode node, Map<AbstractDNode, double[]> centre) {
        double[] c = centre.get(node);
        return c == null ? 0 : c[1];
    }

    /** Out of the node's right-hand side, a jog on its track in the gutter, into the other node's left-hand side. */
    private void routeAcross(List<DEdge> across, double leftWidth, double gutter) {
        double gutterStart = MARGIN + leftWidth;
        int tracks = trackOf.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        double first = gutterStart + (gutter - (tracks - 1) * TRACK) / 2;
        for (DEdge edge : across) {
            double[] s = OrthogonalRouter.absoluteBounds(edge.getSource());
            double[] t = OrthogonalRouter.absoluteBounds(edge.getTarget());
            boolean forward = s[0] < t[0];
            double sx = forward ? s[0] + s[2] : s[0];
            double tx = forward ? t[0] : t[0] + t[2];
            double sy = s[1] + s[3] / 2;
            double ty = t[1] + t[3] / 2;
            double x = first + trackOf.getOrDefault(edge, 0) * TRACK;
            edge.getBendpoints().clear();
            edge.setLabelPosition(null);
            point(edge, sx, sy);
            if (Math.abs(sy - ty) > 1) {
                point(edge, x, sy);
                point(edge, x, ty);
            }
            point(edge, tx, ty);
            Bendpoint label = StateFactory.eINSTANCE.createBendpoint();
            // Labels sit on the last stretch, just before the target: there they never pile up in the gutter.
            double end = Math.abs(sy - ty) > 1 ? x : sx;
            label.setX((int) Math.round(forward ? Math.max(end + 40, tx - 60) : Math.min(end - 40, tx + 60)));
            label.setY((int) Math.round(ty - 8));
            edge.setLabelPosition(label);
        }
    }

    private static void point(DEdge edge, double x, double y) {
        Bendpoint point = StateFactory.eINSTANCE.createBendpoint();
        point.setX((int) Math.round(x));
        point.setY((int) Math.round(y));
        edge.getBendpoints().add(point);
    }
}
