package org.dovetail.server.governance;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.rules.registry.MappingValidatorRegistry;
import org.dovetail.rules.registry.RiskRuleRegistry;

/**
 * The checks of the governance gate: the class path's rule packs (the built-in one) plus, with {@code --rules}, the
 * vendor jars of a folder, found through {@code META-INF/services} as the command line's {@code validate} finds them.
 */
public final class GateRules implements Closeable {

    private final List<ModelCheck> checks;
    private final List<String> problems;
    private final URLClassLoader vendorLoader;

    private GateRules(List<ModelCheck> checks, List<String> problems, URLClassLoader vendorLoader) {
        this.checks = List.copyOf(checks);
        this.problems = List.copyOf(problems);
        this.vendorLoader = vendorLoader;
    }

    /** The class path's checks, and those of the jars in {@code folder} unless it is {@code null}. */
    public static GateRules load(Path folder) {
        if (folder == null) {
            return collect(RiskRuleRegistry.getDefault(), MappingValidatorRegistry.getDefault(), null);
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": --rules needs a folder of rule-pack jars, and this is "
                    + (Files.exists(folder) ? "not a folder" : "not there"));
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list the rule-pack jars", e);
        }
        URLClassLoader loader = new URLClassLoader("dovetail-gate-rule-packs", jars.toArray(URL[]::new), GateRules.class.getClassLoader());
        return collect(RiskRuleRegistry.fromClassLoader(loader), MappingValidatorRegistry.fromClassLoader(loader), loader);
    }

    private static GateRules collect(RiskRuleRegistry rules, MappingValidatorRegistry validators, URLClassLoader loader) {
        List<ModelCheck> checks = new ArrayList<>(rules.rules());
        checks.addAll(validators.validators());
        List<String> problems = new ArrayList<>(rules.problems());
        problems.addAll(validators.problems());
        return new GateRules(checks, problems, loader);
    }

    /** A new engine over the checks (one per project model: an incremental validator keeps per-model state). */
    public RuleEngine newEngine() {
        return RuleEngine.builder().checks(checks).build();
    }

    public List<ModelCheck> checks() {
        return checks;
    }

    /** Contributions that were skipped, one line each. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public void close() throws IOException {
        if (vendorLoader != null) {
            vendorLoader.close();
        }
    }
}
