package org.dovetail.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.dovetail.model.governance.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dovetail validate}: runs every installed risk rule and mapping validator over model files. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Validates a model file, or every .dovetail file below a folder, with the risk rules and mapping validators"
                + " installed (the built-in pack, plus the jars of --rules). The .dovetailrules file next to the models (or above"
                + " them) configures the rules." },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:nothing open at or above --fail-on", "1:open findings at or above --fail-on, or a check that failed or"
                + " timed out", "2:bad input or usage (unreadable model, malformed .dovetailrules, bad option)" })
final class ValidateCommand implements Callable<Integer> {

    /** What fails the run. */
    enum FailOn {
        error(Severity.ERROR), warning(Severity.WARNING), never(null);

        final Severity threshold;

        FailOn(Severity threshold) {
            this.threshold = threshold;
        }
    }

    /** The output formats. */
    enum Format {
        text(new TextReport()), json(new JsonReport()), sarif(new SarifReport()), junit(new JUnitReport()), html(new HtmlReport());

        final ReportWriter writer;

        Format(ReportWriter writer) {
            this.writer = writer;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<model file or folder>", description = "A .dovetail file, or a folder: every .dovetail file below it.")
    Path target;

    @Option(names = "--format", paramLabel = "text|json|sarif|junit|html", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Exit with 1 when an open finding is at or above this severity, or a check failed (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--rules", paramLabel = "<folder>", description = "A folder of rule-pack jars to load besides the built-in pack.")
    Path rules;

    @Option(names = "--output", paramLabel = "<file>", description = "Write the report to this file instead of standard output.")
    Path output;

    @Option(names = "--progress", description = "Show progress on standard error even when it is not a terminal.")
    boolean progress;

    @Option(names = "--today", hidden = true, paramLabel = "<yyyy-mm-dd>", description = "The date waivers are judged on (tests).")
    LocalDate today;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Checks checks = rules == null ? Checks.standard() : Checks.withVendorJars(rules)) {
            ModelValidation validation = new ModelValidation(checks, today != null ? today : LocalDate.now(), Progress.on(err, progress));
            ValidationReport report = validation.validate(target);
            write(report);
            if (output != null) {
                err.println("dovetail: " + format + " report written to " + output);
            }
            return report.failsAt(failOn.threshold) ? 1 : 0;
        } catch (BadInputException e) {
            err.println("dovetail: " + e.getMessage());
            return DovetailCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("dovetail: " + e.getMessage());
            return DovetailCli.BAD_INPUT;
        }
    }

    private void write(ValidationReport report) throws BadInputException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            try {
                format.writer.write(report, out);
            } catch (IOException e) {
                throw new BadInputException("cannot write the report: " + e.getMessage(), e);
            }
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
                format.writer.write(report, out);
            }
        } catch (IOException e) {
            throw new BadInputException(output + ": cannot write the report: " + e, e);
        }
    }
}
