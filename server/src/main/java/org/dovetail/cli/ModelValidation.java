package org.dovetail.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.resource.DovetailResourceFactory;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.engine.RuleConfiguration;
import org.dovetail.rules.engine.RuleConfigurationException;
import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.rules.engine.ValidationResult;

/**
 * Validates a model file, or every {@code .dovetail} file below a folder, each with the {@code .dovetailrules}
 * found next to it (or above it). Each file is loaded into its own resource set; references into other files
 * resolve from disk.
 */
final class ModelValidation {

    private static final String EXTENSION = "." + DovetailResourceFactory.FILE_EXTENSION;

    private final List<ModelCheck> checks;
    private final List<String> problems;
    private final LocalDate today;
    private final Progress progress;

    ModelValidation(Checks checks, LocalDate today, Progress progress) {
        this.checks = checks.checks();
        this.problems = checks.problems();
        this.today = today;
        this.progress = progress;
    }

    ValidationReport validate(Path target) throws BadInputException {
        List<Path> files = modelFiles(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path base = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        Map<String, RuleConfiguration> configurations = new HashMap<>();
        List<ValidationReport.FileReport> reports = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = base.relativize(file).toString().replace('\\', '/');
            progress.file(i + 1, files.size(), name, "loading");
            DovetailModel model = load(file);
            RuleConfiguration configuration = configuration(file, configurations);
            RuleEngine engine = RuleEngine.builder().checks(progress.track(checks)).configuration(configuration).today(today).build();
            progress.file(i + 1, files.size(), name, "validating");
            ValidationResult result = engine.validate(model);
            reports.add(new ValidationReport.FileReport(file, name, configuration, result));
        }
        progress.done();
        return new ValidationReport(base, reports, checks, problems, today);
    }

    /** {@code target} itself, or the {@code .dovetail} files below it in path order. */
    static List<Path> modelFiles(Path target) throws BadInputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new BadInputException(target + ": no such file or folder", null);
        }
        if (!Files.isDirectory(absolute)) {
            if (!Files.isReadable(absolute)) {
                throw new BadInputException(target + ": cannot be read (permission denied)", null);
            }
            return List.of(absolute);
        }
        try (Stream<Path> walk = Files.walk(absolute)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new BadInputException(target + ": no " + EXTENSION + " files in this folder or below it", null);
            }
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(target + ": cannot list the model files: " + e.getMessage(), e);
        }
    }

    private static DovetailModel load(Path file) throws BadInputException {
        try {
            return DovetailResources.load(file);
        } catch (IOException | RuntimeException e) {
            // ModelLoadException names the file, the position and the reason; anything else gets the file added.
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new BadInputException(message.contains(file.toString()) ? message
                    : file + ": not a readable Dovetail model: " + message, e);
        }
    }

    private static RuleConfiguration configuration(Path file, Map<String, RuleConfiguration> cache) throws BadInputException {
        String folder = file.toAbsolutePath().getParent().toString();
        RuleConfiguration known = cache.get(folder);
        if (known != null) {
            return known;
        }
        try {
            RuleConfiguration configuration = RuleConfiguration.forModel(file);
            cache.put(folder, configuration);
            return configuration;
        } catch (RuleConfigurationException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
