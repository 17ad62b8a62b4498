package org.dovetail.importer.merge;

import static org.dovetail.importer.merge.ModelChanges.ref;
import static org.dovetail.importer.merge.ModelChanges.values;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dovetail.importer.api.ImportResult;
import org.dovetail.importer.api.PlannedChange;
import org.dovetail.importer.merge.EventLogSpec.DeviationSpec;
import org.dovetail.importer.merge.EventLogSpec.MappingSpec;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Identified;
import org.dovetail.model.change.TouchRecorder;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.resource.DovetailIds;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.WorkAsDone;
import org.dovetail.model.workasdone.WorkAsDoneFactory;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.eclipse.emf.ecore.EObject;

/** Applies an {@link EventLogSpec}: the EventLog under Work as done, its activity mappings and its deviations. */
public final class EventLogMerger {

    private static final WorkAsDonePackage W = WorkAsDonePackage.eINSTANCE;

    private EventLogMerger() {
    }

    public static List<PlannedChange> preview(DovetailModel model, EventLogSpec spec) {
        return run(model, spec, new ModelChanges()).changes();
    }

    public static ImportResult apply(DovetailModel model, EventLogSpec spec) {
        return apply(model, spec, null);
    }

    /** Applies {@code spec}, telling {@code recorder} (may be {@code null}) about each existing object before it changes. */
    public static ImportResult apply(DovetailModel model, EventLogSpec spec, TouchRecorder recorder) {
        return run(model, spec, new ModelChanges(recorder)).result(spec.id());
    }

    private static ModelChanges run(DovetailModel model, EventLogSpec spec, ModelChanges changes) {
        boolean dryRun = changes.dryRun();
        ProcessDomain domain = model.getProcessDomain();
        if (domain != null) {
            for (Process process : domain.getProcesses()) {
                changes.know(process);
                process.getSteps().forEach(changes::know);
            }
        }
        WorkAsDone workAsDone = model.getWorkAsDone();
        if (workAsDone == null) {
            changes.note(new PlannedChange(PlannedChange.Kind.ADD, "WorkAsDone", "Work as done", ""));
            if (!dryRun) {
                workAsDone = WorkAsDoneFactory.eINSTANCE.createWorkAsDone();
                workAsDone.setId(DovetailIds.newId());
                workAsDone.setName("Work as done");
                changes.touch(model);
                model.setWorkAsDone(workAsDone);
                changes.added(workAsDone);
            }
        }
        if (workAsDone != null) {
            workAsDone.getEventLogs().forEach(changes::know);
        }
        EventLog log = workAsDone == null ? null
                : changes.upsert(workAsDone.getEventLogs(), W.getEventLog(), spec.id(), spec.name(),
                        values(W.getEventLog_Format(), spec.format(), W.getEventLog_Source(), spec.source(), W.getEventLog_Process(),
                                ref(spec.processId()), W.getEventLog_CaseCount(), spec.caseCount(), W.getEventLog_EventCount(), spec.eventCount()));
        if (log == null) {
            spec.mappings().forEach(m -> changes.note(new PlannedChange(PlannedChange.Kind.ADD, "ActivityMapping", m.activity(), m.stepId() == null ? "unmatched" : "")));
            spec.deviations().forEach(d -> changes.note(new PlannedChange(PlannedChange.Kind.ADD, "Deviation", d.kind().getLiteral(), d.description())));
            return changes;
        }
        if (!dryRun) {
            changes.touch(log);
            log.setImportedOn(new Date());
        }
        log.getActivityMappings().forEach(changes::know);
        log.getDeviations().forEach(changes::know);
        Set<String> wanted = new HashSet<>();
        spec.mappings().forEach(m -> wanted.add(m.id()));
        spec.deviations().forEach(d -> wanted.add(d.id()));
        List<EObject> stale = new ArrayList<>();
        for (List<? extends Identified> list : List.of(log.getActivityMappings(), log.getDeviations())) {
            for (Identified element : list) {
                if (!wanted.contains(element.getId())) {
                    stale.add(element);
                }
            }
        }
        stale.forEach(changes::remove);
        for (MappingSpec mapping : spec.mappings()) {
            changes.upsert(log.getActivityMappings(), W.getActivityMapping(), mapping.id(), mapping.activity(),
                    values(W.getActivityMapping_Activity(), mapping.activity(), W.getActivityMapping_Step(), ref(mapping.stepId())));
        }
        for (DeviationSpec deviation : spec.deviations()) {
            changes.upsert(log.getDeviations(), W.getDeviation(), deviation.id(), deviation.kind().getLiteral(),
                    values(W.getDeviation_Kind(), deviation.kind(), W.getDeviation_Step(), ref(deviation.stepId()), W.getDeviation_AffectedCases(),
                            deviation.affectedCases(), W.getDeviation_ConsideredCases(), deviation.consideredCases(), W.getDeviation_Description(),
                            deviation.description()));
        }
        return changes;
    }
}
