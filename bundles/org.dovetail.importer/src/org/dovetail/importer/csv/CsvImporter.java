package org.dovetail.importer.csv;

import java.util.List;

import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.ModelImporter;
import org.dovetail.importer.api.ProcessGraph;
import org.dovetail.importer.eventlog.Conformance;
import org.dovetail.importer.eventlog.EventLogPlan;
import org.dovetail.model.workasdone.LogFormat;

/**
 * CSV event log (one row per event) → the same EventLog, activity mappings and deviations as an XES log of the same
 * events. Options of the request: {@link #CASE}, {@link #ACTIVITY}, {@link #TIMESTAMP} (header names; the usual names
 * are found without them; an empty {@link #TIMESTAMP} means none: each case in the file's order) and {@link #DELIMITER}
 * (detected from the header row without it).
 */
public final class CsvImporter implements ModelImporter {

    public static final String ID = "csv";
    public static final String CASE = "case";
    public static final String ACTIVITY = "activity";
    public static final String TIMESTAMP = "timestamp";
    public static final String DELIMITER = "delimiter";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "CSV event log";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "tsv", "txt");
    }

    @Override
    public ImportPlan plan(ImportRequest request, ImportMonitor monitor) throws ImportException {
        ProcessGraph process = request.process();
        if (process == null) {
            throw new ImportException(request.file(), 0, "an event log is checked against a process: name one (the model's processes are listed by --process)");
        }
        String delimiter = request.option(DELIMITER);
        char separator;
        try {
            separator = delimiter == null || delimiter.isEmpty() ? 0 : Delimiters.parse(delimiter);
        } catch (IllegalArgumentException e) {
            throw new ImportException(request.file(), 0, e.getMessage());
        }
        CsvLogReader.Columns columns = new CsvLogReader.Columns(blankToNull(request.option(CASE)), blankToNull(request.option(ACTIVITY)),
                request.option(TIMESTAMP) == null ? null : request.option(TIMESTAMP).strip(), separator);
        CsvLogReader.Result read = CsvLogReader.read(request.file(), request.maxBytes(), columns, monitor);
        Conformance conformance = new Conformance(process);
        read.cases().forEach(conformance::acceptCase);
        return EventLogPlan.of(process, conformance, LogFormat.CSV, request.file(), null, read.events(), read.notes(), List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
