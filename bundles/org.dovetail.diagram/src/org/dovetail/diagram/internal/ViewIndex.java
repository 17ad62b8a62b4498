package org.dovetail.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.Diagram;

/**
 * Lookups over a diagram's views that incremental refresh needs in constant time: the nodes and edges of a semantic
 * element, the edges of an edge origin, the edges attached to a node, and which edge origins wait for an element.
 */
final class ViewIndex {

    private final Map<String, List<AbstractDNode>> nodes = new HashMap<>();
    private final Map<String, List<DEdge>> edgesBySemantic = new HashMap<>();
    private final Map<String, List<DEdge>> edgesByOrigin = new HashMap<>();
    private final Map<AbstractDNode, Set<DEdge>> attached = new HashMap<>();
    private final Map<String, Set<String>> originsByEnd = new HashMap<>();
    private final Map<String, Set<String>> endsOfOrigin = new HashMap<>();

    static String originKey(String mappingId, String semanticId) {
        return mappingId + '|' + semanticId;
    }

    void rebuild(Diagram diagram) {
        nodes.clear();
        edgesBySemantic.clear();
        edgesByOrigin.clear();
        attached.clear();
        for (AbstractDNode node : diagram.getNodes()) {
            addTree(node);
        }
        for (DEdge edge : diagram.getEdges()) {
            addEdge(edge);
        }
    }

    private void addTree(AbstractDNode node) {
        addNode(node);
        if (node instanceof DContainer container) {
            for (AbstractDNode child : container.getChildren()) {
                addTree(child);
            }
        }
    }

    void addNode(AbstractDNode node) {
        nodes.computeIfAbsent(node.getSemanticId(), k -> new ArrayList<>(1)).add(node);
    }

    void removeNode(AbstractDNode node) {
        remove(nodes, node.getSemanticId(), node);
        attached.remove(node);
    }

    void addEdge(DEdge edge) {
        edgesBySemantic.computeIfAbsent(edge.getSemanticId(), k -> new ArrayList<>(1)).add(edge);
        edgesByOrigin.computeIfAbsent(originKey(edge.getMappingId(), edge.getSemanticId()), k -> new ArrayList<>(1)).add(edge);
        if (edge.getSource() != null) {
            attached.computeIfAbsent(edge.getSource(), k -> new LinkedHashSet<>()).add(edge);
        }
        if (edge.getTarget() != null) {
            attached.computeIfAbsent(edge.getTarget(), k -> new LinkedHashSet<>()).add(edge);
        }
    }

    void removeEdge(DEdge edge) {
        remove(edgesBySemantic, edge.getSemanticId(), edge);
        remove(edgesByOrigin, originKey(edge.getMappingId(), edge.getSemanticId()), edge);
        Set<DEdge> atSource = attached.get(edge.getSource());
        if (atSource != null) {
            atSource.remove(edge);
        }
        Set<DEdge> atTarget = attached.get(edge.getTarget());
        if (atTarget != null) {
            atTarget.remove(edge);
        }
    }

    List<AbstractDNode> nodesOf(String semanticId) {
        return nodes.getOrDefault(semanticId, List.of());
    }

    List<DEdge> edgesOf(String semanticId) {
        return edgesBySemantic.getOrDefault(semanticId, List.of());
    }

    List<DEdge> edgesOfOrigin(String originKey) {
        return edgesByOrigin.getOrDefault(originKey, List.of());
    }

    Collection<DEdge> attachedTo(AbstractDNode node) {
        return attached.getOrDefault(node, Set.of());
    }

    /** Every view of the semantic element: nodes, then edges. */
    List<DDiagramElement> viewsOf(String semanticId) {
        List<DDiagramElement> result = new ArrayList<>(nodesOf(semanticId));
        result.addAll(edgesOf(semanticId));
        return result;
    }

    /** Records the semantic ends an edge origin wants, so a node appearing for one of them re-syncs the origin. */
    void setEnds(String originKey, Set<String> endIds) {
        Set<String> old = endsOfOrigin.remove(originKey);
        if (old != null) {
            for (String end : old) {
                Set<String> origins = originsByEnd.get(end);
                if (origins != null) {
                    origins.remove(originKey);
                    if (origins.isEmpty()) {
                        originsByEnd.remove(end);
                    }
                }
            }
        }
        if (!endIds.isEmpty()) {
            endsOfOrigin.put(originKey, endIds);
            for (String end : endIds) {
                originsByEnd.computeIfAbsent(end, k -> new LinkedHashSet<>()).add(originKey);
            }
        }
    }

    /** Origin keys whose edges end at the semantic element. */
    Set<String> originsEndingAt(String semanticId) {
        Set<String> origins = originsByEnd.get(semanticId);
        return origins == null ? Set.of() : Set.copyOf(origins);
    }

    Set<String> originKeys() {
        return Set.copyOf(edgesByOrigin.keySet());
    }

    private static <T> void remove(Map<String, List<T>> map, String key, T value) {
        List<T> list = map.get(key);
        if (list != null) {
            list.remove(value);
            if (list.isEmpty()) {
                map.remove(key);
            }
        }
    }
}
