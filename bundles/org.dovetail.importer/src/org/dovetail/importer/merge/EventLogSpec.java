package org.dovetail.importer.merge;

import java.util.List;

import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.LogFormat;

/**
 * An event log as an importer summarised it: counts, the activity-to-step mappings and the deviations, with ids
 * derived from the process and the file name so that importing the same log again replaces its figures.
 */
public record EventLogSpec(String id, String name, LogFormat format, String source, String processId, int caseCount, int eventCount, List<MappingSpec> mappings,
        List<DeviationSpec> deviations) {

    public EventLogSpec {
        mappings = List.copyOf(mappings);
        deviations = List.copyOf(deviations);
    }

    /** An activity of the log and the step it is (or {@code null}: unmatched). */
    public record MappingSpec(String id, String activity, String stepId) {
    }

    public record DeviationSpec(String id, DeviationKind kind, String stepId, int affectedCases, int consideredCases, String description) {
    }
}
