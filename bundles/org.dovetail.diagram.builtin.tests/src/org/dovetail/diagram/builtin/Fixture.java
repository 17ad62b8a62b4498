package org.dovetail.diagram.builtin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.dovetail.diagram.api.DiagramFiles;
import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.diagram.api.FindingIndex;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.Viewpoint;
import org.dovetail.diagram.model.state.AbstractDNode;
import org.dovetail.diagram.model.state.DContainer;
import org.dovetail.diagram.model.state.DDiagramElement;
import org.dovetail.diagram.model.state.DEdge;
import org.dovetail.diagram.model.state.Decoration;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Process;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.rules.engine.RuleEngine;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/** Example models in real Dovetail resources, the built-in descriptions, and a canonical text form of diagrams. */
final class Fixture {

    static final Viewpoint VIEWPOINT = new BuiltinViewpoint().viewpoint();
    static final ExpressionRegistry EXPRESSIONS = new ExpressionRegistry();

    static {
        new BuiltinViewpoint().registerExpressions(EXPRESSIONS);
    }

    private Fixture() {
    }

    static DiagramDescription description(String id) {
        return VIEWPOINT.getDiagrams().stream().filter(d -> d.getId().equals(id)).findFirst().orElseThrow();
    }

    /** A model built by an example builder, in a .dovetail resource of its own resource set. */
    static DovetailModel load(Supplier<DovetailModel> builder, String name) {
        ResourceSet resourceSet = DovetailResources.newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI("/tmp/" + name + ".dovetail"));
        DovetailModel model = builder.get();
        resource.getContents().add(model);
        return model;
    }

    /** The element a diagram of this description is drawn on (the first process for process flows). */
    static EObject root(DovetailModel model, DiagramDescription description) {
        if (description.getDomainClass().equals("process.Process")) {
            Process first = model.getProcessDomain().getProcesses().get(0);
            return first;
        }
        return model;
    }

    static DiagramSession open(DovetailModel model, String diagramId, boolean withEditingDomain, String... layers) {
        DiagramDescription description = description(diagramId);
        EObject root = root(model, description);
        Diagram diagram = DiagramFiles.newDiagram(description, root);
        if (layers.length > 0) {
            diagram.getActiveLayers().clear();
            diagram.getActiveLayers().addAll(List.of(layers));
        }
        AdapterFactoryEditingDomain domain = withEditingDomain ? new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
                model.eResource().getResourceSet()) : null;
        return DiagramSession.open(diagram, root, description, EXPRESSIONS, domain);
    }

    /** The example (with its gaps) drawn as {@code diagramId} and laid out; with its findings if asked. */
    static DiagramSession laidOut(org.dovetail.examples.Example example, String diagramId, boolean withFindings) {
        DovetailModel model = load(example.withGaps(), example.name());
        DiagramSession session = open(model, diagramId, false);
        if (withFindings) {
            session.setFindings(findings(model));
        }
        org.dovetail.diagram.layout.DiagramLayout.layout(session, false);
        return session;
    }

    static FindingIndex findings(DovetailModel model) {
        return FindingIndex.ofRuleFindings(RuleEngine.builder().withRegistries().build().validate(model).findings());
    }

    /** A fresh interpretation of the same model, diagram kind, root, layers and findings. */
    static String fresh(DiagramSession session) {
        Diagram diagram = DiagramFiles.newDiagram(session.description(), session.semanticRoot());
        diagram.getActiveLayers().clear();
        diagram.getActiveLayers().addAll(session.diagram().getActiveLayers());
        try (DiagramSession fresh = DiagramSession.open(diagram, session.semanticRoot(), session.description(), EXPRESSIONS, null)) {
            fresh.setFindings(session.findings());
            return canonical(fresh.diagram());
        }
    }

    /**
     * The diagram as sorted lines, independent of view ids, order and bounds: each node with its parent chain, each
     * edge with its ends, with label, conditional style and decorations.
     */
    static String canonical(Diagram diagram) {
        List<String> lines = new ArrayList<>();
        for (AbstractDNode node : diagram.getNodes()) {
            nodes(node, "", lines);
        }
        for (DEdge edge : diagram.getEdges()) {
            lines.add("E " + key(edge) + " " + key(edge.getSource()) + " -> " + key(edge.getTarget()) + " " + look(edge));
        }
        Collections.sort(lines);
        return String.join("\n", lines);
    }

    private static void nodes(AbstractDNode node, String parent, List<String> lines) {
        String path = parent + "/" + key(node);
        lines.add("N " + path + " " + look(node));
        if (node instanceof DContainer container) {
            for (AbstractDNode child : container.getChildren()) {
                nodes(child, path, lines);
            }
        }
    }

    private static String key(DDiagramElement view) {
        return view.getMappingId() + ":" + view.getSemanticId();
    }

    private static String look(DDiagramElement view) {
        StringBuilder text = new StringBuilder("[").append(view.getLabel()).append("] style=").append(view.getStyleId());
        for (Decoration decoration : view.getDecorations()) {
            text.append(" deco=").append(decoration.getDecorationId()).append('/').append(decoration.getSeverity())
                    .append('/').append(decoration.getText());
        }
        return text.toString();
    }

    static List<DDiagramElement> views(Diagram diagram) {
        List<DDiagramElement> views = new ArrayList<>();
        diagram.eAllContents().forEachRemaining(e -> {
            if (e instanceof DDiagramElement view) {
                views.add(view);
            }
        });
        return views;
    }

    static List<DDiagramElement> viewsOf(Diagram diagram, String mappingId) {
        return views(diagram).stream().filter(v -> mappingId.equals(v.getMappingId())).toList();
    }
}
