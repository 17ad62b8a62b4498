package org.dovetail.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.render.NodeMetrics;

/**
 * Automatic layout: ELK layered with orthogonal edges for the whole diagram (swimlane diagrams get lane bands), or,
 * for elements that appeared since the last layout, a place beside what is already there without moving it.
 *
 * @since 0.1
 */
public final class DiagramLayout {

    private DiagramLayout() {
    }

    /**
     * Lays the diagram out. With {@code onlyNew}, only nodes never laid out are placed (all of them when nothing
     * is laid out yet) and their edges routed; everything else stays where the user put it.
     */
    public static void layout(DiagramSession session, boolean onlyNew) {
        List<AbstractDNode> fresh = new ArrayList<>();
        List<AbstractDNode> placed = new ArrayList<>();
        collect(session.diagram().getNodes(), fresh, placed);
        if (onlyNew && fresh.isEmpty()) {
            return;
        }
        if (!onlyNew || placed.isEmpty()) {
            PreparedLayout layout = prepare(session);
            layout.compute();
            layout.apply();
            return;
        }
        placeNew(session, fresh);
    }

    /**
     * Reads the whole diagram into a layout graph for a full layout whose {@link PreparedLayout#compute()} may run
     * on another thread (Arrange All in a background job). Call on the thread that owns the diagram.
     */
    public static PreparedLayout prepare(DiagramSession session) {
        BandsLayout sides = BandsLayout.of(session);
        if (sides != null) {
            return sides;
        }
        if (LaneLayout.applies(session)) {
            LaneLayout lanes = new LaneLayout(session);
            lanes.prepare();
            return lanes;
        }
        ElkLayout elk = new ElkLayout(session);
        elk.prepare();
        return elk;
    }

    /** Starts {@link #warmUp()} on a low-priority daemon thread (once), so that the first real layout runs warm. */
    public static void prewarm() {
        ElkSupport.prewarm();
    }

    /**
     * Loads ELK and lets the JIT compile its hot paths by laying out synthetic graphs like Dovetail's diagrams, on the
     * calling thread (a few hundred ms of CPU; a background job's work, never the UI thread's). Does nothing the second
     * time.
     */
    public static void warmUp() {
        ElkSupport.warmUp();
    }

    /** Whether {@link #warmUp()} has run to its end. */
    public static boolean isWarm() {
        return ElkSupport.isWarm();
    }

    private static void collect(List<AbstractDNode> nodes, List<AbstractDNode> fresh, List<AbstractDNode> placed) {
        for (AbstractDNode node : nodes) {
            (node.isLaidOut() ? placed : fresh).add(node);
            if (node instanceof DContainer container) {
                collect(container.getChildren(), fresh, placed);
            }
        }
    }

    /** Puts each new node below its laid-out siblings, grows containers to fit, and routes the new node's edges. */
    private static void placeNew(DiagramSession session, List<AbstractDNode> fresh) {
        for (AbstractDNode node : fresh) {
            NodeStyle style = session.styleOf(node) instanceof NodeStyle s ? s : null;
            int[] size = node instanceof DContainer ? NodeMetrics.containerMinimum(style, node.getLabel())
                    : NodeMetrics.nodeSize(style, node.getLabel());
            List<AbstractDNode> siblings = node.eContainer() instanceof DContainer c ? c.getChildren() : session.diagram().getNodes();
            int left = node.eContainer() instanceof DContainer ? 16 : 24;
            int bottom = node.eContainer() instanceof DContainer ? (int) NodeMetrics.CONTAINER_HEADER + 12 : 24;
            for (AbstractDNode sibling : siblings) {
                if (sibling != node && sibling.isLaidOut()) {
                    bottom = Math.max(bottom, sibling.getY() + sibling.getHeight() + 24);
                    left = Math.min(left, sibling.getX());
                }
            }
            ElkLayout.setBounds(node, left, bottom, size[0], size[1]);
            for (var parent = node.eContainer(); parent instanceof DContainer container; parent = parent.eContainer()) {
                grow(container);
            }
        }
        int route = 0;
        for (DEdge edge : session.diagram().getEdges()) {
            if (fresh.contains(edge.getSource()) || fresh.contains(edge.getTarget())) {
                OrthogonalRouter.route(edge, route++);
            }
        }
    }

    private static void grow(DContainer container) {
        int width = container.getWidth();
        int height = container.getHeight();
        for (AbstractDNode child : container.getChildren()) {
            width = Math.max(width, child.getX() + child.getWidth() + 16);
            height = Math.max(height, child.getY() + child.getHeight() + 16);
        }
        ElkLayout.setBounds(container, container.getX(), container.getY(), width, height);
    }
}
