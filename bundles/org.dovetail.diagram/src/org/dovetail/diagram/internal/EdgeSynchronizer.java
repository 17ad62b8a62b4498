package org.dovetail.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dovetail.diagram.api.Expression;
import org.dovetail.diagram.model.description.AbstractNodeMapping;
import org.dovetail.diagram.model.description.EdgeMapping;
import org.dovetail.diagram.model.description.ElementEdgeMapping;
import org.dovetail.diagram.model.description.RelationEdgeMapping;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.model.state.StateFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Keeps the edges of one edge origin (an edge element such as a flow, or the source element of a relation) equal to
 * what its mapping asks for. An edge is shown while nodes of the mapping's source and target mappings show both ends;
 * the ends an origin wants are remembered, so a node appearing later brings its edges with it.
 */
final class EdgeSynchronizer {

    private final Diagram diagram;
    private final DescriptionIndex index;
    private final SemanticContext context;
    private final ViewIndex views;
    private final Appearance appearance;
    private final Function<String, EObject> semanticLookup;

    EdgeSynchronizer(Diagram diagram, DescriptionIndex index, SemanticContext context, ViewIndex views,
            Appearance appearance, Function<String, EObject> semanticLookup) {
        this.diagram = diagram;
        this.index = index;
        this.context = context;
        this.views = views;
        this.appearance = appearance;
        this.semanticLookup = semanticLookup;
    }

    /** Re-syncs the origin named by an origin key ({@code mappingId|semanticId}). */
    void sync(String originKey) {
        int bar = originKey.indexOf('|');
        if (index.mapping(originKey.substring(0, bar)) instanceof EdgeMapping mapping) {
            EObject origin = semanticLookup.apply(originKey.substring(bar + 1));
            if (origin != null) {
                sync(mapping, origin, true);
            } else {
                removeAll(originKey);
            }
        }
    }

    /** Makes the edges of {@code origin} under {@code mapping} what the mapping wants now. */
    void sync(EdgeMapping mapping, EObject origin, boolean active) {
        String key = ViewIndex.originKey(mapping.getId(), SemanticIds.id(origin));
        List<EObject[]> ends = active && isOrigin(mapping, origin) ? ends(mapping, origin) : List.of();
        Set<String> endIds = new LinkedHashSet<>();
        for (EObject[] end : ends) {
            endIds.add(SemanticIds.id(end[0]));
            endIds.add(SemanticIds.id(end[1]));
        }
        views.setEnds(key, endIds);

        Map<String, AbstractDNode[]> wanted = new LinkedHashMap<>();
        for (EObject[] end : ends) {
            AbstractDNode source = nodeFor(end[0], mapping.getSourceMappings());
            AbstractDNode target = nodeFor(end[1], mapping.getTargetMappings());
            if (source != null && target != null) {
                wanted.putIfAbsent(source.getUid() + '>' + target.getUid(), new AbstractDNode[] { source, target });
            }
        }
        Map<String, DEdge> existing = new HashMap<>();
        for (DEdge edge : List.copyOf(views.edgesOfOrigin(key))) {
            String pair = edge.getSource().getUid() + '>' + edge.getTarget().getUid();
            if (!wanted.containsKey(pair) || existing.containsKey(pair)) {
                remove(edge);
            } else {
                existing.put(pair, edge);
            }
        }
        for (Map.Entry<String, AbstractDNode[]> entry : wanted.entrySet()) {
            DEdge edge = existing.get(entry.getKey());
            if (edge == null) {
                edge = create(mapping, origin, entry.getValue()[0], entry.getValue()[1]);
            }
            appearance.refresh(edge, origin);
        }
    }

    /** Whether {@code origin} is one of the mapping's edge elements (element mappings) or a shown source (relations). */
    private boolean isOrigin(EdgeMapping mapping, EObject origin) {
        if (mapping instanceof ElementEdgeMapping element) {
            if (!index.domainClass(element).isInstance(origin) || !SemanticIds.isUnder(origin, context.root())) {
                return false;
            }
            Expression candidates = index.expression(element.getSemanticCandidatesExpression());
            if (candidates != null && !asList(candidates.evaluate(context.root(), context)).contains(origin)) {
                return false;
            }
        }
        Expression precondition = index.expression(mapping.getPreconditionExpression());
        return precondition == null || Boolean.TRUE.equals(precondition.evaluate(origin, context));
    }

    private List<EObject[]> ends(EdgeMapping mapping, EObject origin) {
        List<EObject[]> result = new ArrayList<>();
        if (mapping instanceof RelationEdgeMapping relation) {
            Collection<EObject> targets;
            if (relation.getTargetFeature() != null && !relation.getTargetFeature().isEmpty()) {
                EStructuralFeature feature = origin.eClass().getEStructuralFeature(relation.getTargetFeature());
                targets = feature == null ? List.of() : asList(origin.eGet(feature));
            } else {
                targets = asList(index.expression(relation.getTargetExpression()).evaluate(origin, context));
            }
            for (EObject target : targets) {
                result.add(new EObject[] { origin, target });
            }
        } else if (mapping instanceof ElementEdgeMapping element) {
            for (EObject source : asList(index.expression(element.getSourceExpression()).evaluate(origin, context))) {
                for (EObject target : asList(index.expression(element.getTargetExpression()).evaluate(origin, context))) {
                    result.add(new EObject[] { source, target });
                }
            }
        }
        return result;
    }

    /** The first node showing {@code semantic} through one of {@code mappings} (any mapping when none is named). */
    private AbstractDNode nodeFor(EObject semantic, List<AbstractNodeMapping> mappings) {
        if (semantic == null) {
            return null;
        }
        for (AbstractDNode node : views.nodesOf(SemanticIds.id(semantic))) {
            if (mappings.isEmpty() || mappings.contains(index.mapping(node.getMappingId()))) {
                return node;
            }
        }
        return null;
    }

    private DEdge create(EdgeMapping mapping, EObject origin, AbstractDNode source, AbstractDNode target) {
        DEdge edge = StateFactory.eINSTANCE.createDEdge();
        edge.setUid(EcoreUtil.generateUUID());
        edge.setMappingId(mapping.getId());
        edge.setSemanticId(SemanticIds.id(origin));
        edge.setSource(source);
        edge.setTarget(target);
        diagram.getEdges().add(edge);
        views.addEdge(edge);
        return edge;
    }

    void remove(DEdge edge) {
        views.removeEdge(edge);
        diagram.getEdges().remove(edge);
    }

    void removeAll(String originKey) {
        for (DEdge edge : List.copyOf(views.edgesOfOrigin(originKey))) {
            remove(edge);
        }
        views.setEnds(originKey, Set.of());
    }

    @SuppressWarnings("unchecked")
    static List<EObject> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof EObject single) {
            return List.of(single);
        }
        if (value instanceof Collection<?> collection) {
            List<EObject> result = new ArrayList<>(collection.size());
            for (Object item : collection) {
                if (item instanceof EObject eObject) {
                    result.add(eObject);
                }
            }
            return result;
        }
        throw new IllegalArgumentException("expected elements, got " + value.getClass().getName());
    }
}
