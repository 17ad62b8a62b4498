package org.dovetail.importer.xes;

import java.util.ArrayList;
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
 * XES event log → an EventLog under Work as done, checked against a process ({@link Conformance}). Streams the file
 * ({@link XesReader}); what it keeps is per activity and per step, not per event. Departures from the standard that a
 * real-world log still imports with are warnings of the plan ({@link XesSemantics}).
 */
public final class XesImporter implements ModelImporter {

    public static final String ID = "xes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "XES event log";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xes");
    }

    @Override
    public ImportPlan plan(ImportRequest request, ImportMonitor monitor) throws ImportException {
        ProcessGraph process = request.process();
        if (process == null) {
            throw new ImportException(request.file(), 0, "an event log is checked against a process: name one (the model's processes are listed by --process)");
        }
        Conformance conformance = new Conformance(process);
        XesReader.Summary summary = XesReader.read(request.file(), request.maxBytes(), monitor, trace -> conformance.acceptCase(trace.activities()));
        List<String> notes = new ArrayList<>();
        if (summary.eventsOutsideTraces() > 0) {
            notes.add(summary.eventsOutsideTraces() + " events outside any trace: counted, but they belong to no case");
        }
        return EventLogPlan.of(process, conformance, LogFormat.XES, request.file(), summary.name(), summary.events(), notes, summary.warnings());
    }
}
