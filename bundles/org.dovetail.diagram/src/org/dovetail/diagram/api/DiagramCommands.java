package org.dovetail.diagram.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dovetail.diagram.internal.DescriptionIndex;
import org.dovetail.diagram.internal.SemanticIds;
import org.dovetail.diagram.layout.DiagramLayout;
import org.dovetail.diagram.layout.PreparedLayout;
import org.dovetail.diagram.model.description.EdgeCreationTool;
import org.dovetail.diagram.model.description.NodeCreationTool;
import org.dovetail.diagram.model.description.RelationEdgeMapping;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.Bendpoint;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.StateFactory;
import org.dovetail.diagram.model.state.StatePackage;
import org.dovetail.model.resource.DovetailIds;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The change API of a diagram: every canvas edit as an EMF command for the editing domain's command stack (the tree
 * editor's), so the canvas and the tree undo and redo the same history. Semantic edits (create, connect, delete,
 * rename) change the model and the diagram follows by refresh; diagram edits (move, resize, bendpoints, collapse,
 * layers, layout) change the diagram state.
 *
 * @since 0.1
 */
public final class DiagramCommands {

    private final DiagramSession session;
    private final DescriptionIndex index;
    private final EditingDomain domain;
    private final Reparenting reparenting;

    DiagramCommands(DiagramSession session, DescriptionIndex index) {
        this.session = session;
        this.index = index;
        this.domain = session.editingDomain();
        this.reparenting = new Reparenting(session, index);
    }

    /** Creates a semantic element with a node-creation tool in a container (null: the diagram) at x, y. */
    public Command createNode(NodeCreationTool tool, AbstractDNode containerView, int x, int y) {
        EObject container = containerView == null ? session.semanticRoot() : session.semanticElement(containerView);
        if (container == null) {
            return UnexecutableCommand.INSTANCE;
        }
        if (tool.getOperationExpression() != null) {
            ToolOperation operation = registryOperation(tool.getOperationExpression());
            Command command = operation.create(new ToolRequest(domain, session.expressionContext(), container, null, null));
            if (command == null) {
                return UnexecutableCommand.INSTANCE;
            }
            return new CommandWrapper(tool.getLabel(), null, command) {
                @Override
                public void execute() {
                    super.execute();
                    placeAffected(getCommand(), x, y);
                }

                @Override
                public void redo() {
                    super.redo();
                    placeAffected(getCommand(), x, y);
                }
            };
        }
        EClass eClass = index.eClass(tool.getDomainClass());
        EObject created = EcoreUtil.create(eClass);
        DovetailIds.ensureId(created);
        EStructuralFeature name = eClass.getEStructuralFeature("name");
        if (name != null && tool.getInitialName() != null) {
            created.eSet(name, tool.getInitialName());
        }
        EStructuralFeature feature = container.eClass().getEStructuralFeature(tool.getContainmentFeature());
        if (!(feature instanceof EReference reference) || !reference.isContainment()) {
            return UnexecutableCommand.INSTANCE;
        }
        Command add = feature.isMany() ? AddCommand.create(domain, container, feature, created)
                : SetCommand.create(domain, container, feature, created);
        String id = SemanticIds.id(created);
        return new CommandWrapper(tool.getLabel(), null, add) {
            @Override
            public void execute() {
                session.placeNext(id, x, y);
                super.execute();
            }

            @Override
            public Collection<?> getAffectedObjects() {
                return List.of(created);
            }
        };
    }

    /** Connects two nodes with an edge-creation tool. */
    public Command createEdge(EdgeCreationTool tool, AbstractDNode source, AbstractDNode target) {
        EObject from = session.semanticElement(source);
        EObject to = session.semanticElement(target);
        if (from == null || to == null) {
            return UnexecutableCommand.INSTANCE;
        }
        if (!tool.getMapping().getSourceMappings().isEmpty()
                && !tool.getMapping().getSourceMappings().contains(index.mapping(source.getMappingId()))
                || !tool.getMapping().getTargetMappings().isEmpty()
                        && !tool.getMapping().getTargetMappings().contains(index.mapping(target.getMappingId()))) {
            return UnexecutableCommand.INSTANCE;
        }
        if (tool.getOperationExpression() != null) {
            Command command = registryOperation(tool.getOperationExpression())
                    .create(new ToolRequest(domain, session.expressionContext(), session.semanticRoot(), from, to));
            return command == null ? UnexecutableCommand.INSTANCE : command;
        }
        if (tool.getMapping() instanceof RelationEdgeMapping relation && relation.getTargetFeature() != null) {
            EStructuralFeature feature = from.eClass().getEStructuralFeature(relation.getTargetFeature());
            if (feature == null || !((EReference) feature).getEReferenceType().isInstance(to)) {
                return UnexecutableCommand.INSTANCE;
            }
            return feature.isMany() ? AddCommand.create(domain, from, feature, to) : SetCommand.create(domain, from, feature, to);
        }
        return UnexecutableCommand.INSTANCE;
    }

    /** Deletes the semantic elements of the views (and every reference to them); the views follow. */
    public Command delete(Collection<? extends DDiagramElement> views) {
        Set<EObject> elements = new LinkedHashSet<>();
        for (DDiagramElement view : views) {
            EObject element = session.semanticElement(view);
            if (element != null && element != session.semanticRoot()) {
                elements.add(element);
            }
        }
        if (elements.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        // Recorded rather than built from item providers, so it works with any editing domain; undo restores the
        // elements and every reference to them.
        EObject top = EcoreUtil.getRootContainer(session.semanticRoot());
        org.eclipse.emf.common.notify.Notifier scope = top.eResource() != null && top.eResource().getResourceSet() != null
                ? top.eResource().getResourceSet() : top;
        return new ChangeCommand(scope) {
            @Override
            protected void doExecute() {
                for (EObject element : elements) {
                    EcoreUtil.delete(element, true);
                }
            }

            @Override
            public String getLabel() {
                return "Delete";
            }

            @Override
            public Collection<?> getAffectedObjects() {
                return elements;
            }
        };
    }

    /** Direct label editing: renames the view's element. */
    public Command rename(DDiagramElement view, String newName) {
        EObject element = session.semanticElement(view);
        EStructuralFeature name = element == null ? null : element.eClass().getEStructuralFeature("name");
        return name == null ? UnexecutableCommand.INSTANCE : SetCommand.create(domain, element, name, newName);
    }

    /**
     * Moves a node's element into another container (drag and drop), as the description's reparent tools allow: one
     * semantic command; the node reappears in {@code newContainer} at x, y (relative to it). A drop the description
     * does not allow gives a {@link RefusedCommand} whose description says why.
     *
     * @param newContainer the container node dropped into; null (the diagram itself) is refused
     */
    public Command reparent(AbstractDNode node, AbstractDNode newContainer, int x, int y) {
        return reparenting.reparent(node, newContainer, x, y);
    }

    /**
     * Moves an element into another container's containment feature so that undo puts it back where it was (an
     * {@link AddCommand} alone would leave it nowhere on undo): removed from its old place, then added.
     */
    public static Command moveInto(EditingDomain domain, EObject element, EObject container, EStructuralFeature feature) {
        CompoundCommand move = new CompoundCommand("Move");
        EObject old = element.eContainer();
        EStructuralFeature oldFeature = element.eContainingFeature();
        if (old != null) {
            move.append(oldFeature.isMany() ? RemoveCommand.create(domain, old, oldFeature, element)
                    : SetCommand.create(domain, old, oldFeature, null));
        }
        move.append(feature.isMany() ? AddCommand.create(domain, container, feature, element)
                : SetCommand.create(domain, container, feature, element));
        return move;
    }

    public Command move(AbstractDNode node, int x, int y) {
        CompoundCommand command = new CompoundCommand("Move");
        command.append(SetCommand.create(domain, node, StatePackage.Literals.ABSTRACT_DNODE__X, x));
        command.append(SetCommand.create(domain, node, StatePackage.Literals.ABSTRACT_DNODE__Y, y));
        command.append(SetCommand.create(domain, node, StatePackage.Literals.ABSTRACT_DNODE__LAID_OUT, true));
        return command;
    }

    public Command resize(AbstractDNode node, int x, int y, int width, int height) {
        CompoundCommand command = (CompoundCommand) move(node, x, y);
        command.setLabel("Resize");
        command.append(SetCommand.create(domain, node, StatePackage.Literals.ABSTRACT_DNODE__WIDTH, Math.max(8, width)));
        command.append(SetCommand.create(domain, node, StatePackage.Literals.ABSTRACT_DNODE__HEIGHT, Math.max(8, height)));
        return command;
    }

    /** Replaces an edge's route; points as {x, y} pairs in absolute diagram coordinates. */
    public Command setBendpoints(DEdge edge, List<int[]> points) {
        List<Bendpoint> bendpoints = new ArrayList<>();
        for (int[] point : points) {
            Bendpoint bendpoint = StateFactory.eINSTANCE.createBendpoint();
            bendpoint.setX(point[0]);
            bendpoint.setY(point[1]);
            bendpoints.add(bendpoint);
        }
        CompoundCommand command = new CompoundCommand("Route");
        command.append(SetCommand.create(domain, edge, StatePackage.Literals.DEDGE__BENDPOINTS, bendpoints));
        if (edge.getLabelPosition() != null) {
            command.append(SetCommand.create(domain, edge, StatePackage.Literals.DEDGE__LABEL_POSITION, SetCommand.UNSET_VALUE));
        }
        return command;
    }

    public Command setCollapsed(DContainer container, boolean collapsed) {
        return SetCommand.create(domain, container, StatePackage.Literals.DCONTAINER__COLLAPSED, collapsed);
    }

    /** Switches an additional layer on or off; the diagram shows or hides its elements on refresh. */
    public Command setLayerActive(String layerId, boolean active) {
        if (index.layer(layerId) == null || index.layer(layerId) == index.description().getDefaultLayer()) {
            return UnexecutableCommand.INSTANCE;
        }
        boolean isActive = session.diagram().getActiveLayers().contains(layerId);
        if (isActive == active) {
            return UnexecutableCommand.INSTANCE;
        }
        return active ? AddCommand.create(domain, session.diagram(), StatePackage.Literals.DIAGRAM__ACTIVE_LAYERS, layerId)
                : RemoveCommand.create(domain, session.diagram(), StatePackage.Literals.DIAGRAM__ACTIVE_LAYERS, layerId);
    }

    /** Lays the whole diagram out with ELK (layered, orthogonal edges); undoable. */
    public Command layout() {
        return new ChangeCommand(session.diagram()) {
            @Override
            protected void doExecute() {
                DiagramLayout.layout(session, false);
            }

            @Override
            public String getLabel() {
                return "Arrange All";
            }
        };
    }

    /**
     * Applies a layout prepared with {@link DiagramLayout#prepare} and computed elsewhere (Arrange All runs ELK in a
     * background job): one undoable command on the command stack.
     */
    public Command applyLayout(PreparedLayout layout) {
        return new ChangeCommand(session.diagram()) {
            @Override
            protected void doExecute() {
                layout.apply();
            }

            @Override
            public String getLabel() {
                return "Arrange All";
            }
        };
    }

    /** Created elements appear where the user clicked (the refresh after the command places them). */
    private void placeAffected(Command command, int x, int y) {
        for (Object affected : command.getAffectedObjects()) {
            if (affected instanceof EObject element) {
                session.placeNext(SemanticIds.id(element), x, y);
            }
        }
    }

    private ToolOperation registryOperation(String id) {
        return session.expressionRegistry().operation(id);
    }
}
