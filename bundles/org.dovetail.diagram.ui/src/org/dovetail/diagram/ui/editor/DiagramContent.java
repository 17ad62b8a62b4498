package org.dovetail.diagram.ui.editor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dovetail.diagram.api.DiagramFinding;
import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.layout.OrthogonalRouter;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.render.NodeMetrics;
import org.dovetail.diagram.ui.canvas.Box;
import org.dovetail.diagram.ui.canvas.CanvasContent;
import org.dovetail.diagram.ui.canvas.Pt;
import org.eclipse.emf.ecore.EObject;

/**
 * A diagram session's views as canvas content: nodes in paint order (containers before their children, collapsed
 * containers without them), edges along their stored route, absolute bounds cached until the next
 * {@link #rebuild()} (after each refresh of the session, so reading them costs nothing while painting).
 */
final class DiagramContent implements CanvasContent {

    private final DiagramSession session;
    private final List<AbstractDNode> nodes = new ArrayList<>();
    private final List<DEdge> edges = new ArrayList<>();
    private final Map<AbstractDNode, Box> bounds = new IdentityHashMap<>();
    private final Map<DEdge, List<Pt>> routes = new IdentityHashMap<>();

    DiagramContent(DiagramSession session) {
        this.session = session;
        rebuild();
    }

    /** Re-reads the diagram's views (after the session refreshed or the diagram state changed). */
    void rebuild() {
        nodes.clear();
        edges.clear();
        bounds.clear();
        routes.clear();
        collect(session.diagram().getNodes(), 0, 0);
        for (DEdge edge : session.diagram().getEdges()) {
            if (edge.getSource() != null && edge.getTarget() != null && bounds.containsKey(edge.getSource())
                    && bounds.containsKey(edge.getTarget())) {
                edges.add(edge);
            }
        }
    }

    private void collect(List<AbstractDNode> level, double offsetX, double offsetY) {
        for (AbstractDNode node : level) {
            Box box = new Box(offsetX + node.getX(), offsetY + node.getY(), node.getWidth(), node.getHeight());
            nodes.add(node);
            bounds.put(node, box);
            if (node instanceof DContainer container && !container.isCollapsed()) {
                collect(container.getChildren(), box.x(), box.y());
            }
        }
    }

    DiagramSession session() {
        return session;
    }

    @Override
    public List<?> nodes() {
        return nodes;
    }

    @Override
    public List<?> edges() {
        return edges;
    }

    @Override
    public boolean isNode(Object element) {
        return bounds.containsKey(element);
    }

    @Override
    public boolean isShown(Object element) {
        return bounds.containsKey(element) || element instanceof DEdge edge && routes.containsKey(edge)
                || edges.contains(element);
    }

    @Override
    public Box bounds(Object node) {
        Box box = bounds.get(node);
        if (box == null) {
            double[] b = OrthogonalRouter.absoluteBounds((AbstractDNode) node);
            box = new Box(b[0], b[1], b[2], b[3]);
        }
        return box;
    }

    @Override
    public Object containerOf(Object node) {
        EObject parent = ((AbstractDNode) node).eContainer();
        return parent instanceof DContainer ? parent : null;
    }

    @Override
    public List<Pt> route(Object edge) {
        return routes.computeIfAbsent((DEdge) edge, this::computeRoute);
    }

    /** The stored route if it still meets both ends; else a straight line between the nodes' borders. */
    private List<Pt> computeRoute(DEdge edge) {
        Box from = bounds(edge.getSource());
        Box to = bounds(edge.getTarget());
        List<Bendpoint> stored = edge.getBendpoints();
        if (stored.size() >= 2) {
            Pt first = new Pt(stored.get(0).getX(), stored.get(0).getY());
            Pt last = new Pt(stored.get(stored.size() - 1).getX(), stored.get(stored.size() - 1).getY());
            if (from.expanded(2).contains(first) && to.expanded(2).contains(last)) {
                return stored.stream().map(b -> new Pt(b.getX(), b.getY())).toList();
            }
        }
        return List.of(border(from, to.center()), border(to, from.center()));
    }

    /** Where the line from the box's centre towards {@code toward} leaves the box. */
    static Pt border(Box box, Pt toward) {
        Pt c = box.center();
        double dx = toward.x() - c.x();
        double dy = toward.y() - c.y();
        if (dx == 0 && dy == 0) {
            return c;
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box.width() / 2 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : box.height() / 2 / Math.abs(dy));
        return new Pt(c.x() + dx * Math.min(1, scale), c.y() + dy * Math.min(1, scale));
    }

    @Override
    public Object source(Object edge) {
        return ((DEdge) edge).getSource();
    }

    @Override
    public Object target(Object edge) {
        return ((DEdge) edge).getTarget();
    }

    @Override
    public String label(Object element) {
        String label = ((DDiagramElement) element).getLabel();
        return label == null ? "" : label;
    }

    @Override
    public Box labelBounds(Object element) {
        if (element instanceof DContainer container) {
            Box box = bounds(container);
            return new Box(box.x(), box.y(), box.width(), Math.min(box.height(), NodeMetrics.CONTAINER_HEADER));
        }
        if (element instanceof DEdge edge) {
            List<Pt> route = route(edge);
            Pt middle = route.get(route.size() / 2 - (route.size() % 2 == 0 ? 1 : 0));
            Pt next = route.get(Math.min(route.size() - 1, route.indexOf(middle) + 1));
            Pt centre = new Pt((middle.x() + next.x()) / 2, (middle.y() + next.y()) / 2);
            return new Box(centre.x() - 60, centre.y() - 10, 120, 20);
        }
        return null;
    }

    @Override
    public String tooltip(Object element) {
        DDiagramElement view = (DDiagramElement) element;
        EObject semantic = session.semanticElement(view);
        StringBuilder tip = new StringBuilder(label(view));
        if (semantic != null) {
            tip.append(" (").append(semantic.eClass().getName()).append(')');
            List<DiagramFinding> findings = session.findings().of(semantic);
            if (!findings.isEmpty()) {
                tip.append('\n').append(findings.stream()
                        .map(f -> f.severity().getName() + ": " + f.message()).collect(Collectors.joining("\n")));
            }
        }
        return tip.toString();
    }

    @Override
    public Set<Capability> capabilities(Object element) {
        DDiagramElement view = (DDiagramElement) element;
        EObject semantic = session.semanticElement(view);
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        if (element instanceof AbstractDNode) {
            capabilities.add(Capability.MOVE);
            capabilities.add(Capability.RESIZE);
        }
        if (semantic != null && semantic.eClass().getEStructuralFeature("name") != null && !(element instanceof DEdge)) {
            capabilities.add(Capability.RENAME);
        }
        // A relation edge is a reference of its source: deleting its element would delete the source.
        boolean ownElement = !(element instanceof DEdge)
                || session.mappingOf(view) instanceof org.dovetail.diagram.model.description.ElementEdgeMapping;
        if (semantic != null && semantic != session.semanticRoot() && ownElement) {
            capabilities.add(Capability.DELETE);
        }
        return capabilities;
    }
}
