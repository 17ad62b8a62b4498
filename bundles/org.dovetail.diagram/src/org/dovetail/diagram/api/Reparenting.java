package org.dovetail.diagram.api;

import java.util.List;

import org.dovetail.diagram.internal.DescriptionIndex;
import org.dovetail.diagram.internal.SemanticIds;
import org.dovetail.diagram.layout.OrthogonalRouter;
import org.dovetail.diagram.model.description.DiagramElementMapping;
import org.dovetail.diagram.model.description.ReparentTool;
import org.dovetail.diagram.model.description.Tool;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Drag and drop of a node into another container as one semantic command: the description's {@link ReparentTool}s
 * say which nodes may go where and how the model changes; the node reappears in its new container where it was
 * dropped, and its edges are routed again. Everything else is refused with a sentence saying why.
 */
final class Reparenting {

    private final DiagramSession session;
    private final DescriptionIndex index;

    Reparenting(DiagramSession session, DescriptionIndex index) {
        this.session = session;
        this.index = index;
    }

    Command reparent(AbstractDNode node, AbstractDNode target, int x, int y) {
        EObject element = session.semanticElement(node);
        String what = describe(node);
        if (element == null) {
            return new RefusedCommand(what + " is no longer in the model.");
        }
        if (target == null) {
            return new RefusedCommand(what + " cannot be taken out of its container onto the diagram itself.");
        }
        if (target == node || EcoreUtil.isAncestor(node, target)) {
            return new RefusedCommand(what + " cannot be moved into itself.");
        }
        EObject container = session.semanticElement(target);
        if (container == null) {
            return new RefusedCommand(describe(target) + " is no longer in the model.");
        }
        ReparentTool tool = toolFor(index.mapping(node.getMappingId()), index.mapping(target.getMappingId()));
        if (tool == null) {
            return new RefusedCommand(what + " cannot be moved into " + describe(target) + ": this diagram does not allow it.");
        }
        Command semantic = tool.getOperationExpression() != null
                ? session.expressionRegistry().operation(tool.getOperationExpression())
                        .create(new ToolRequest(session.editingDomain(), session.expressionContext(), container, element, null))
                : containment(tool, container, element);
        if (semantic == null || !semantic.canExecute()) {
            return new RefusedCommand(RefusedCommand.reason(semantic, what + " cannot be moved into " + describe(target) + "."));
        }
        String id = SemanticIds.id(element);
        int oldX = node.getX();
        int oldY = node.getY();
        String label = "Move " + firstLine(node.getLabel()) + " into " + firstLine(target.getLabel());
        return new CommandWrapper(label, null, semantic) {
            @Override
            public void execute() {
                session.placeNext(id, x, y);
                super.execute();
                settle(element);
            }

            @Override
            public void undo() {
                session.placeNext(id, oldX, oldY);
                super.undo();
                settle(element);
            }

            @Override
            public void redo() {
                session.placeNext(id, x, y);
                super.redo();
                settle(element);
            }
        };
    }

    /** The first reparent tool that lets nodes of {@code moved} go into containers of {@code into}. */
    private ReparentTool toolFor(DiagramElementMapping moved, DiagramElementMapping into) {
        for (Tool tool : index.description().getTools()) {
            if (tool instanceof ReparentTool reparent && reparent.getMappings().contains(moved)
                    && reparent.getContainerMappings().contains(into)) {
                return reparent;
            }
        }
        return null;
    }

    private Command containment(ReparentTool tool, EObject container, EObject element) {
        EStructuralFeature feature = tool.getContainmentFeature() == null ? null
                : container.eClass().getEStructuralFeature(tool.getContainmentFeature());
        if (!(feature instanceof EReference reference) || !reference.isContainment() || !reference.getEReferenceType().isInstance(element)) {
            return null;
        }
        if (element.eContainer() == container && element.eContainingFeature() == feature) {
            return new RefusedCommand(describe(element) + " is already there.");
        }
        return DiagramCommands.moveInto(session.editingDomain(), element, container, feature);
    }

    /** Shows the move at once (the node in its new container) and routes the edges of the element's nodes again. */
    private void settle(EObject element) {
        session.refresh();
        List<DDiagramElement> views = session.viewsOf(element);
        int lane = 0;
        for (DEdge edge : session.diagram().getEdges()) {
            if (touches(edge.getSource(), views) || touches(edge.getTarget(), views)) {
                OrthogonalRouter.route(edge, lane++);
            }
        }
    }

    private static boolean touches(AbstractDNode end, List<DDiagramElement> views) {
        for (EObject current = end; current instanceof AbstractDNode; current = current.eContainer()) {
            if (views.contains(current)) {
                return true;
            }
        }
        return false;
    }

    private String describe(AbstractDNode view) {
        DiagramElementMapping mapping = index.mapping(view.getMappingId());
        String kind = mapping == null || mapping.getLabel() == null ? "The element" : mapping.getLabel();
        return kind + " '" + firstLine(view.getLabel()) + "'";
    }

    private static String describe(EObject element) {
        EStructuralFeature name = element.eClass().getEStructuralFeature("name");
        return element.eClass().getName() + (name == null ? "" : " '" + element.eGet(name) + "'");
    }

    private static String firstLine(String label) {
        if (label == null) {
            return "";
        }
        int newline = label.indexOf('\n');
        return newline < 0 ? label : label.substring(0, newline);
    }
}
