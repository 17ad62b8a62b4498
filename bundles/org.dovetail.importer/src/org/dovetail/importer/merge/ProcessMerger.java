package org.dovetail.importer.merge;

import static org.dovetail.importer.merge.ModelChanges.ref;
import static org.dovetail.importer.merge.ModelChanges.values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dovetail.importer.api.ImportResult;
import org.dovetail.importer.api.PlannedChange;
import org.dovetail.importer.merge.ProcessSpec.EvidenceSpec;
import org.dovetail.importer.merge.ProcessSpec.ExceptionSpec;
import org.dovetail.importer.merge.ProcessSpec.FlowSpec;
import org.dovetail.importer.merge.ProcessSpec.RoleSpec;
import org.dovetail.importer.merge.ProcessSpec.StageSpec;
import org.dovetail.importer.merge.ProcessSpec.StepSpec;
import org.dovetail.importer.merge.ProcessSpec.TriggerSpec;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Identified;
import org.dovetail.model.change.TouchRecorder;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.dovetail.model.resource.DovetailIds;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Applies a {@link ProcessSpec} to a model: creates the process or updates the one with the spec's id, element by
 * element; elements an earlier import made that the file no longer has are removed. Roles are matched by id, then by
 * name (so a lane "Clerk" becomes the domain's existing role "Clerk"), and never removed: other processes may use them.
 */
public final class ProcessMerger {

    private static final ProcessPackage P = ProcessPackage.eINSTANCE;

    private ProcessMerger() {
    }

    /** What applying {@code spec} would do, without changing {@code model}. */
    public static List<PlannedChange> preview(DovetailModel model, ProcessSpec spec) {
        return run(model, spec, new ModelChanges()).changes();
    }

    /** Applies {@code spec} to {@code model}. */
    public static ImportResult apply(DovetailModel model, ProcessSpec spec) {
        return apply(model, spec, null);
    }

    /** Applies {@code spec}, telling {@code recorder} (may be {@code null}) about each existing object before it changes. */
    public static ImportResult apply(DovetailModel model, ProcessSpec spec, TouchRecorder recorder) {
        return run(model, spec, new ModelChanges(recorder)).result(spec.id());
    }

    private static ModelChanges run(DovetailModel model, ProcessSpec spec, ModelChanges changes) {
        boolean dryRun = changes.dryRun();
        ProcessDomain domain = model.getProcessDomain();
        if (domain == null) {
            changes.note(new PlannedChange(PlannedChange.Kind.ADD, "ProcessDomain", "Process domain", ""));
            if (!dryRun) {
                domain = ProcessFactory.eINSTANCE.createProcessDomain();
                domain.setId(DovetailIds.newId());
                domain.setName("Process domain");
                changes.touch(model);
                model.setProcessDomain(domain);
                changes.added(domain);
            }
        }
        if (domain != null) {
            domain.getRoles().forEach(changes::know);
            for (Process process : domain.getProcesses()) {
                changes.know(process);
            }
        }
        roles(domain, spec, changes);
        Process process = domain == null ? null
                : changes.upsert(domain.getProcesses(), P.getProcess(), spec.id(), spec.name(),
                        values(DovetailPackage.Literals.ELEMENT__DESCRIPTION, spec.description()));
        if (process == null) {
            // A dry run into a new process: everything in it is new.
            for (StepSpec step : spec.steps()) {
                changes.note(new PlannedChange(PlannedChange.Kind.ADD, step.type().label, step.name(), ""));
            }
            spec.flows().forEach(f -> changes.note(new PlannedChange(PlannedChange.Kind.ADD, "Flow", flowName(spec, f), "")));
            spec.stages().forEach(s -> changes.note(new PlannedChange(PlannedChange.Kind.ADD, "Stage", s.name(), "")));
            spec.triggers().forEach(t -> changes.note(new PlannedChange(PlannedChange.Kind.ADD, "Trigger", t.name(), "")));
            spec.exceptions().forEach(e -> changes.note(new PlannedChange(PlannedChange.Kind.ADD, "ExceptionPath", e.name(), "")));
            spec.evidence().forEach(e -> changes.note(new PlannedChange(PlannedChange.Kind.ADD, "EvidenceRequirement", e.name(), stepName(spec, e.stepId()))));
            return changes;
        }
        process.eAllContents().forEachRemaining(e -> {
            if (e instanceof Identified identified) {
                changes.know(identified);
            }
        });
        removeStale(process, spec, changes);
        for (StepSpec step : spec.steps()) {
            changes.upsert(process.getSteps(), stepClass(step), step.id(), step.name(), switch (step.type()) {
                case TASK -> values(DovetailPackage.Literals.ELEMENT__DESCRIPTION, step.description(), P.getStep_Manual(), step.manual(),
                        P.getStep_Performer(), ref(step.performerId()), P.getTask_Automated(), step.automated());
                case DECISION -> values(DovetailPackage.Literals.ELEMENT__DESCRIPTION, step.description(), P.getStep_Manual(), step.manual(),
                        P.getStep_Performer(), ref(step.performerId()), P.getDecision_Question(), step.question());
                case HANDOFF -> values(DovetailPackage.Literals.ELEMENT__DESCRIPTION, step.description(), P.getStep_Manual(), step.manual(),
                        P.getStep_Performer(), ref(step.performerId()), P.getHandoff_Recipient(), ref(step.recipientId()));
            });
        }
        for (FlowSpec flow : spec.flows()) {
            changes.upsert(process.getFlows(), P.getFlow(), flow.id(), flowName(spec, flow), values(P.getFlow_Source(), ref(flow.sourceId()),
                    P.getFlow_Target(), ref(flow.targetId()), P.getFlow_Condition(), flow.condition()));
        }
        for (StageSpec stage : spec.stages()) {
            changes.upsert(process.getStages(), P.getStage(), stage.id(), stage.name(),
                    values(P.getStage_Steps(), stage.stepIds().stream().map(ModelChanges::ref).toList()));
        }
        for (TriggerSpec trigger : spec.triggers()) {
            changes.upsert(process.getTriggers(), P.getTrigger(), trigger.id(), trigger.name(),
                    values(P.getTrigger_Kind(), trigger.kind(), P.getTrigger_Starts(), ref(trigger.startsId())));
        }
        for (ExceptionSpec path : spec.exceptions()) {
            changes.upsert(process.getExceptionPaths(), P.getExceptionPath(), path.id(), path.name(),
                    values(P.getExceptionPath_Trigger(), path.trigger(), P.getExceptionPath_RaisedAt(), ref(path.raisedAtId()),
                            P.getExceptionPath_ReturnsTo(), ref(path.returnsToId()), P.getExceptionPath_Handler(), ref(path.handlerId())));
        }
        for (EvidenceSpec evidence : spec.evidence()) {
            if (changes.find(evidence.stepId()) instanceof Step step) {
                changes.upsert(step.getEvidence(), P.getEvidenceRequirement(), evidence.id(), evidence.name(),
                        values(DovetailPackage.Literals.ELEMENT__DESCRIPTION, evidence.description(), P.getEvidenceRequirement_Mandatory(), evidence.mandatory()));
            } else {
                // A dry run: the step is new, so is its evidence.
                changes.note(new PlannedChange(PlannedChange.Kind.ADD, "EvidenceRequirement", evidence.name(), stepName(spec, evidence.stepId())));
            }
        }
        return changes;
    }

    private static void roles(ProcessDomain domain, ProcessSpec spec, ModelChanges changes) {
        // Roles this import adds, by name: a lane and a performer of one name are one role, in the preview as in the
        // import (the preview adds nothing, so the domain alone would not show the second is the first).
        Map<String, String> added = new HashMap<>();
        for (RoleSpec role : spec.roles()) {
            if (changes.find(role.id()) instanceof Role) {
                changes.upsert(domain.getRoles(), P.getRole(), role.id(), role.name(), values());
                continue;
            }
            String addedId = added.get(normalize(role.name()));
            if (addedId != null) {
                changes.alias(role.id(), changes.find(addedId)); // the role added above (none yet in a dry run)
                continue;
            }
            Role sameName = domain == null ? null : byName(domain, role.name());
            if (sameName != null) {
                changes.alias(role.id(), sameName);
                changes.note(new PlannedChange(PlannedChange.Kind.KEEP, "Role", sameName.getName(), "the domain's existing role"));
                continue;
            }
            if (domain != null) {
                changes.upsert(domain.getRoles(), P.getRole(), role.id(), role.name(), values());
            } else {
                changes.note(new PlannedChange(PlannedChange.Kind.ADD, "Role", role.name(), ""));
            }
            added.put(normalize(role.name()), role.id());
        }
    }

    private static Role byName(ProcessDomain domain, String name) {
        String key = normalize(name);
        for (Role role : domain.getRoles()) {
            if (key.equals(normalize(role.getName()))) {
                return role;
            }
        }
        return null;
    }

    private static String normalize(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static void removeStale(Process process, ProcessSpec spec, ModelChanges changes) {
        Set<String> wanted = new HashSet<>();
        spec.steps().forEach(s -> wanted.add(s.id()));
        spec.flows().forEach(f -> wanted.add(f.id()));
        spec.stages().forEach(s -> wanted.add(s.id()));
        spec.triggers().forEach(t -> wanted.add(t.id()));
        spec.exceptions().forEach(e -> wanted.add(e.id()));
        spec.evidence().forEach(e -> wanted.add(e.id()));
        List<EObject> stale = new ArrayList<>();
        for (Step step : process.getSteps()) {
            for (Identified evidence : step.getEvidence()) {
                if (evidence.getId() != null && evidence.getId().startsWith(spec.importPrefix()) && !wanted.contains(evidence.getId())
                        && wanted.contains(step.getId())) {
                    stale.add(evidence); // evidence of a removed step goes with it
                }
            }
        }
        // Flows first: removing a step removes the flows that touch it anyway, and counting them twice would mislead.
        for (List<? extends Identified> list : List.of(process.getFlows(), process.getExceptionPaths(), process.getTriggers(),
                process.getStages(), process.getSteps())) {
            for (Identified element : list) {
                String id = element.getId();
                if (id != null && id.startsWith(spec.importPrefix()) && !wanted.contains(id)) {
                    stale.add(element);
                }
            }
        }
        stale.forEach(changes::remove);
    }

    private static EClass stepClass(StepSpec step) {
        return switch (step.type()) {
            case TASK -> P.getTask();
            case DECISION -> P.getDecision();
            case HANDOFF -> P.getHandoff();
        };
    }

    /** "Check invoice → Approve" for the preview. */
    private static String flowName(ProcessSpec spec, FlowSpec flow) {
        return stepName(spec, flow.sourceId()) + " \u2192 " + stepName(spec, flow.targetId());
    }

    private static String stepName(ProcessSpec spec, String id) {
        for (StepSpec step : spec.steps()) {
            if (step.id().equals(id)) {
                return step.name();
            }
        }
        return id;
    }
}
