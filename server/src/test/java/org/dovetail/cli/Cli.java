package org.dovetail.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.model.resource.DovetailResources;
import org.dovetail.rules.engine.RuleConfiguration;
import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.rules.engine.ValidationResult;

/** Runs the command line in this JVM and holds what it printed. */
record Cli(int exitCode, String out, String err) {

    /** The date the example waivers are judged on. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final List<String> EXAMPLES = List.of("supplier-invoice-approval.dovetail", "it-change-enablement.dovetail");

    static Cli run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && all.get(0).equals("validate")) {
            all.add("--today=" + TODAY);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DovetailCli.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Copies a shipped example model (from the examples jar) into {@code dir}. */
    static Path example(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(dir);
        try (InputStream in = Cli.class.getResourceAsStream("/models/" + name)) {
            assertTrue(in != null, "models/" + name + " is not in the examples jar");
            Files.copy(in, file);
        }
        return file;
    }

    /** What the engine itself finds in {@code file} with the class path's checks and the file's configuration. */
    static ValidationResult engine(Path file) throws Exception {
        return RuleEngine.builder().withRegistries().configuration(RuleConfiguration.forModel(file)).today(TODAY).build()
                .validate(DovetailResources.load(file));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
