package org.dovetail.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dovetail.model.DovetailPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.epsilon.emc.emf.InMemoryEmfModel;
import org.eclipse.epsilon.evl.EvlModule;

/** The benchmark's five rules as Epsilon EVL constraints ({@code five-rules.evl}) over the model in memory. */
final class EvlRules {

    private static final String SCRIPT = load();

    private EvlRules() {
    }

    /** Parses the script, runs it over {@code root} (which must be in a resource, see {@link #resourceFor}) and counts unsatisfied constraints. */
    static int countFindings(EObject root) {
        Resource resource = root.eResource();
        if (resource == null) {
            throw new IllegalArgumentException("EVL needs the model in a resource");
        }
        try {
            EvlModule module = new EvlModule();
            if (!module.parse(SCRIPT) || !module.getParseProblems().isEmpty()) {
                throw new IllegalStateException("five-rules.evl: " + module.getParseProblems());
            }
            InMemoryEmfModel model = new InMemoryEmfModel("M", resource);
            module.getContext().getModelRepository().addModel(model);
            return module.execute().size();
        } catch (Exception e) {
            throw new IllegalStateException("EVL run failed", e);
        }
    }

    /**
     * A resource for {@code root} in a resource set whose package registry holds only the root package: the driver
     * finds the subpackages itself, and through the global registry (where they are registered as well) it would
     * report every type as ambiguous, once per type look-up.
     */
    static Resource resourceFor(EObject root) {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(DovetailPackage.eNS_URI, DovetailPackage.eINSTANCE);
        Resource resource = new ResourceImpl(URI.createURI("benchmark:/generated.dovetail"));
        set.getResources().add(resource);
        resource.getContents().add(root);
        return resource;
    }

    private static String load() {
        try (InputStream in = EvlRules.class.getResourceAsStream("five-rules.evl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
