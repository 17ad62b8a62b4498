package org.dovetail.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.diagram.api.Expression;
import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.diagram.model.description.AbstractNodeMapping;
import org.dovetail.diagram.model.description.ConditionalStyle;
import org.dovetail.diagram.model.description.ContainerMapping;
import org.dovetail.diagram.model.description.DecorationDescription;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.DiagramElementMapping;
import org.dovetail.diagram.model.description.EdgeMapping;
import org.dovetail.diagram.model.description.ElementEdgeMapping;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.description.RelationEdgeMapping;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

/**
 * A diagram description made ready for interpretation: mappings, layers and conditional styles by id, the mapping
 * tree, the semantic classes resolved, and every expression looked up once (an unknown id fails here, when the
 * diagram opens, with a message naming it).
 */
public final class DescriptionIndex {

    private final DiagramDescription description;
    private final Map<String, DiagramElementMapping> mappings = new HashMap<>();
    private final Map<String, Layer> layers = new HashMap<>();
    private final Map<String, ConditionalStyle> conditionalStyles = new HashMap<>();
    private final Map<DiagramElementMapping, Layer> layerOf = new HashMap<>();
    private final Map<AbstractNodeMapping, AbstractNodeMapping> parentMapping = new HashMap<>();
    private final Map<DiagramElementMapping, EClass> classes = new HashMap<>();
    private final Map<String, Expression> expressions = new HashMap<>();
    private final Map<EClass, List<AbstractNodeMapping>> nodeMappingsByClass = new HashMap<>();
    private final Map<EClass, List<ElementEdgeMapping>> edgeMappingsByClass = new HashMap<>();
    private final Map<String, EClass> classesByName;

    public DescriptionIndex(DiagramDescription description, ExpressionRegistry registry, EObject semanticRoot) {
        this.description = description;
        this.classesByName = classesOf(semanticRoot.eClass().getEPackage());
        List<Layer> all = new ArrayList<>();
        if (description.getDefaultLayer() != null) {
            all.add(description.getDefaultLayer());
        }
        all.addAll(description.getAdditionalLayers());
        for (Layer layer : all) {
            put(layers, layer.getId(), layer, "layer");
            for (AbstractNodeMapping mapping : layer.getContainerMappings()) {
                indexNodeMapping(mapping, null, layer, registry);
            }
            for (AbstractNodeMapping mapping : layer.getNodeMappings()) {
                indexNodeMapping(mapping, null, layer, registry);
            }
            for (EdgeMapping mapping : layer.getEdgeMappings()) {
                indexMapping(mapping, layer, registry);
                if (mapping instanceof ElementEdgeMapping element) {
                    classes.put(element, resolveClass(element.getDomainClass(), element));
                    expression(registry, element.getSemanticCandidatesExpression());
                    expression(registry, element.getSourceExpression());
                    expression(registry, element.getTargetExpression());
                } else if (mapping instanceof RelationEdgeMapping relation) {
                    expression(registry, relation.getTargetExpression());
                }
            }
            for (DecorationDescription decoration : layer.getDecorations()) {
                expression(registry, decoration.getTextExpression());
            }
        }
    }

    private void indexNodeMapping(AbstractNodeMapping mapping, AbstractNodeMapping parent, Layer layer, ExpressionRegistry registry) {
        indexMapping(mapping, layer, registry);
        parentMapping.put(mapping, parent);
        classes.put(mapping, resolveClass(mapping.getDomainClass(), mapping));
        expression(registry, mapping.getSemanticCandidatesExpression());
        if (mapping instanceof ContainerMapping container) {
            for (AbstractNodeMapping child : children(container)) {
                indexNodeMapping(child, container, layer, registry);
            }
        }
    }

    private void indexMapping(DiagramElementMapping mapping, Layer layer, ExpressionRegistry registry) {
        put(mappings, mapping.getId(), mapping, "mapping");
        layerOf.put(mapping, layer);
        expression(registry, mapping.getPreconditionExpression());
        expression(registry, mapping.getLabelExpression());
        for (ConditionalStyle style : mapping.getConditionalStyles()) {
            put(conditionalStyles, style.getId(), style, "conditional style");
            expression(registry, style.getPredicateExpression());
        }
    }

    private void expression(ExpressionRegistry registry, String id) {
        if (id != null && !id.isEmpty() && !expressions.containsKey(id)) {
            expressions.put(id, registry.expression(id));
        }
    }

    private <T> void put(Map<String, T> map, String id, T value, String what) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " of diagram " + description.getId() + " has no id");
        }
        if (map.putIfAbsent(id, value) != null) {
            throw new IllegalArgumentException("diagram " + description.getId() + " has two " + what + "s with the id " + id);
        }
    }

    private EClass resolveClass(String name, DiagramElementMapping mapping) {
        EClass eClass = classesByName.get(name);
        if (eClass == null) {
            throw new IllegalArgumentException("mapping " + mapping.getId() + " of diagram " + description.getId()
                    + " names the unknown class \"" + name + "\" (write package.Class, for example process.Step)");
        }
        return eClass;
    }

    private static Map<String, EClass> classesOf(EPackage any) {
        EPackage root = any;
        while (root.getESuperPackage() != null) {
            root = root.getESuperPackage();
        }
        Map<String, EClass> result = new HashMap<>();
        addClasses(root, "", result);
        return result;
    }

    private static void addClasses(EPackage pkg, String prefix, Map<String, EClass> result) {
        for (EClassifier classifier : pkg.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                result.put(prefix + eClass.getName(), eClass);
            }
        }
        for (EPackage sub : pkg.getESubpackages()) {
            addClasses(sub, prefix + sub.getName() + ".", result);
        }
    }

    /** The semantic class named {@code package.Class}; an unknown name is an error naming it. */
    public EClass eClass(String name) {
        EClass eClass = classesByName.get(name);
        if (eClass == null) {
            throw new IllegalArgumentException("unknown class \"" + name + "\" (write package.Class, for example process.Step)");
        }
        return eClass;
    }

    public static List<AbstractNodeMapping> children(ContainerMapping container) {
        List<AbstractNodeMapping> result = new ArrayList<>(container.getSubContainerMappings());
        result.addAll(container.getSubNodeMappings());
        return result;
    }

    public DiagramDescription description() {
        return description;
    }

    public DiagramElementMapping mapping(String id) {
        return id == null ? null : mappings.get(id);
    }

    public Layer layer(String id) {
        return layers.get(id);
    }

    public ConditionalStyle conditionalStyle(String id) {
        return id == null ? null : conditionalStyles.get(id);
    }

    public Layer layerOf(DiagramElementMapping mapping) {
        return layerOf.get(mapping);
    }

    /** The container mapping whose children the mapping makes, or null for a top-level mapping. */
    public AbstractNodeMapping parentMapping(AbstractNodeMapping mapping) {
        return parentMapping.get(mapping);
    }

    public EClass domainClass(DiagramElementMapping mapping) {
        return classes.get(mapping);
    }

    /** The expression with this id (null id: null). */
    public Expression expression(String id) {
        return id == null || id.isEmpty() ? null : expressions.get(id);
    }

    public Collection<Expression> expressions() {
        return expressions.values();
    }

    public List<Layer> layers() {
        List<Layer> all = new ArrayList<>();
        all.add(description.getDefaultLayer());
        all.addAll(description.getAdditionalLayers());
        return all;
    }

    /** Node mappings (at any depth) whose domain class {@code eClass} is, cached per class. */
    public List<AbstractNodeMapping> nodeMappingsFor(EClass eClass) {
        return nodeMappingsByClass.computeIfAbsent(eClass, c -> {
            List<AbstractNodeMapping> result = new ArrayList<>();
            for (DiagramElementMapping mapping : mappings.values()) {
                if (mapping instanceof AbstractNodeMapping node && classes.get(node).isSuperTypeOf(c)) {
                    result.add(node);
                }
            }
            return result;
        });
    }

    public List<ElementEdgeMapping> elementEdgeMappingsFor(EClass eClass) {
        return edgeMappingsByClass.computeIfAbsent(eClass, c -> {
            List<ElementEdgeMapping> result = new ArrayList<>();
            for (DiagramElementMapping mapping : mappings.values()) {
                if (mapping instanceof ElementEdgeMapping edge && classes.get(edge).isSuperTypeOf(c)) {
                    result.add(edge);
                }
            }
            return result;
        });
    }

    /** Every edge mapping, in description order. */
    public List<EdgeMapping> edgeMappings() {
        List<EdgeMapping> result = new ArrayList<>();
        for (Layer layer : layers()) {
            result.addAll(layer.getEdgeMappings());
        }
        return result;
    }

    /** The top-level node mappings of a layer, containers first. */
    public static List<AbstractNodeMapping> topLevel(Layer layer) {
        List<AbstractNodeMapping> result = new ArrayList<>(layer.getContainerMappings());
        result.addAll(layer.getNodeMappings());
        return result;
    }

    /** Ids of every mapping in the layers given. */
    public Set<String> mappingIdsOf(Collection<Layer> active) {
        Set<String> ids = new LinkedHashSet<>();
        for (Map.Entry<DiagramElementMapping, Layer> entry : layerOf.entrySet()) {
            if (active.contains(entry.getValue())) {
                ids.add(entry.getKey().getId());
            }
        }
        return ids;
    }
}
