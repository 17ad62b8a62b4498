package org.dovetail.cli.importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.ImportResult;
import org.dovetail.importer.api.ModelImporter;
import org.dovetail.importer.api.PlannedChange;
import org.dovetail.importer.api.ProcessGraph;
import org.dovetail.importer.csv.CsvImporter;
import org.dovetail.importer.internal.Sizes;
import org.dovetail.importer.registry.ImportFormatRegistry;
import org.dovetail.importer.xes.XesImporter;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Process;
import org.dovetail.model.resource.DovetailResources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dovetail import bpmn|xes|csv FILE --into MODEL}: reads the file with the format's importer (the same one the
 * workbench's import wizards use), applies it to the model and saves the model. Bad input leaves the model file as it
 * was: nothing is written unless the whole file was read.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Imports a BPMN 2.0 process or an XES or CSV event log into a Dovetail model.",
                "bpmn: the file's pools become one process (created, or updated when imported again); xes, csv: the log becomes an event log"
                        + " under Work as done, checked against a process (--process, or the model's only one).",
                "csv: one row per event; the case id, activity and timestamp columns are found by their usual header names, or named with"
                        + " --case, --activity, --timestamp; the delimiter is detected from the header row, or given with --delimiter." },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:imported (or, with --dry-run, read and previewed)", "2:bad input or usage (unreadable, malformed or oversized file, unknown"
                + " format or process); the model is unchanged" })
public final class ImportModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<format>", description = "The format: bpmn, xes, csv (or an installed format's id).")
    String format;

    @Parameters(index = "1", paramLabel = "<file>", description = "The file to import.")
    Path file;

    @Option(names = "--into", paramLabel = "<model>", required = true, description = "The .dovetail model to import into (saved in place).")
    Path model;

    @Option(names = "--process", paramLabel = "<id or name>",
            description = "bpmn: the id of the process to create or update (default: bpmn.<definitions id>); xes, csv: the process the log is checked against.")
    String process;

    @Option(names = "--max-size", paramLabel = "<size>", description = "Refuse larger files (like 64m, 2g; default: 64m for bpmn, 2g for xes, 512m for csv).")
    String maxSize;

    @Option(names = "--case", paramLabel = "<column>", description = "csv: the case id column's header (default: case:concept:name, case id, case...).")
    String caseColumn;

    @Option(names = "--activity", paramLabel = "<column>", description = "csv: the activity column's header (default: concept:name, activity, event...).")
    String activityColumn;

    @Option(names = "--timestamp", paramLabel = "<column>",
            description = "csv: the timestamp column's header (default: time:timestamp, timestamp, time...; none: the file's order).")
    String timestampColumn;

    @Option(names = "--delimiter", paramLabel = "<char>", description = "csv: the field delimiter: , ; | or tab (default: detected from the header row).")
    String delimiter;

    @Option(names = "--dry-run", description = "Read the file and print what would change, without saving the model.")
    boolean dryRun;

    @Option(names = "--verbose", description = "List every element added, changed or removed.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ModelImporter importer = ImportFormatRegistry.getDefault().get(format);
            if (!Files.isRegularFile(model)) {
                throw new IllegalArgumentException("no model file at " + model);
            }
            DovetailModel loaded = DovetailResources.load(model);
            ImportRequest request = request(importer, loaded);
            ImportPlan plan = importer.plan(request, ImportMonitor.NONE);
            out.println("dovetail: " + plan.summary());
            for (String note : plan.notes()) {
                out.println("  note: " + note);
            }
            for (String warning : plan.warnings()) {
                err.println("dovetail: warning: " + warning);
            }
            List<PlannedChange> preview = plan.preview(loaded);
            if (verbose || dryRun) {
                preview.stream().filter(c -> c.kind() != PlannedChange.Kind.KEEP).forEach(c -> out.println("  " + c));
            }
            if (dryRun) {
                out.println("dovetail: " + count(preview, PlannedChange.Kind.ADD) + " to add, " + count(preview, PlannedChange.Kind.UPDATE)
                        + " to change, " + count(preview, PlannedChange.Kind.REMOVE) + " to remove; " + model + " not changed (--dry-run)");
                return 0;
            }
            ImportResult result = plan.apply(loaded);
            DovetailResources.save(loaded, model);
            out.println("dovetail: imported into " + model + ": " + result);
            return 0;
        } catch (ImportException e) {
            err.println("dovetail: " + e.getMessage());
            err.println("dovetail: " + model + " was not changed");
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("dovetail: " + e.getMessage());
            return 2;
        }
    }

    private ImportRequest request(ModelImporter importer, DovetailModel loaded) {
        boolean xes = importer.id().equals(XesImporter.ID);
        boolean csv = importer.id().equals(CsvImporter.ID);
        long limit = maxSize != null ? parseSize(maxSize)
                : xes ? ImportRequest.DEFAULT_XES_LIMIT : csv ? ImportRequest.DEFAULT_CSV_LIMIT : ImportRequest.DEFAULT_BPMN_LIMIT;
        if (!xes && !csv) {
            return new ImportRequest(file, process, null, limit);
        }
        Process target = findProcess(loaded);
        Map<String, String> options = new HashMap<>();
        put(options, CsvImporter.CASE, caseColumn);
        put(options, CsvImporter.ACTIVITY, activityColumn);
        put(options, CsvImporter.TIMESTAMP, timestampColumn);
        put(options, CsvImporter.DELIMITER, delimiter);
        return new ImportRequest(file, target.getId(), ProcessGraph.of(target), limit, options);
    }

    private static void put(Map<String, String> options, String name, String value) {
        if (value != null) {
            options.put(name, value);
        }
    }

    private static long parseSize(String text) {
        try {
            return Sizes.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--max-size: not a size: " + text + " (like 500k, 64m, 2g)");
        }
    }

    private Process findProcess(DovetailModel loaded) {
        List<Process> processes = loaded.getProcessDomain() == null ? List.of() : loaded.getProcessDomain().getProcesses();
        if (processes.isEmpty()) {
            throw new IllegalArgumentException(model + " has no process to check the log against; import or model one first");
        }
        if (process == null) {
            if (processes.size() == 1) {
                return processes.get(0);
            }
            throw new IllegalArgumentException("name the process to check the log against with --process; " + model + " has " + list(processes));
        }
        for (Process candidate : processes) {
            if (process.equals(candidate.getId())) {
                return candidate;
            }
        }
        List<Process> byName = processes.stream().filter(p -> p.getName() != null && p.getName().strip().equalsIgnoreCase(process.strip())).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        throw new IllegalArgumentException((byName.isEmpty() ? "no process \"" : "more than one process named \"") + process + "\" in " + model
                + "; it has " + list(processes));
    }

    private static String list(List<Process> processes) {
        return String.join(", ", processes.stream().map(p -> p.getId() + " (" + p.getName() + ")").toList());
    }

    private static long count(List<PlannedChange> changes, PlannedChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
