package org.dovetail.importer.eventlog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportResult;
import org.dovetail.importer.api.PlannedChange;
import org.dovetail.importer.api.ProcessGraph;
import org.dovetail.importer.merge.EventLogMerger;
import org.dovetail.importer.merge.EventLogSpec;
import org.dovetail.importer.merge.EventLogSpec.DeviationSpec;
import org.dovetail.importer.merge.EventLogSpec.MappingSpec;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.change.TouchRecorder;
import org.dovetail.model.workasdone.LogFormat;

/**
 * The plan of an event log import, whatever the format: the {@link Conformance} result as an {@link EventLogSpec}
 * (ids from the process and the file name, so importing the same file again replaces its figures).
 */
public final class EventLogPlan implements ImportPlan {

    private final EventLogSpec spec;
    private final ProcessGraph process;
    private final List<String> notes;
    private final List<String> warnings;

    private EventLogPlan(EventLogSpec spec, ProcessGraph process, List<String> notes, List<String> warnings) {
        this.spec = spec;
        this.process = process;
        this.notes = List.copyOf(notes);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * @param logName the log's own name, or {@code null} (the file name is used)
     * @param events all events read, also those outside cases
     * @param notes what the reader has to say beyond the activities (added after the unmatched activities)
     */
    public static EventLogPlan of(ProcessGraph process, Conformance conformance, LogFormat format, Path file, String logName, long events,
            List<String> notes, List<String> warnings) {
        String fileName = file.getFileName().toString();
        String logId = process.processId() + ".log." + fileName.replaceAll("[^A-Za-z0-9_.-]", "_");
        List<MappingSpec> mappings = new ArrayList<>();
        List<String> allNotes = new ArrayList<>();
        for (Conformance.Activity activity : conformance.activities()) {
            String stepId = activity.step < 0 ? null : process.steps().get(activity.step).id();
            mappings.add(new MappingSpec(logId + ".activity." + uuid(activity.name), activity.name, stepId));
            if (stepId == null) {
                allNotes.add("activity \"" + activity.name + "\" (" + activity.events + " events) matches no step of \"" + process.processName() + "\"");
            }
        }
        allNotes.addAll(notes);
        List<DeviationSpec> deviations = new ArrayList<>();
        for (Conformance.Found found : conformance.deviations()) {
            String stepId = found.step() < 0 ? null : process.steps().get(found.step()).id();
            deviations.add(new DeviationSpec(logId + ".deviation." + uuid(found.kind().getLiteral() + "\n" + found.key()), found.kind(), stepId,
                    found.affectedCases(), found.consideredCases(), found.description()));
        }
        EventLogSpec spec = new EventLogSpec(logId, logName != null ? logName : fileName, format, fileName, process.processId(), conformance.cases(),
                (int) Math.min(Integer.MAX_VALUE, events), mappings, deviations);
        return new EventLogPlan(spec, process, allNotes, warnings);
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public EventLogSpec spec() {
        return spec;
    }

    @Override
    public String summary() {
        long unmatched = spec.mappings().stream().filter(m -> m.stepId() == null).count();
        return "Event log \"" + spec.name() + "\": " + spec.caseCount() + " cases, " + spec.eventCount() + " events, " + spec.mappings().size()
                + " activities (" + unmatched + " unmatched), " + spec.deviations().size() + " deviations from \"" + process.processName() + "\"";
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public List<PlannedChange> preview(DovetailModel model) {
        return EventLogMerger.preview(model, spec);
    }

    @Override
    public ImportResult apply(DovetailModel model) {
        return EventLogMerger.apply(model, spec);
    }

    @Override
    public ImportResult apply(DovetailModel model, TouchRecorder recorder) {
        return EventLogMerger.apply(model, spec, recorder);
    }
}
