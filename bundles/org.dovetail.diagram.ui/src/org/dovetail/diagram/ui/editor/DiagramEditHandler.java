package org.dovetail.diagram.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dovetail.diagram.api.DiagramCommands;
import org.dovetail.diagram.api.RefusedCommand;
import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.layout.OrthogonalRouter;
import org.dovetail.diagram.model.description.EdgeCreationTool;
import org.dovetail.diagram.model.description.NodeCreationTool;
import org.dovetail.diagram.model.description.Tool;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.render.NodeMetrics;
import org.dovetail.diagram.ui.canvas.Box;
import org.dovetail.diagram.ui.canvas.CanvasEditHandler;
import org.dovetail.diagram.ui.canvas.PaletteTool;
import org.dovetail.diagram.ui.canvas.Pt;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.ChangeCommand;

/**
 * The canvas's gestures as diagram commands on the model's shared command stack, so that the tree editor and the
 * diagram undo one history. Semantic edits change the model and the diagram follows by refresh; moves and
 * resizes change the diagram state and re-route the edges that touch what moved.
 */
final class DiagramEditHandler implements CanvasEditHandler {

    private final DiagramSession session;
    private final CommandStack stack;
    private final Map<String, Tool> tools;

    DiagramEditHandler(DiagramSession session, CommandStack stack, Map<String, Tool> tools) {
        this.session = session;
        this.stack = stack;
        this.tools = tools;
    }

    private DiagramCommands commands() {
        return session.commands();
    }

    /** Executes a command if it can run; returns whether it ran. */
    boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        stack.execute(command);
        if (lastRefusal != null) {
            refused(null); // the status line no longer shows the last refusal
        }
        return true;
    }

    @Override
    public void move(Collection<?> nodes, double dx, double dy, Object newContainer) {
        if (isReparent(nodes, newContainer)) {
            Command reparent = reparent(nodes, dx, dy, (DContainer) newContainer);
            if (!execute(reparent)) {
                refused(RefusedCommand.reason(reparent, "The elements cannot be moved there."));
            }
            return;
        }
        CompoundCommand move = new CompoundCommand(nodes.size() == 1 ? "Move" : "Move " + nodes.size() + " elements");
        List<AbstractDNode> moved = new ArrayList<>();
        for (Object each : nodes) {
            AbstractDNode node = (AbstractDNode) each;
            int x = (int) Math.round(node.getX() + dx);
            int y = (int) Math.round(node.getY() + dy);
            if (node.eContainer() instanceof DContainer) {
                x = Math.max(0, x); // stays inside its container
                y = Math.max(0, y);
            }
            move.append(commands().move(node, x, y));
            moved.add(node);
        }
        move.append(reroute(moved));
        execute(move);
    }

    /** Dropped on a node that is not an expanded container: into the container that node is in. */
    @Override
    public Object dropContainer(Collection<?> nodes, Object target) {
        EObject current = (EObject) target;
        while (current instanceof AbstractDNode node && !(node instanceof DContainer container && !container.isCollapsed())) {
            current = node.eContainer();
        }
        return current instanceof DContainer ? current : null;
    }

    @Override
    public String dropRefusal(Collection<?> nodes, Object newContainer) {
        if (!isReparent(nodes, newContainer)) {
            return null;
        }
        Command reparent = reparent(nodes, 0, 0, (DContainer) newContainer);
        return reparent.canExecute() ? null : RefusedCommand.reason(reparent, "The elements cannot be moved there.");
    }

    /** Whether the drop takes a node out of its container (else it is a plain move). */
    private static boolean isReparent(Collection<?> nodes, Object newContainer) {
        for (Object node : nodes) {
            Object container = ((EObject) node).eContainer() instanceof DContainer parent ? parent : null;
            if (container != newContainer) {
                return true;
            }
        }
        return false;
    }

    /** One command that moves every node's element into the new container, where each was dropped. */
    private Command reparent(Collection<?> nodes, double dx, double dy, DContainer newContainer) {
        double[] origin = newContainer == null ? new double[] { 0, 0 } : OrthogonalRouter.absoluteBounds(newContainer);
        CompoundCommand command = new CompoundCommand();
        for (Object each : nodes) {
            AbstractDNode node = (AbstractDNode) each;
            double[] bounds = OrthogonalRouter.absoluteBounds(node);
            int x = (int) Math.max(0, Math.round(bounds[0] + dx - origin[0]));
            int y = (int) Math.max(0, Math.round(bounds[1] + dy - origin[1]));
            Command one = commands().reparent(node, newContainer, x, y);
            if (!one.canExecute()) {
                return one;
            }
            command.append(one);
        }
        if (command.getCommandList().size() == 1) {
            return command.getCommandList().get(0);
        }
        command.setLabel("Move " + nodes.size() + " elements into " + (newContainer == null ? "the diagram" : newContainer.getLabel()));
        return command;
    }

    private Consumer<String> refusals = reason -> { };
    private String lastRefusal;

    /** Where refused edits are told (the editor's status line); null clears it. */
    void onRefusal(Consumer<String> listener) {
        refusals = listener;
    }

    /** The reason the last refused edit gave, or null. */
    String lastRefusal() {
        return lastRefusal;
    }

    private void refused(String reason) {
        lastRefusal = reason;
        refusals.accept(reason);
    }

    @Override
    public void resize(Object node, Box newBounds) {
        AbstractDNode view = (AbstractDNode) node;
        double[] absolute = OrthogonalRouter.absoluteBounds(view);
        int x = (int) Math.round(view.getX() + newBounds.x() - absolute[0]);
        int y = (int) Math.round(view.getY() + newBounds.y() - absolute[1]);
        CompoundCommand resize = new CompoundCommand("Resize");
        resize.append(commands().resize(view, x, y, (int) Math.round(newBounds.width()), (int) Math.round(newBounds.height())));
        resize.append(reroute(List.of(view)));
        execute(resize);
    }

    /**
     * Collapses or expands containers as one undoable command: a collapsed container shrinks to its header (its
     * children and their edges are hidden, edges to them end at the container); expanding grows it around its
     * children again.
     */
    boolean setCollapsed(Collection<DContainer> containers, boolean collapsed) {
        CompoundCommand command = new CompoundCommand(collapsed ? "Collapse" : "Expand");
        List<AbstractDNode> changed = new ArrayList<>();
        for (DContainer container : containers) {
            if (container.isCollapsed() == collapsed) {
                continue;
            }
            int height = collapsed ? (int) NodeMetrics.CONTAINER_HEADER + 8 : expandedHeight(container);
            command.append(commands().setCollapsed(container, collapsed));
            command.append(commands().resize(container, container.getX(), container.getY(), container.getWidth(), height));
            changed.add(container);
        }
        if (changed.isEmpty()) {
            return false;
        }
        command.append(reroute(changed));
        return execute(command);
    }

    private static int expandedHeight(DContainer container) {
        int height = (int) NodeMetrics.CONTAINER_HEADER + 8;
        for (AbstractDNode child : container.getChildren()) {
            height = Math.max(height, child.getY() + child.getHeight() + 16);
        }
        return height;
    }

    /** A command that re-routes, after the moves before it, every edge touching the moved nodes or their contents. */
    private Command reroute(List<AbstractDNode> moved) {
        return new ChangeCommand(session.diagram()) {
            @Override
            protected void doExecute() {
                Map<DEdge, Boolean> touched = new IdentityHashMap<>();
                for (DEdge edge : session.diagram().getEdges()) {
                    if (touches(edge.getSource(), moved) || touches(edge.getTarget(), moved)) {
                        touched.put(edge, Boolean.TRUE);
                    }
                }
                int lane = 0;
                for (DEdge edge : touched.keySet()) {
                    if (edge.getSource() != null && edge.getTarget() != null) {
                        OrthogonalRouter.route(edge, lane++);
                    }
                }
            }
        };
    }

    private static boolean touches(AbstractDNode end, List<AbstractDNode> moved) {
        for (EObject current = end; current instanceof AbstractDNode; current = current.eContainer()) {
            if (moved.contains(current)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reroute(Object edge, List<Pt> route) {
        List<int[]> points = new ArrayList<>();
        for (Pt p : route) {
            points.add(new int[] { (int) Math.round(p.x()), (int) Math.round(p.y()) });
        }
        execute(commands().setBendpoints((DEdge) edge, points));
    }

    @Override
    public void rename(Object element, String newLabel) {
        execute(commands().rename((DDiagramElement) element, newLabel));
    }

    @Override
    public void delete(Collection<?> elements) {
        List<DDiagramElement> views = elements.stream().map(DDiagramElement.class::cast).toList();
        execute(commands().delete(views));
    }

    @Override
    public void create(PaletteTool tool, Pt location, Object container) {
        if (tools.get(tool.id()) instanceof NodeCreationTool creation) {
            AbstractDNode parent = (AbstractDNode) container;
            int x = (int) Math.round(location.x());
            int y = (int) Math.round(location.y());
            if (parent != null) {
                double[] origin = OrthogonalRouter.absoluteBounds(parent);
                x -= (int) Math.round(origin[0]);
                y -= (int) Math.round(origin[1]);
            }
            if (!execute(commands().createNode(creation, parent, x, y)) && parent != null) {
                // The tool cannot create inside that node: create on the diagram itself instead.
                execute(commands().createNode(creation, null, (int) Math.round(location.x()), (int) Math.round(location.y())));
            }
        }
    }

    @Override
    public boolean canConnect(PaletteTool tool, Object source, Object target) {
        return tools.get(tool.id()) instanceof EdgeCreationTool creation && source instanceof AbstractDNode from
                && target instanceof AbstractDNode to && commands().createEdge(creation, from, to).canExecute();
    }

    @Override
    public void connect(PaletteTool tool, Object source, Object target) {
        if (tools.get(tool.id()) instanceof EdgeCreationTool creation) {
            execute(commands().createEdge(creation, (AbstractDNode) source, (AbstractDNode) target));
        }
    }
}
