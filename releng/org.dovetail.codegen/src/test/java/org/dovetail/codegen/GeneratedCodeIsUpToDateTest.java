package org.dovetail.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Fails the build when src-gen/ (or a genmodel) no longer matches its model/*.ecore (every metamodel of the repository). */
class GeneratedCodeIsUpToDateTest {

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("dovetail.root", "../.."));
    }

    @ParameterizedTest
    @FieldSource("org.dovetail.codegen.GeneratedModel#ALL")
    void committedGeneratedCodeMatchesTheEcore(GeneratedModel model) throws Exception {
        List<String> stale = new ModelGenerator(repositoryRoot(), model).stalePaths();
        assertEquals(List.of(), stale, "Generated code of " + model.name()
                + ".ecore is stale; run ./dovetail generate-model and commit the result");
    }

    @Test
    void staleCodeIsDetected() throws Exception {
        Path root = repositoryRoot();
        Path copy = Files.createTempDirectory("dovetail-stale");
        try {
            for (String bundle : List.of("org.dovetail.model", "org.dovetail.model.edit")) {
                copyTree(root.resolve("bundles").resolve(bundle), copy.resolve("bundles").resolve(bundle));
            }
            Path ecore = copy.resolve("bundles/org.dovetail.model/model/dovetail.ecore");
            String text = Files.readString(ecore);
            Files.writeString(ecore, text.replace("name=\"jobTitle\"", "name=\"position\""));
            List<String> stale = new ModelGenerator(copy).stalePaths();
            assertTrue(stale.stream().anyMatch(p -> p.endsWith("src-gen/org/dovetail/model/Person.java")), stale.toString());
        } finally {
            ModelGenerator.deleteTree(copy);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.toString().contains("/target/")) {
                    continue;
                }
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
