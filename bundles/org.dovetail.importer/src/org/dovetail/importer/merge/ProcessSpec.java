package org.dovetail.importer.merge;

import java.util.List;

import org.dovetail.model.process.TriggerKind;

/**
 * A process as an importer read it, with the ids the Dovetail elements will have (derived from the source's ids, so
 * that importing again updates them). {@link ProcessMerger} turns it into model changes.
 *
 * @param importPrefix elements of the process whose id starts with this were made by an earlier import of the same
 *            kind; those the spec no longer has are removed
 */
public record ProcessSpec(String id, String name, String description, String importPrefix, List<RoleSpec> roles, List<StepSpec> steps,
        List<FlowSpec> flows, List<StageSpec> stages, List<TriggerSpec> triggers, List<ExceptionSpec> exceptions, List<EvidenceSpec> evidence) {

    public ProcessSpec {
        roles = List.copyOf(roles);
        steps = List.copyOf(steps);
        flows = List.copyOf(flows);
        stages = List.copyOf(stages);
        triggers = List.copyOf(triggers);
        exceptions = List.copyOf(exceptions);
        evidence = List.copyOf(evidence);
    }

    /** The kinds of step an importer makes. */
    public enum StepType {
        TASK("Task"), DECISION("Decision"), HANDOFF("Handoff");

        public final String label;

        StepType(String label) {
            this.label = label;
        }
    }

    public record RoleSpec(String id, String name) {
    }

    /** One step; {@code question} only for decisions, {@code recipientId} only for handoffs. */
    public record StepSpec(String id, StepType type, String name, String description, boolean manual, boolean automated, String question,
            String performerId, String recipientId) {
    }

    public record FlowSpec(String id, String sourceId, String targetId, String condition) {
    }

    public record StageSpec(String id, String name, List<String> stepIds) {
        public StageSpec {
            stepIds = List.copyOf(stepIds);
        }
    }

    public record TriggerSpec(String id, String name, TriggerKind kind, String startsId) {
    }

    public record ExceptionSpec(String id, String name, String trigger, String raisedAtId, String returnsToId, String handlerId) {
    }

    /** What a step must record: an EvidenceRequirement contained in the step {@code stepId}. */
    public record EvidenceSpec(String id, String name, String description, String stepId, boolean mandatory) {
    }
}
