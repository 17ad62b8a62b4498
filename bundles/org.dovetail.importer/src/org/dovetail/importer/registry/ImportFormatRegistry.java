package org.dovetail.importer.registry;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

import org.dovetail.importer.api.ModelImporter;

/**
 * The import formats contributed to {@value #EXTENSION_POINT} (or, outside OSGi, listed in
 * {@code META-INF/services/org.dovetail.importer.api.ModelImporter}). Loaded on first use; a bad contribution is
 * logged, listed in {@link #problems()} and skipped.
 *
 * @since 0.1
 */
public final class ImportFormatRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.dovetail.importer.formats";

    private static final System.Logger LOG = System.getLogger("org.dovetail.importer");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static volatile ImportFormatRegistry defaultRegistry;

    private final List<ModelImporter> formats;
    private final List<String> problems;

    private ImportFormatRegistry(List<Candidate> candidates) {
        List<ModelImporter> usable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Candidate candidate : candidates) {
            String problem;
            try {
                ModelImporter importer = candidate.create();
                String id = importer.id();
                if (id == null || !ID.matcher(id).matches()) {
                    problem = "bad id \"" + id + "\" (lower case letters, digits, dots and dashes)";
                } else if (candidate.declaredId() != null && !candidate.declaredId().equals(id)) {
                    problem = "declares id " + candidate.declaredId() + " but its class says " + id;
                } else if (!ids.add(id)) {
                    problem = "duplicate id " + id;
                } else {
                    usable.add(importer);
                    continue;
                }
            } catch (Exception | LinkageError e) {
                problem = "cannot be created: " + e;
            }
            String message = "Skipped import format " + candidate.origin() + ": " + problem;
            LOG.log(Level.WARNING, message);
            skipped.add(message);
        }
        this.formats = List.copyOf(usable);
        this.problems = List.copyOf(skipped);
    }

    /** The formats of the running platform: the extension registry in OSGi, else the class path's services. */
    public static ImportFormatRegistry getDefault() {
        ImportFormatRegistry registry = defaultRegistry;
        if (registry == null) {
            synchronized (ImportFormatRegistry.class) {
                if (defaultRegistry == null) {
                    List<Candidate> fromRegistry = registryAvailable() ? ExtensionCandidates.read(EXTENSION_POINT) : null;
                    defaultRegistry = new ImportFormatRegistry(fromRegistry != null ? fromRegistry : services(defaultLoader()));
                }
                registry = defaultRegistry;
            }
        }
        return registry;
    }

    /** The formats {@code loader} lists as services (a folder of vendor jars, say). */
    public static ImportFormatRegistry fromClassLoader(ClassLoader loader) {
        return new ImportFormatRegistry(services(loader));
    }

    /** The usable formats, in contribution order. */
    public List<ModelImporter> formats() {
        return formats;
    }

    /** The format with this id (case-insensitive). */
    public ModelImporter get(String id) {
        for (ModelImporter format : formats) {
            if (format.id().equalsIgnoreCase(id.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("no import format \"" + id + "\"; there are: "
                + String.join(", ", formats.stream().map(f -> f.id().toLowerCase(Locale.ROOT)).toList()));
    }

    /** Why contributions were skipped, one line each. */
    public List<String> problems() {
        return problems;
    }

    /** One contribution found, not yet created. */
    record Candidate(String origin, String declaredId, java.util.concurrent.Callable<ModelImporter> factory) {
        ModelImporter create() throws Exception {
            return factory.call();
        }
    }

    private static List<Candidate> services(ClassLoader loader) {
        List<Candidate> result = new ArrayList<>();
        Iterator<ModelImporter> it = ServiceLoader.load(ModelImporter.class, loader).iterator();
        for (int i = 0; i < 1000; i++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ModelImporter importer = it.next();
                result.add(new Candidate(importer.getClass().getName(), null, () -> importer));
            } catch (ServiceConfigurationError e) {
                result.add(new Candidate("listed in META-INF/services", null, () -> {
                    throw new IllegalStateException(e.getMessage(), e.getCause());
                }));
            }
        }
        return result;
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ImportFormatRegistry.class.getClassLoader();
    }

    private static boolean registryAvailable() {
        try {
            Class.forName("org.eclipse.core.runtime.RegistryFactory", false, ImportFormatRegistry.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
