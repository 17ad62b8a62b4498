package org.dovetail.examples.generator;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, passed by surefire as {@code dovetail.root}. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String root = System.getProperty("dovetail.root");
        Path path = root != null ? Path.of(root) : Path.of("../..");
        if (!Files.isDirectory(path.resolve(GenerateExamples.MODELS_DIR))) {
            throw new IllegalStateException("not the repository root (set -Ddovetail.root): " + path.toAbsolutePath());
        }
        return path.toAbsolutePath().normalize();
    }

    static Path models() {
        return root().resolve(GenerateExamples.MODELS_DIR);
    }
}
