package org.dovetail.cli;

import java.io.Closeable;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.registry.MappingValidatorRegistry;
import org.dovetail.rules.registry.RiskRuleRegistry;

/**
 * The installed checks: the class path's contributions (the built-in pack), plus, with {@code --rules}, those of
 * every jar in a folder, found through {@code META-INF/services} with a class loader over the jars.
 */
final class Checks implements Closeable {

    private final List<ModelCheck> checks;
    private final List<String> problems;
    private final URLClassLoader vendorLoader;

    private Checks(List<ModelCheck> checks, List<String> problems, URLClassLoader vendorLoader) {
        this.checks = List.copyOf(checks);
        this.problems = List.copyOf(problems);
        this.vendorLoader = vendorLoader;
    }

    /** The class path's checks only. */
    static Checks standard() {
        return collect(RiskRuleRegistry.getDefault(), MappingValidatorRegistry.getDefault(), null);
    }

    /**
     * The class path's checks and those of the jars in {@code folder}. The jars' class loader has the class path's
     * as parent, so its services include the built-in pack's once.
     */
    static Checks withVendorJars(Path folder) throws BadInputException {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": --rules needs a folder of rule-pack jars, and this is "
                    + (Files.exists(folder) ? "not a folder" : "not there"), null);
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot list the rule-pack jars: " + e.getMessage(), e);
        }
        if (jars.isEmpty()) {
            throw new BadInputException(folder + ": no .jar files in this --rules folder", null);
        }
        URLClassLoader loader = new URLClassLoader("dovetail-rule-packs", jars.toArray(URL[]::new), Checks.class.getClassLoader());
        return collect(RiskRuleRegistry.fromClassLoader(loader), MappingValidatorRegistry.fromClassLoader(loader), loader);
    }

    private static Checks collect(RiskRuleRegistry rules, MappingValidatorRegistry validators, URLClassLoader loader) {
        List<ModelCheck> checks = new ArrayList<>(rules.rules());
        checks.addAll(validators.validators());
        List<String> problems = new ArrayList<>(rules.problems());
        problems.addAll(validators.problems());
        return new Checks(checks, problems, loader);
    }

    List<ModelCheck> checks() {
        return checks;
    }

    /** Contributions that were skipped, one line each. */
    List<String> problems() {
        return problems;
    }

    @Override
    public void close() throws IOException {
        if (vendorLoader != null) {
            vendorLoader.close();
        }
    }
}
