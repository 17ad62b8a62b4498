package org.dovetail.cli.diagram;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.dovetail.diagram.api.DiagramFiles;
import org.dovetail.diagram.api.DiagramSession;
import org.dovetail.diagram.api.FindingIndex;
import org.dovetail.diagram.layout.DiagramLayout;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.Layer;
import org.dovetail.diagram.model.state.Diagram;
import org.dovetail.diagram.model.state.DiagramSet;
import org.dovetail.diagram.registry.DiagramDescriptionRegistry;
import org.dovetail.diagram.render.DiagramExporter;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.rules.engine.RuleEngine;
import org.eclipse.emf.ecore.resource.ResourceSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dovetail export-diagram}: draws one of the installed diagrams of a model to PNG or SVG, headless. Uses the
 * positions saved beside the model ({@code model.dovetail-diagrams}) when there are any, else lays the diagram out;
 * the rule engine's open findings are drawn on the elements.
 */
@Command(name = "export-diagram", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Exports a diagram of a model as PNG or SVG, without a display. <diagram> is a diagram's id, label or"
                + " viewpoint/id (for example process-flow, \"Governance mapping\" or dovetail/digital-workflow)." },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:the file was written", "2:bad input or usage (unreadable model, unknown diagram or element, bad option)" })
public final class ExportDiagramCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        png, svg
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<model>", description = "The .dovetail model file.")
    Path model;

    @Parameters(index = "1", paramLabel = "<diagram>", description = "The diagram: its id, label or viewpoint/id.")
    String diagramName;

    @Option(names = "--format", paramLabel = "png|svg", description = "Output format (default: from the output file's extension, else png).")
    Format format;

    @Option(names = "--output", paramLabel = "<file>", required = true, description = "The file to write.")
    Path output;

    @Option(names = "--element", paramLabel = "<name or id>",
            description = "The element to draw the diagram of, when the model has several (a process flow's process); default: the first."
                    + " \"all\" draws every one, each into <output>-<element name>.<ext>.")
    String element;

    @Option(names = "--layer", paramLabel = "<id>", split = ",",
            description = "Layers to switch on (risk, ownership, work-as-done; repeat or separate with commas); default: the diagram's default layers.")
    List<String> layers;

    @Option(names = "--no-findings", description = "Do not run the rules (no finding decorations).")
    boolean noFindings;

    @Option(names = "--relayout", description = "Lay the diagram out afresh even where saved positions exist.")
    boolean relayout;

    @Option(names = "--scale", paramLabel = "<factor>", defaultValue = "2", description = "PNG pixels per diagram unit (default: ${DEFAULT-VALUE}).")
    double scale;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        try {
            for (Path written : export()) {
                spec.commandLine().getOut().println("dovetail: wrote " + written);
            }
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("dovetail: " + e.getMessage());
            return 2;
        }
    }

    private List<Path> export() throws IOException {
        if (scale <= 0 || scale > 8) {
            throw new IllegalArgumentException("--scale must be more than 0 and at most 8, not " + scale);
        }
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("no model file at " + model);
        }
        DiagramDescriptionRegistry registry = DiagramDescriptionRegistry.getDefault();
        DiagramDescription description = registry.get(diagramName);
        ResourceSet resourceSet = DovetailResources.newResourceSet();
        DovetailModel loaded = DovetailResources.load(resourceSet, model);
        DiagramSet set = DiagramFiles.loadOrCreate(resourceSet, model);
        if (ALL.equals(element)) {
            List<org.eclipse.emf.ecore.EObject> roots = DiagramRoots.all(loaded, description.getDomainClass());
            List<Path> written = new java.util.ArrayList<>();
            java.util.Set<String> names = new java.util.HashSet<>();
            for (var root : roots) {
                Path file = sibling(output, DiagramRoots.name(root), names);
                export(description, registry, loaded, set, root, file);
                written.add(file);
            }
            return written;
        }
        var root = DiagramRoots.find(loaded, description.getDomainClass(), element);
        export(description, registry, loaded, set, root, output);
        return List.of(output);
    }

    /** {@code --element all}: every element the diagram can be drawn on. */
    static final String ALL = "all";

    /** {@code out/flow.png} and "Invoice approval" give {@code out/flow-invoice-approval.png} (made unique). */
    static Path sibling(Path output, String elementName, java.util.Set<String> taken) {
        String file = output.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        String extension = dot > 0 ? file.substring(dot) : "";
        String slug = elementName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            slug = "element";
        }
        String name = stem + "-" + slug;
        for (int n = 2; !taken.add(name); n++) {
            name = stem + "-" + slug + "-" + n;
        }
        return output.resolveSibling(name + extension);
    }

    private void export(DiagramDescription description, DiagramDescriptionRegistry registry, DovetailModel loaded, DiagramSet set,
            org.eclipse.emf.ecore.EObject root, Path output) throws IOException {
        Diagram diagram = DiagramFiles.findOrCreate(set, description, root);
        if (relayout) {
            diagram.getNodes().clear();
            diagram.getEdges().clear();
        }
        if (layers != null) {
            diagram.getActiveLayers().clear();
            for (String layer : layers) {
                if (description.getAdditionalLayers().stream().map(Layer::getId).noneMatch(layer::equals)) {
                    throw new IllegalArgumentException("diagram " + description.getId() + " has no layer \"" + layer + "\"; its layers: "
                            + String.join(", ", description.getAdditionalLayers().stream().map(Layer::getId).toList()));
                }
                diagram.getActiveLayers().add(layer);
            }
        }
        try (DiagramSession session = DiagramSession.open(diagram, root, description, registry.expressions(), null)) {
            if (!noFindings) {
                session.setFindings(FindingIndex.ofRuleFindings(RuleEngine.builder().withRegistries().build().validate(loaded).findings()));
            }
            DiagramLayout.layout(session, true);
            String title = description.getLabel() + " — " + DiagramRoots.name(root);
            DiagramExporter exporter = new DiagramExporter(session, title);
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (format() == Format.svg) {
                exporter.writeSvg(output);
            } else {
                exporter.writePng(output, scale);
            }
        }
    }

    private Format format() {
        if (format != null) {
            return format;
        }
        return output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? Format.svg : Format.png;
    }
}
