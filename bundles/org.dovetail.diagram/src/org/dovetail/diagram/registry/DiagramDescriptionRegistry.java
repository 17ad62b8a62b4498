package org.dovetail.diagram.registry;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.diagram.api.ViewpointProvider;
import org.dovetail.diagram.model.description.DiagramDescription;
import org.dovetail.diagram.model.description.Viewpoint;

/**
 * The viewpoints contributed to {@value #EXTENSION_POINT} (in OSGi) or listed in
 * {@code META-INF/services/org.dovetail.diagram.api.ViewpointProvider} (plain Java), with the expressions they
 * register. Loaded on first use; a contribution that fails is logged, listed in {@link #problems()} and skipped.
 *
 * @since 0.1
 */
public final class DiagramDescriptionRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.dovetail.diagram.descriptions";

    private static final System.Logger LOG = System.getLogger("org.dovetail.diagram");
    private static final DiagramDescriptionRegistry DEFAULT = new DiagramDescriptionRegistry(DiagramDescriptionRegistry::standardSource);

    /** One contribution, not yet instantiated. */
    record Candidate(String origin, Callable<ViewpointProvider> create) {
    }

    private record Loaded(List<Viewpoint> viewpoints, ExpressionRegistry expressions, List<String> problems) {
    }

    private final Supplier<List<Candidate>> source;
    private volatile Loaded loaded;

    private DiagramDescriptionRegistry(Supplier<List<Candidate>> source) {
        this.source = source;
    }

    /** The viewpoints of the running platform: the extension registry in OSGi, else the class path's services. */
    public static DiagramDescriptionRegistry getDefault() {
        return DEFAULT;
    }

    /** A registry of the given providers (tests, embedding). */
    public static DiagramDescriptionRegistry of(List<? extends ViewpointProvider> providers) {
        return new DiagramDescriptionRegistry(() -> providers.stream()
                .map(p -> new Candidate(p.getClass().getName(), () -> p)).toList());
    }

    public List<Viewpoint> viewpoints() {
        return load().viewpoints();
    }

    /** The expressions and tool operations of every loaded viewpoint. */
    public ExpressionRegistry expressions() {
        return load().expressions();
    }

    /** Why contributions were skipped, one line each. */
    public List<String> problems() {
        return load().problems();
    }

    /** Every diagram description, as {@code viewpointId/diagramId}. */
    public List<String> diagramNames() {
        List<String> names = new ArrayList<>();
        for (Viewpoint viewpoint : viewpoints()) {
            for (DiagramDescription diagram : viewpoint.getDiagrams()) {
                names.add(qualifiedId(diagram));
            }
        }
        return names;
    }

    /**
     * The diagram description named {@code name}: its qualified id ({@code viewpoint/diagram}), its id alone or its
     * label (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known diagrams when there is none such
     */
    public DiagramDescription get(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Viewpoint viewpoint : viewpoints()) {
            for (DiagramDescription diagram : viewpoint.getDiagrams()) {
                if (qualifiedId(diagram).toLowerCase(Locale.ROOT).equals(wanted)
                        || wanted.equals(lower(diagram.getId())) || wanted.equals(lower(diagram.getLabel()))) {
                    return diagram;
                }
            }
        }
        throw new IllegalArgumentException("unknown diagram \"" + name + "\"; known diagrams: " + String.join(", ", diagramNames()));
    }

    /** {@code viewpointId/diagramId}, what diagram state files record. */
    public static String qualifiedId(DiagramDescription diagram) {
        return diagram.eContainer() instanceof Viewpoint viewpoint ? viewpoint.getId() + "/" + diagram.getId() : diagram.getId();
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private Loaded load() {
        Loaded result = loaded;
        if (result == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = loadNow();
                }
                result = loaded;
            }
        }
        return result;
    }

    private Loaded loadNow() {
        List<Viewpoint> viewpoints = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ExpressionRegistry expressions = new ExpressionRegistry();
        for (Candidate candidate : source.get()) {
            try {
                ViewpointProvider provider = candidate.create().call();
                Viewpoint viewpoint = provider.viewpoint();
                if (viewpoint == null || viewpoint.getId() == null) {
                    throw new IllegalStateException("it returned no viewpoint or one without an id");
                }
                if (viewpoints.stream().anyMatch(v -> v.getId().equals(viewpoint.getId()))) {
                    throw new IllegalStateException("duplicate viewpoint id " + viewpoint.getId());
                }
                ExpressionRegistry own = new ExpressionRegistry();
                provider.registerExpressions(own);
                for (String id : own.expressionIds()) {
                    expressions.register(id, own.expression(id));
                }
                for (String id : own.operationIds()) {
                    expressions.operation(id, own.operation(id));
                }
                viewpoints.add(viewpoint);
            } catch (Exception | LinkageError e) {
                String message = "Skipped diagram viewpoint " + candidate.origin() + ": " + e;
                LOG.log(Level.WARNING, message);
                problems.add(message);
            }
        }
        return new Loaded(List.copyOf(viewpoints), expressions, List.copyOf(problems));
    }

    private static List<Candidate> standardSource() {
        List<Candidate> fromRegistry = registryAvailable() ? ExtensionSource.candidates(EXTENSION_POINT) : null;
        return fromRegistry != null ? fromRegistry : serviceLoader();
    }

    private static List<Candidate> serviceLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : ViewpointProvider.class.getClassLoader();
        List<Candidate> result = new ArrayList<>();
        Iterator<ViewpointProvider> it = ServiceLoader.load(ViewpointProvider.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ViewpointProvider provider = it.next();
                result.add(new Candidate(provider.getClass().getName(), () -> provider));
            } catch (ServiceConfigurationError e) {
                result.add(new Candidate("listed in META-INF/services", () -> {
                    throw new IllegalStateException(e.getMessage(), e.getCause());
                }));
            }
        }
        return result;
    }

    private static boolean registryAvailable() {
        try {
            Class.forName("org.eclipse.core.runtime.RegistryFactory", false, DiagramDescriptionRegistry.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
