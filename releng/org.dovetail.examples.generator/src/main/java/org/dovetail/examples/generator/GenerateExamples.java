package org.dovetail.examples.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TimeZone;

import org.dovetail.examples.Example;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.resource.DovetailResources;

/**
 * Writes the shipped example models, {@code bundles/org.dovetail.examples/models/*.dovetail}, from their builders.
 * Usage: {@code GenerateExamples <repository root>} (run by {@code ./dovetail generate-examples}).
 */
public final class GenerateExamples {

    /** Where the example files live, relative to the repository root. */
    public static final String MODELS_DIR = "bundles/org.dovetail.examples/models";

    private GenerateExamples() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateExamples <repository root>");
            System.exit(2);
        }
        pinTimeZone();
        Path models = Path.of(args[0]).toAbsolutePath().normalize().resolve(MODELS_DIR);
        Files.createDirectories(models);
        for (Example example : ExampleModels.examples()) {
            Path file = models.resolve(example.fileName());
            write(example, file);
            System.out.println("wrote " + file);
        }
    }

    /** Saves the example (with its gaps) into {@code file}, exactly as the shipped file is written. */
    public static void write(Example example, Path file) throws IOException {
        pinTimeZone();
        DovetailResources.save(example.withGaps().get(), file);
    }

    /**
     * EMF writes dates in the JVM's default time zone; the files are written in UTC so that they are the same
     * bytes on every machine. Must run before EMF first formats a date.
     */
    public static void pinTimeZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }
}
