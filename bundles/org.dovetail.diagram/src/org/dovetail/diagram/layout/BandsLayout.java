package org.dovetail.diagram.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Two sides as bands (a mapping diagram: work as imagined above, work as enforced below). The top level is exactly two
 * containers of grouped lists; each band sets its groups side by side as columns, and a lower group stands under the
 * upper group it shares most edges with (workflow states under process steps, permissions under decision rights…).
 An edge leaves its upper node to the right, runs down its own track in the gutter right of the upper column into
 * the channel between the bands, across the channel on a track of its own, down the gutter left of the lower column
 * and into the lower node from the left, where its label sits. Tracks are ordered so that edges never cross inside a
 * gutter and, where the order allows, not in the channel either; the picture stays wide rather than tall.
 */
final class BandsLayout implements PreparedLayout {

    private static final double MARGIN = 24;
    private static final double PAD = 16;
    private static final double TRACK = 6;
    private static final double GUTTER_PAD = 12;
    private static final double CHANNEL_PAD = 18;
    /** Room right of a list whose own nodes are connected (a policy enforced by a control), for those edges. */
    private static final double ALONGSIDE_ROOM = 76;

    private final DiagramSession session;
    private final DContainer upper;
    private final DContainer lower;
    private final Map<AbstractDNode, DContainer> groupOf = new IdentityHashMap<>();
    private final Map<AbstractDNode, Set<String>> incomingLabels = new IdentityHashMap<>();
    private final Map<DEdge, Double> labelWidth = new IdentityHashMap<>();
    /** Room left of a lower node for the labels of the edges that enter it: the widest label's. */
    private double labelRoom = 40;

    private BandsLayout(DiagramSession session, DContainer upper, DContainer lower) {
        this.session = session;
        this.upper = upper;
        this.lower = lower;
    }

    /** The layout, if the diagram's top level is two expanded containers whose children are all list containers. */
    static BandsLayout of(DiagramSession session) {
        List<AbstractDNode> top = session.diagram().getNodes();
        if (top.size() != 2 || !isSide(session, top.get(0)) || !isSide(session, top.get(1))) {
            return null;
        }
        return new BandsLayout(session, (DContainer) top.get(0), (DContainer) top.get(1));
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
        // Nothing expensive: columns, lists and tracks are computed when applied.
    }

    @Override
    public void apply() {
        indexGroups(upper);
        indexGroups(lower);
        List<DEdge> across = new ArrayList<>();
        List<DEdge> others = new ArrayList<>();
        for (DEdge edge : session.diagram().getEdges()) {
            DContainer s = groupOf.get(edge.getSource());
            DContainer t = groupOf.get(edge.getTarget());
            boolean visible = s != null && t != null && !s.isCollapsed() && !t.isCollapsed();
            (visible && s.eContainer() != t.eContainer() ? across : others).add(edge);
        }
        for (DEdge edge : across) {
            double width = EdgeLabels.size(session, edge)[0] - 8;
            labelWidth.put(edge, width);
            labelRoom = Math.max(labelRoom, width + 24);
        }
        for (DEdge edge : across) {
            incomingLabels.computeIfAbsent(lowerEnd(edge), k -> new java.util.HashSet<>()).add(edge.getLabel() == null ? "" : edge.getLabel());
        }
        // Slots: the upper groups in their order; each lower group in the slot of its partner, or the next free one.
        List<DContainer> upperGroups = groups(upper);
        List<DContainer> lowerGroups = groups(lower);
        Map<DContainer, Integer> slotOf = new IdentityHashMap<>();
        for (int i = 0; i < upperGroups.size(); i++) {
            slotOf.put(upperGroups.get(i), i);
        }
        Set<Integer> taken = new java.util.HashSet<>();
        List<DContainer> unpaired = new ArrayList<>();
        for (DContainer group : lowerGroups) {
            DContainer partner = partner(group, upperGroups, across);
            if (partner != null && taken.add(slotOf.get(partner))) {
                slotOf.put(group, slotOf.get(partner));
            } else {
                unpaired.add(group);
            }
        }
        int next = 0;
        for (DContainer group : unpaired) {
            while (taken.contains(next)) {
                next++;
            }
            taken.add(next);
            slotOf.put(group, next);
        }
        int slots = Math.max(upperGroups.size(), taken.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1);

        // Lower lists are ordered by where their partners are (fewer crossings); upper lists keep the model's order.
        Map<AbstractDNode, Double> rank = new IdentityHashMap<>();
        for (DContainer group : upperGroups) {
            List<AbstractDNode> nodes = group.getChildren();
            for (int i = 0; i < nodes.size(); i++) {
                rank.put(nodes.get(i), slotOf.get(group) * 1000.0 + i);
            }
        }
        Map<DContainer, List<AbstractDNode>> order = new IdentityHashMap<>();
        upperGroups.forEach(g -> order.put(g, new ArrayList<>(g.getChildren())));
        for (DContainer group : lowerGroups) {
            List<AbstractDNode> nodes = new ArrayList<>(group.getChildren());
            Map<AbstractDNode, Double> key = new IdentityHashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                key.put(nodes.get(i), partnerRank(nodes.get(i), across, rank, i));
            }
            nodes.sort(Comparator.comparingDouble(key::get));
            order.put(group, nodes);
        }

        // Gutter widths: one track per edge leaving an upper column or entering a lower one.
        int[] upperTracks = new int[slots];
        int[] lowerTracks = new int[slots];
        for (DEdge edge : across) {
            upperTracks[slotOf.get(groupOf.get(upperEnd(edge)))]++;
            lowerTracks[slotOf.get(groupOf.get(lowerEnd(edge)))]++;
        }
        double[] slotX = new double[slots];
        double[] slotWidth = new double[slots];
        for (DContainer group : upperGroups) {
            slotWidth[slotOf.get(group)] = Math.max(slotWidth[slotOf.get(group)], groupWidth(group, false));
        }
        for (DContainer group : lowerGroups) {
            slotWidth[slotOf.get(group)] = Math.max(slotWidth[slotOf.get(group)], groupWidth(group, true));
        }
        double x = PAD;
        for (int i = 0; i < slots; i++) {
            x += gutter(lowerTracks[i]);
            slotX[i] = x;
            x += slotWidth[i] + gutter(upperTracks[i]);
        }
        double bandWidth = Math.max(x + PAD, Math.max(sideMinimum(upper), sideMinimum(lower)));

        double upperHeight = placeBand(upperGroups, order, slotOf, slotX, slotWidth, false);
        double lowerHeight = placeBand(lowerGroups, order, slotOf, slotX, slotWidth, true);
        ElkLayout.setBounds(upper, MARGIN, MARGIN, bandWidth, upperHeight);
        // The channel's height depends on its tracks, which depend on where the gutters are: both are known now.
        Map<DEdge, double[]> ends = new IdentityHashMap<>();
        double channelTop = MARGIN + upperHeight;
        ports(across, ends, slotOf, slotX, slotWidth);
        List<double[]> runs = new ArrayList<>();
        across.forEach(edge -> runs.add(new double[] { ends.get(edge)[2], ends.get(edge)[3] }));
        int[] channelTrack = ChannelTracks.assign(runs);
        int channelTracks = java.util.Arrays.stream(channelTrack).max().orElse(-1) + 1;
        double channelHeight = 2 * CHANNEL_PAD + Math.max(0, channelTracks - 1) * TRACK;
        ElkLayout.setBounds(lower, MARGIN, channelTop + channelHeight, bandWidth, lowerHeight);
        // Lower ports move with the lower band: recompute them there.
        ports(across, ends, slotOf, slotX, slotWidth);
        for (int i = 0; i < across.size(); i++) {
            DEdge edge = across.get(i);
            route(edge, ends.get(edge), channelTop + CHANNEL_PAD + channelTrack[i] * TRACK);
        }
        int loop = 0;
        for (DEdge edge : others) {
            DContainer s = groupOf.get(edge.getSource());
            if (s != null && s == groupOf.get(edge.getTarget()) && !s.isCollapsed() && edge.getSource() != edge.getTarget()) {
                OrthogonalRouter.besideList(edge, loop++, s.eContainer() == upper);
            } else {
                OrthogonalRouter.route(edge, loop++);
            }
        }
    }

    private static double gutter(int tracks) {
        return 2 * GUTTER_PAD + Math.max(0, tracks - 1) * TRACK;
    }

    private void indexGroups(DContainer side) {
        for (AbstractDNode group : side.getChildren()) {
            for (AbstractDNode node : ((DContainer) group).getChildren()) {
                groupOf.put(node, (DContainer) group);
            }
        }
    }

    private static List<DContainer> groups(DContainer side) {
        List<DContainer> groups = new ArrayList<>();
        side.getChildren().forEach(g -> groups.add((DContainer) g));
        return groups;
    }

    private boolean inUpper(AbstractDNode node) {
        return groupOf.get(node).eContainer() == upper;
    }

    private AbstractDNode upperEnd(DEdge edge) {
        return inUpper(edge.getSource()) ? edge.getSource() : edge.getTarget();
    }

    private AbstractDNode lowerEnd(DEdge edge) {
        return inUpper(edge.getSource()) ? edge.getTarget() : edge.getSource();
    }

    /** The upper group a lower group shares most edges with; ties go to the earlier one, so pictures are stable. */
    private DContainer partner(DContainer group, List<DContainer> upperGroups, List<DEdge> across) {
        Map<DContainer, Integer> shared = new HashMap<>();
        for (DEdge edge : across) {
            if (groupOf.get(lowerEnd(edge)) == group) {
                shared.merge(groupOf.get(upperEnd(edge)), 1, Integer::sum);
            }
        }
        DContainer best = null;
        for (DContainer candidate : upperGroups) {
            if (shared.getOrDefault(candidate, 0) > (best == null ? 0 : shared.get(best))) {
                best = candidate;
            }
        }
        return best;
    }

    private double partnerRank(AbstractDNode node, List<DEdge> across, Map<AbstractDNode, Double> rank, int order) {
        double sum = 0;
        int count = 0;
        for (DEdge edge : across) {
            if (lowerEnd(edge) == node) {
                sum += rank.get(upperEnd(edge));
                count++;
            }
        }
        return count == 0 ? 1e7 + order : sum / count;
    }

    private double sideMinimum(DContainer side) {
        NodeStyle style = session.styleOf(side) instanceof NodeStyle s ? s : null;
        return NodeMetrics.containerMinimum(style, side.getLabel())[0];
    }

    private double groupWidth(DContainer group, boolean lowerBand) {
        NodeStyle style = session.styleOf(group) instanceof NodeStyle s ? s : null;
        double nodes = 0;
        for (AbstractDNode node : group.getChildren()) {
            nodes = Math.max(nodes, size(node)[0]);
        }
        double width = leftRoom(group, lowerBand) + nodes + rightRoom(group, lowerBand);
        return Math.max(width, NodeMetrics.containerMinimum(style, group.getLabel())[0]);
    }

    /** Lower lists keep room on the left for labels; edges within a list run on the side away from the gutter. */
    private double leftRoom(DContainer group, boolean lowerBand) {
        return lowerBand ? labelRoom : connectsItself(group) ? ALONGSIDE_ROOM : PAD;
    }

    private double rightRoom(DContainer group, boolean lowerBand) {
        return lowerBand && connectsItself(group) ? ALONGSIDE_ROOM : PAD;
    }

    private boolean connectsItself(DContainer group) {
        for (DEdge edge : session.diagram().getEdges()) {
            if (edge.getSource() != edge.getTarget() && edge.getSource().eContainer() == group && edge.getTarget().eContainer() == group) {
                return true;
            }
        }
        return false;
    }

    private int[] size(AbstractDNode node) {
        NodeStyle style = session.styleOf(node) instanceof NodeStyle s ? s : null;
        return NodeMetrics.nodeSize(style, node.getLabel());
    }

    /** Places a band's groups in their slots, as tall as the tallest; returns the band's height. */
    private double placeBand(List<DContainer> groups, Map<DContainer, List<AbstractDNode>> order, Map<DContainer, Integer> slotOf,
            double[] slotX, double[] slotWidth, boolean lowerBand) {
        double top = NodeMetrics.CONTAINER_HEADER + 12;
        double tallest = NodeMetrics.CONTAINER_HEADER + 8;
        for (DContainer group : groups) {
            int slot = slotOf.get(group);
            double left = leftRoom(group, lowerBand);
            double lane = slotWidth[slot] - left - rightRoom(group, lowerBand);
            double y = NodeMetrics.CONTAINER_HEADER + 10;
            for (AbstractDNode node : order.get(group)) {
                int[] size = size(node);
                // A lower node entered under several labels is tall enough to stack them.
                double height = lowerBand ? Math.max(size[1], 13 * incomingLabels.getOrDefault(node, Set.of()).size() + 4) : size[1];
                ElkLayout.setBounds(node, left + (lane - size[0]) / 2, y, size[0], height);
                y += height + 10;
            }
            double height = group.isCollapsed() || group.getChildren().isEmpty() ? NodeMetrics.CONTAINER_HEADER + 8 : y + PAD - 10;
            tallest = Math.max(tallest, height);
        }
        for (DContainer group : groups) {
            int slot = slotOf.get(group);
            double height = group.isCollapsed() ? NodeMetrics.CONTAINER_HEADER + 8 : tallest;
            ElkLayout.setBounds(group, slotX[slot], top, slotWidth[slot], height);
        }
        return top + tallest + PAD;
    }

    /**
     * Ends of each crossing edge, absolute: {upper port x, upper port y, upper track x, lower track x, lower port x,
     * lower port y}. Ports share a node's side evenly; tracks go inner to outer so that nothing crosses in a gutter (in
     * the upper band the lowest port takes the innermost track, in the lower band the highest port).
     */
    private void ports(List<DEdge> across, Map<DEdge, double[]> ends, Map<DContainer, Integer> slotOf, double[] slotX, double[] slotWidth) {
        Map<AbstractDNode, List<DEdge>> atUpper = new IdentityHashMap<>();
        Map<AbstractDNode, List<DEdge>> atLower = new IdentityHashMap<>();
        for (DEdge edge : across) {
            atUpper.computeIfAbsent(upperEnd(edge), k -> new ArrayList<>()).add(edge);
            atLower.computeIfAbsent(lowerEnd(edge), k -> new ArrayList<>()).add(edge);
        }
        for (DEdge edge : across) {
            ends.put(edge, new double[6]);
        }
        // Order a node's ports by where the edges go, so that they fan out without crossing each other.
        Comparator<DEdge> byLowerX = Comparator.comparingDouble(e -> slotOf.get(groupOf.get(lowerEnd(e))) * 1e4
                + OrthogonalRouter.absoluteBounds(lowerEnd(e))[1]);
        atUpper.forEach((node, edges) -> {
            edges.sort(byLowerX);
            double[] b = OrthogonalRouter.absoluteBounds(node);
            for (int i = 0; i < edges.size(); i++) {
                double[] e = ends.get(edges.get(i));
                e[0] = b[0] + b[2];
                e[1] = b[1] + b[3] * (i + 1) / (edges.size() + 1);
            }
        });
        atLower.forEach((node, edges) -> {
            edges.sort(Comparator.comparingDouble(e -> ends.get(e)[1] + slotOf.get(groupOf.get(upperEnd(e))) * 1e4));
            double[] b = OrthogonalRouter.absoluteBounds(node);
            // Edges with the same label share one port, so that the label is drawn once and readable.
            List<String> labels = new ArrayList<>();
            for (DEdge edge : edges) {
                String label = edge.getLabel() == null ? "" : edge.getLabel();
                if (!labels.contains(label)) {
                    labels.add(label);
                }
            }
            for (DEdge edge : edges) {
                int i = labels.indexOf(edge.getLabel() == null ? "" : edge.getLabel());
                double[] e = ends.get(edge);
                e[4] = b[0];
                e[5] = b[1] + (labels.size() == 1 ? b[3] / 2 : 6 + (b[3] - 12) * i / (labels.size() - 1));
            }
        });
        // Tracks in the upper gutters: by port height, lowest innermost.
        Map<Integer, List<DEdge>> upperGutter = new HashMap<>();
        Map<Integer, List<DEdge>> lowerGutter = new HashMap<>();
        for (DEdge edge : across) {
            upperGutter.computeIfAbsent(slotOf.get(groupOf.get(upperEnd(edge))), k -> new ArrayList<>()).add(edge);
            lowerGutter.computeIfAbsent(slotOf.get(groupOf.get(lowerEnd(edge))), k -> new ArrayList<>()).add(edge);
        }
        double side = MARGIN;
        upperGutter.forEach((slot, edges) -> {
            edges.sort(Comparator.comparingDouble((DEdge e) -> -ends.get(e)[1]));
            for (int i = 0; i < edges.size(); i++) {
                ends.get(edges.get(i))[2] = side + slotX[slot] + slotWidth[slot] + GUTTER_PAD + i * TRACK;
            }
        });
        lowerGutter.forEach((slot, edges) -> {
            // Edges into one port share a track; the highest port is innermost.
            edges.sort(Comparator.comparingDouble((DEdge e) -> ends.get(e)[5]));
            int track = -1;
            double last = Double.NaN;
            AbstractDNode lastNode = null;
            for (DEdge edge : edges) {
                double[] e = ends.get(edge);
                if (lowerEnd(edge) != lastNode || e[5] != last) {
                    track++;
                }
                lastNode = lowerEnd(edge);
                last = e[5];
                e[3] = side + slotX[slot] - GUTTER_PAD - track * TRACK;
            }
        });
    }

    /** Upper port, right to the gutter, down, across the channel, down the lower gutter, right into the lower port. */
    private void route(DEdge edge, double[] e, double channelY) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] { e[0], e[1] });
        points.add(new double[] { e[2], e[1] });
        points.add(new double[] { e[2], channelY });
        points.add(new double[] { e[3], channelY });
        points.add(new double[] { e[3], e[5] });
        points.add(new double[] { e[4], e[5] });
        if (!inUpper(edge.getSource())) {
            Collections.reverse(points);
        }
        edge.getBendpoints().clear();
        for (double[] p : LaneRouter.straighten(points)) {
            point(edge, p[0], p[1]);
        }
        Bendpoint label = StateFactory.eINSTANCE.createBendpoint();
        // On the lower node's entry, where each label has its own port and never meets another.
        // Right-aligned against the node, clear of the gutter's tracks.
        label.setX((int) Math.round(e[4] - 8 - labelWidth.getOrDefault(edge, 0.0) / 2));
        label.setY((int) Math.round(e[5] - 7));
        edge.setLabelPosition(label);
    }

    private static void point(DEdge edge, double x, double y) {
        Bendpoint point = StateFactory.eINSTANCE.createBendpoint();
        point.setX((int) Math.round(x));
        point.setY((int) Math.round(y));
        edge.getBendpoints().add(point);
    }
}
