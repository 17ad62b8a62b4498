package org.dovetail.rules.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.dovetail.rules.api.MappingValidator;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.CheckDescriptor;

/**
 * The contributions of one type, loaded on first use: from the OSGi extension registry when it is running, else
 * through {@link ServiceLoader}. A contribution that cannot be loaded or describes itself badly is logged and
 * skipped; the others still load.
 */
public final class Contributions<T extends ModelCheck> {

    private static final System.Logger LOG = System.getLogger("org.dovetail.rules");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    /** ServiceLoader skips a bad provider per call; this only bounds a class path that keeps failing. */
    private static final int MAX_PROVIDERS = 10_000;

    /**
     * One contribution found, not yet instantiated.
     *
     * @param declared what its declaration says about it, when it says all of it; else {@code null}
     */
    public record Candidate<T>(String origin, String declaredId, CheckDescriptor declared, Callable<T> create) {
    }

    /** What loading found: the usable contributions and why others were skipped. */
    public record Loaded<T>(List<T> items, List<String> problems) {
    }

    private final Class<T> type;
    private final Supplier<List<Candidate<T>>> source;
    private volatile List<Candidate<T>> candidates;
    private volatile Loaded<T> loaded;

    public Contributions(Class<T> type, Supplier<List<Candidate<T>>> source) {
        this.type = type;
        this.source = source;
    }

    /** The extension registry's contributions to {@code extensionPoint} when it runs, else the class path's services. */
    public static <T extends ModelCheck> Contributions<T> standard(Class<T> type, String extensionPoint) {
        return new Contributions<>(type, () -> {
            List<Candidate<T>> fromRegistry = registryAvailable() ? ExtensionRegistrySource.candidates(type, extensionPoint) : null;
            return fromRegistry != null ? fromRegistry : serviceLoader(type, defaultClassLoader(type));
        });
    }

    /** The services of {@code type} that {@code loader} sees (for a folder of vendor jars, say). */
    public static <T extends ModelCheck> Contributions<T> fromClassLoader(Class<T> type, ClassLoader loader) {
        return new Contributions<>(type, () -> serviceLoader(type, loader));
    }

    public Loaded<T> get() {
        Loaded<T> result = loaded;
        if (result == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                result = loaded;
            }
        }
        return result;
    }

    private List<Candidate<T>> candidates() {
        List<Candidate<T>> result = candidates;
        if (result == null) {
            result = List.copyOf(source.get());
            candidates = result;
        }
        return result;
    }

    /**
     * What the contributions are, in contribution order: from their declarations where they declare it all, without
     * creating them; the others are created (as {@link #get()} does) and asked.
     */
    public List<CheckDescriptor> descriptors() {
        CheckDescriptor.Kind kind = MappingValidator.class.isAssignableFrom(type) ? CheckDescriptor.Kind.MAPPING_VALIDATOR
                : CheckDescriptor.Kind.RISK_RULE;
        List<CheckDescriptor> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean undeclared = false;
        for (Candidate<T> candidate : candidates()) {
            if (candidate.declared() != null && candidate.declared().kind() == kind && ids.add(candidate.declared().id())) {
                result.add(candidate.declared());
            } else {
                undeclared |= candidate.declared() == null;
            }
        }
        if (undeclared) {
            for (T item : get().items()) {
                if (ids.add(item.id())) {
                    result.add(CheckDescriptor.of(item, kind));
                }
            }
        }
        return List.copyOf(result);
    }

    private Loaded<T> load() {
        List<T> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Candidate<T> candidate : candidates()) {
            String problem;
            try {
                T item = type.cast(candidate.create().call());
                problem = describeProblem(item, candidate.declaredId(), ids);
                if (problem == null && candidate.declared() != null) {
                    problem = disagreement(item, candidate.declared());
                }
                if (problem == null) {
                    items.add(item);
                    ids.add(item.id());
                    continue;
                }
            } catch (Exception | LinkageError e) {
                problem = "cannot be created: " + e + (e.getCause() != null ? ", caused by " + e.getCause() : "");
            }
            String message = "Skipped " + type.getSimpleName() + " " + candidate.origin() + ": " + problem;
            LOG.log(Level.WARNING, message);
            problems.add(message);
        }
        return new Loaded<>(List.copyOf(items), List.copyOf(problems));
    }

    /** Why {@code item} cannot be used, or {@code null}. */
    private static String describeProblem(ModelCheck item, String declaredId, Set<String> ids) {
        String id = item.id();
        if (id == null || !ID.matcher(id).matches()) {
            return "bad id \"" + id + "\" (expected <category>.<kebab-case-name>)";
        }
        if (declaredId != null && !declaredId.equals(id)) {
            return "declares id " + declaredId + " but its class says " + id;
        }
        if (ids.contains(id)) {
            return "duplicate id " + id;
        }
        if (item.category() == null || item.defaultSeverity() == null || item.pack() == null) {
            return id + " has no category, default severity or pack";
        }
        if (item.appliesTo() == null || item.appliesTo().isEmpty()) {
            return id + " applies to no element type";
        }
        return null;
    }

    /** Why {@code item} contradicts its declaration, or {@code null}. */
    private static String disagreement(ModelCheck item, CheckDescriptor declared) {
        if (item.category() != declared.category() || item.defaultSeverity() != declared.defaultSeverity()) {
            return "declares " + declared.category().getLiteral() + "/" + declared.defaultSeverity().getLiteral() + " but its class says "
                    + item.category().getLiteral() + "/" + item.defaultSeverity().getLiteral();
        }
        return null;
    }

    static <T> List<Candidate<T>> serviceLoader(Class<T> type, ClassLoader loader) {
        List<Candidate<T>> result = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(type, loader).iterator();
        for (int i = 0; i < MAX_PROVIDERS; i++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                T item = it.next();
                result.add(new Candidate<>(item.getClass().getName(), null, null, () -> item));
            } catch (ServiceConfigurationError e) {
                Throwable error = e;
                result.add(new Candidate<>("listed in META-INF/services", null, null, () -> {
                    throw new IllegalStateException(error.getMessage(), error.getCause());
                }));
            }
        }
        return result;
    }

    private static ClassLoader defaultClassLoader(Class<?> type) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : type.getClassLoader();
    }

    /** Whether the equinox registry classes are there (they are an optional dependency). */
    private static boolean registryAvailable() {
        try {
            Class.forName("org.eclipse.core.runtime.RegistryFactory", false, Contributions.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
