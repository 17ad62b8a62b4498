package org.dovetail.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dovetail.diagram.api.CandidatesExpression;
import org.dovetail.diagram.api.Expression;
import org.dovetail.diagram.model.description.AbstractNodeMapping;
import org.dovetail.diagram.model.description.ContainerMapping;
import org.dovetail.diagram.model.description.DiagramElementMapping;
import org.dovetail.diagram.model.description.EdgeMapping;
import org.dovetail.diagram.model.description.ElementEdgeMapping;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.description.NodeStyle;
import org.dovetail.diagram.model.description.RelationEdgeMapping;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.model.state.StateFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The interpreter: makes a diagram's views what its description says about the semantic model.
 *
 * <p>{@link #synchronizeAll()} interprets everything (opening a diagram, switching layers).
 * {@link #synchronize(Collection)} applies a batch of EMF notifications and touches only what they can affect: the
 * notifiers and the elements added or removed (with their contents), the containers that list or may now list them
 * (found through {@link CandidatesExpression#parentsOf}), the edges of those elements and the edges waiting for them.
 * Its result always equals a fresh interpretation (tests compare the two after every kind of change).
 */
public final class DiagramSynchronizer {

    private final Diagram diagram;
    private final DescriptionIndex index;
    private final SemanticContext context;
    private final Function<String, EObject> semanticLookup;
    private final ViewIndex views = new ViewIndex();
    private final Appearance appearance;
    private final EdgeSynchronizer edges;
    /** Where the next node of an element goes (set by creation tools), by semantic id. */
    private final Map<String, int[]> placements = new HashMap<>();
    /** Bounds of recently removed nodes by mapping and semantic id, so that undo puts a node back where it was. */
    private final Map<String, int[]> removedBounds = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > 10_000;
        }
    };
    private Set<Layer> activeLayers = Set.of();
    /** Edge origins to re-sync once the nodes of a change are settled (nodes appear and go in any order). */
    private final Set<String> pendingOrigins = new LinkedHashSet<>();

    public DiagramSynchronizer(Diagram diagram, DescriptionIndex index, SemanticContext context,
            Function<String, EObject> semanticLookup) {
        this.diagram = diagram;
        this.index = index;
        this.context = context;
        this.semanticLookup = semanticLookup;
        this.appearance = new Appearance(index, context);
        this.edges = new EdgeSynchronizer(diagram, index, context, views, appearance, semanticLookup);
    }

    public void placeNext(String semanticId, int x, int y) {
        placements.put(semanticId, new int[] { x, y });
    }

    public List<DDiagramElement> viewsOf(String semanticId) {
        return views.viewsOf(semanticId);
    }

    // --- Full interpretation ---------------------------------------------------------------------

    public void synchronizeAll() {
        updateActiveLayers();
        views.rebuild(diagram);
        Set<String> activeMappings = index.mappingIdsOf(activeLayers);
        List<AbstractNodeMapping> topLevel = new ArrayList<>();
        for (Layer layer : activeLayers) {
            topLevel.addAll(DescriptionIndex.topLevel(layer));
        }
        syncTree(diagram, diagram.getNodes(), context.root(), topLevel);
        for (DEdge edge : List.copyOf(diagram.getEdges())) {
            if (!activeMappings.contains(edge.getMappingId())) {
                edges.remove(edge);
            }
        }
        for (EdgeMapping mapping : index.edgeMappings()) {
            if (activeMappings.contains(mapping.getId())) {
                for (EObject origin : allOrigins(mapping)) {
                    edges.sync(mapping, origin, true);
                }
            }
        }
        for (String key : views.originKeys()) {
            edges.sync(key);
        }
        syncPendingOrigins();
        refreshAllAppearances(diagram.getNodes());
        for (DEdge edge : List.copyOf(diagram.getEdges())) {
            appearance.refresh(edge, semanticLookup.apply(edge.getSemanticId()));
        }
    }

    private void syncTree(EObject parentView, EList<AbstractDNode> children, EObject parentSemantic, List<AbstractNodeMapping> mappings) {
        Set<String> ids = new HashSet<>();
        for (AbstractNodeMapping mapping : mappings) {
            ids.add(mapping.getId());
            syncChildren(parentView, parentSemantic, mapping);
        }
        for (AbstractDNode child : List.copyOf(children)) {
            if (!ids.contains(child.getMappingId())) {
                removeNode(child);
            }
        }
        for (AbstractDNode child : List.copyOf(children)) {
            if (child instanceof DContainer container && index.mapping(child.getMappingId()) instanceof ContainerMapping mapping) {
                syncTree(container, container.getChildren(), semanticLookup.apply(child.getSemanticId()),
                        DescriptionIndex.children(mapping));
            }
        }
    }

    private Collection<EObject> allOrigins(EdgeMapping mapping) {
        Set<EObject> origins = new LinkedHashSet<>();
        if (mapping instanceof RelationEdgeMapping) {
            for (AbstractNodeMapping source : mapping.getSourceMappings()) {
                collectNodesOf(diagram.getNodes(), source.getId(), origins);
            }
        } else if (mapping instanceof ElementEdgeMapping element) {
            Expression candidates = index.expression(element.getSemanticCandidatesExpression());
            if (candidates != null) {
                origins.addAll(EdgeSynchronizer.asList(candidates.evaluate(context.root(), context)));
            } else {
                for (var it = context.root().eAllContents(); it.hasNext();) {
                    EObject next = it.next();
                    if (index.domainClass(element).isInstance(next)) {
                        origins.add(next);
                    }
                }
            }
        }
        return origins;
    }

    private void collectNodesOf(List<AbstractDNode> nodes, String mappingId, Set<EObject> into) {
        for (AbstractDNode node : nodes) {
            if (mappingId.equals(node.getMappingId())) {
                EObject semantic = semanticLookup.apply(node.getSemanticId());
                if (semantic != null) {
                    into.add(semantic);
                }
            }
            if (node instanceof DContainer container) {
                collectNodesOf(container.getChildren(), mappingId, into);
            }
        }
    }

    private void refreshAllAppearances(List<AbstractDNode> nodes) {
        for (AbstractDNode node : nodes) {
            appearance.refresh(node, semanticLookup.apply(node.getSemanticId()));
            if (node instanceof DContainer container) {
                refreshAllAppearances(container.getChildren());
            }
        }
    }

    private void updateActiveLayers() {
        Set<Layer> layers = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Layer layer : index.layers()) {
            if (layer == index.description().getDefaultLayer() || diagram.getActiveLayers().contains(layer.getId())) {
                layers.add(layer);
                ids.add(layer.getId());
            }
        }
        activeLayers = layers;
        context.setActiveLayers(ids);
    }

    // --- Incremental refresh ---------------------------------------------------------------------

    /** Applies a batch of notifications of the semantic model (and of the diagram's active layers). */
    public void synchronize(Collection<Notification> notifications) {
        Set<EObject> touched = new LinkedHashSet<>();
        boolean layersChanged = false;
        for (Notification notification : notifications) {
            if (notification.getNotifier() == diagram) {
                layersChanged = true;
                continue;
            }
            if (!(notification.getNotifier() instanceof EObject notifier)) {
                continue;
            }
            touched.add(notifier);
            if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
                addWithContents(notification.getNewValue(), touched);
                addWithContents(notification.getOldValue(), touched);
            }
            for (Expression expression : index.expressions()) {
                touched.addAll(expression.affectedBy(notification, context));
            }
        }
        if (layersChanged) {
            synchronizeAll();
            return;
        }
        synchronizeElements(touched);
    }

    /** Re-evaluates everything that shows or may show the given elements (used for finding changes too). */
    public void synchronizeElements(Collection<? extends EObject> touched) {
        Map<String, Object[]> parentSyncs = new LinkedHashMap<>();
        for (EObject element : touched) {
            for (AbstractDNode node : List.copyOf(views.nodesOf(SemanticIds.id(element)))) {
                addParentSync(parentSyncs, node.eContainer(), (AbstractNodeMapping) index.mapping(node.getMappingId()));
            }
            for (AbstractNodeMapping mapping : index.nodeMappingsFor(element.eClass())) {
                if (activeLayers.contains(index.layerOf(mapping))) {
                    addPossibleParents(parentSyncs, mapping, element);
                }
            }
        }
        for (Object[] sync : parentSyncs.values()) {
            EObject parentView = (EObject) sync[0];
            if (parentView == diagram || parentView.eContainer() != null) {
                EObject parentSemantic = parentView == diagram ? context.root()
                        : semanticLookup.apply(((AbstractDNode) parentView).getSemanticId());
                if (parentSemantic != null) {
                    syncChildren(parentView, parentSemantic, (AbstractNodeMapping) sync[1]);
                }
            }
        }
        for (EObject element : touched) {
            syncEdgesOf(element);
        }
        syncPendingOrigins();
        for (EObject element : touched) {
            for (DDiagramElement view : views.viewsOf(SemanticIds.id(element))) {
                appearance.refresh(view, element);
            }
        }
    }

    private void syncPendingOrigins() {
        while (!pendingOrigins.isEmpty()) {
            String key = pendingOrigins.iterator().next();
            pendingOrigins.remove(key);
            edges.sync(key);
        }
    }

    private void syncEdgesOf(EObject element) {
        for (ElementEdgeMapping mapping : index.elementEdgeMappingsFor(element.eClass())) {
            if (activeLayers.contains(index.layerOf(mapping))) {
                edges.sync(mapping, element, true);
            }
        }
        List<AbstractDNode> nodes = views.nodesOf(SemanticIds.id(element));
        for (EdgeMapping mapping : index.edgeMappings()) {
            if (mapping instanceof RelationEdgeMapping && activeLayers.contains(index.layerOf(mapping))) {
                boolean isSource = false;
                for (AbstractDNode node : nodes) {
                    isSource |= mapping.getSourceMappings().contains(index.mapping(node.getMappingId()));
                }
                if (isSource || !views.edgesOfOrigin(ViewIndex.originKey(mapping.getId(), SemanticIds.id(element))).isEmpty()) {
                    edges.sync(mapping, element, true);
                }
            }
        }
    }

    private void addPossibleParents(Map<String, Object[]> syncs, AbstractNodeMapping mapping, EObject element) {
        AbstractNodeMapping parentMapping = index.parentMapping(mapping);
        Expression candidates = index.expression(mapping.getSemanticCandidatesExpression());
        Collection<? extends EObject> parents;
        if (candidates == null) {
            parents = element.eContainer() == null ? List.of() : List.of(element.eContainer());
        } else if (candidates instanceof CandidatesExpression inverse) {
            parents = inverse.parentsOf(element, context);
        } else {
            parents = null;
        }
        if (parentMapping == null) {
            if (parents == null || parents.contains(context.root())) {
                addParentSync(syncs, diagram, mapping);
            }
            return;
        }
        if (parents == null) {
            for (AbstractDNode node : allNodesOf(parentMapping.getId())) {
                addParentSync(syncs, node, mapping);
            }
            return;
        }
        for (EObject parent : parents) {
            for (AbstractDNode node : views.nodesOf(SemanticIds.id(parent))) {
                if (parentMapping.getId().equals(node.getMappingId())) {
                    addParentSync(syncs, node, mapping);
                }
            }
        }
    }

    private List<AbstractDNode> allNodesOf(String mappingId) {
        List<AbstractDNode> result = new ArrayList<>();
        for (var it = diagram.eAllContents(); it.hasNext();) {
            if (it.next() instanceof AbstractDNode node && mappingId.equals(node.getMappingId())) {
                result.add(node);
            }
        }
        return result;
    }

    private static void addParentSync(Map<String, Object[]> syncs, EObject parentView, AbstractNodeMapping mapping) {
        if (parentView == null || mapping == null) {
            return;
        }
        String key = System.identityHashCode(parentView) + "/" + mapping.getId();
        syncs.putIfAbsent(key, new Object[] { parentView, mapping });
    }

    private static void addWithContents(Object value, Set<EObject> into) {
        if (value instanceof EObject eObject) {
            into.add(eObject);
            eObject.eAllContents().forEachRemaining(into::add);
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                addWithContents(item, into);
            }
        }
    }

    // --- Nodes -----------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private void syncChildren(EObject parentView, EObject parentSemantic, AbstractNodeMapping mapping) {
        EList<AbstractDNode> children = parentView instanceof Diagram d ? d.getNodes() : ((DContainer) parentView).getChildren();
        Map<String, EObject> wanted = new LinkedHashMap<>();
        for (EObject candidate : candidates(mapping, parentSemantic)) {
            if (index.domainClass(mapping).isInstance(candidate) && holds(mapping, candidate)) {
                wanted.putIfAbsent(SemanticIds.id(candidate), candidate);
            }
        }
        Set<String> present = new HashSet<>();
        for (AbstractDNode child : List.copyOf(children)) {
            if (mapping.getId().equals(child.getMappingId())) {
                if (!wanted.containsKey(child.getSemanticId()) || !present.add(child.getSemanticId())) {
                    removeNode(child);
                }
            }
        }
        for (Map.Entry<String, EObject> entry : wanted.entrySet()) {
            if (!present.contains(entry.getKey())) {
                createNode(mapping, entry.getValue(), children);
            }
        }
    }

    private List<EObject> candidates(AbstractNodeMapping mapping, EObject parentSemantic) {
        Expression expression = index.expression(mapping.getSemanticCandidatesExpression());
        return expression == null ? parentSemantic.eContents()
                : EdgeSynchronizer.asList(expression.evaluate(parentSemantic, context));
    }

    private boolean holds(DiagramElementMapping mapping, EObject semantic) {
        Expression precondition = index.expression(mapping.getPreconditionExpression());
        return precondition == null || Boolean.TRUE.equals(precondition.evaluate(semantic, context));
    }

    private void createNode(AbstractNodeMapping mapping, EObject semantic, EList<AbstractDNode> into) {
        AbstractDNode node = mapping instanceof ContainerMapping ? StateFactory.eINSTANCE.createDContainer()
                : StateFactory.eINSTANCE.createDNode();
        node.setUid(EcoreUtil.generateUUID());
        node.setMappingId(mapping.getId());
        String semanticId = SemanticIds.id(semantic);
        node.setSemanticId(semanticId);
        NodeStyle style = mapping.getStyle();
        node.setWidth(style == null ? 140 : style.getWidth());
        node.setHeight(style == null ? 56 : style.getHeight());
        int[] previous = removedBounds.remove(mapping.getId() + '|' + semanticId);
        int[] placement = placements.remove(semanticId);
        if (previous != null) {
            node.setX(previous[0]);
            node.setY(previous[1]);
            node.setWidth(previous[2]);
            node.setHeight(previous[3]);
            node.setLaidOut(true);
        }
        if (placement != null) { // where the user put it (created or dropped into another container) wins
            node.setX(placement[0]);
            node.setY(placement[1]);
            node.setLaidOut(true);
        }
        into.add(node);
        views.addNode(node);
        appearance.refresh(node, semantic);
        if (node instanceof DContainer container) {
            for (AbstractNodeMapping child : DescriptionIndex.children((ContainerMapping) mapping)) {
                syncChildren(container, semantic, child);
            }
        }
        nodeAppeared(node, semantic);
    }

    private void nodeAppeared(AbstractDNode node, EObject semantic) {
        pendingOrigins.addAll(views.originsEndingAt(node.getSemanticId()));
        for (EdgeMapping mapping : index.edgeMappings()) {
            if (mapping instanceof RelationEdgeMapping && activeLayers.contains(index.layerOf(mapping))
                    && mapping.getSourceMappings().contains(index.mapping(node.getMappingId()))) {
                pendingOrigins.add(ViewIndex.originKey(mapping.getId(), node.getSemanticId()));
            }
        }
    }

    private void removeNode(AbstractDNode node) {
        if (node instanceof DContainer container) {
            for (AbstractDNode child : List.copyOf(container.getChildren())) {
                removeNode(child);
            }
        }
        for (DEdge edge : List.copyOf(views.attachedTo(node))) {
            pendingOrigins.add(ViewIndex.originKey(edge.getMappingId(), edge.getSemanticId()));
            edges.remove(edge);
        }
        pendingOrigins.addAll(views.originsEndingAt(node.getSemanticId()));
        if (node.isLaidOut()) {
            removedBounds.put(node.getMappingId() + '|' + node.getSemanticId(),
                    new int[] { node.getX(), node.getY(), node.getWidth(), node.getHeight() });
        }
        views.removeNode(node);
        EcoreUtil.remove(node);
    }
}
