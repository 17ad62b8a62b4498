package org.dovetail.examples;

import java.util.Date;
import java.util.List;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.Identified;
import org.dovetail.model.Party;
import org.dovetail.model.Person;
import org.dovetail.model.digital.DigitalElement;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.implementation.ChangeKind;
import org.dovetail.model.implementation.ImplementationFactory;
import org.dovetail.model.implementation.ImplementationPlan;
import org.dovetail.model.implementation.Milestone;
import org.dovetail.model.implementation.MilestoneKind;
import org.dovetail.model.implementation.MilestoneStatus;
import org.dovetail.model.implementation.StepChange;
import org.dovetail.model.implementation.WorkflowProof;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.ActionStatus;
import org.dovetail.model.workasdone.ActivityMapping;
import org.dovetail.model.workasdone.ControlTest;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.HealthMetric;
import org.dovetail.model.workasdone.ImprovementAction;
import org.dovetail.model.workasdone.LearningPhase;
import org.dovetail.model.workasdone.LearningSession;
import org.dovetail.model.workasdone.LogFormat;
import org.dovetail.model.workasdone.MetricKind;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.ObservationKind;
import org.dovetail.model.workasdone.TestResult;
import org.dovetail.model.workasdone.WorkAsDone;
import org.dovetail.model.workasdone.WorkAsDoneFactory;

/** Work-as-done evidence and implementation plans of an example, with steps and controls named by their names. */
final class WorkAsDoneBuilder {

    private static final WorkAsDoneFactory W = WorkAsDoneFactory.eINSTANCE;
    private static final ImplementationFactory I = ImplementationFactory.eINSTANCE;

    private final ModelBuilder b;

    WorkAsDoneBuilder(ModelBuilder b) {
        this.b = b;
    }

    LearningSession session(WorkAsDone wad, String name, LearningPhase phase, Date heldOn, Person facilitator, Party... participants) {
        LearningSession s = b.named(W.createLearningSession(), name, null);
        s.setPhase(phase);
        s.setHeldOn(heldOn);
        s.setFacilitator(facilitator);
        s.getParticipants().addAll(List.of(participants));
        wad.getSessions().add(s);
        return s;
    }

    Observation observation(LearningSession session, String name, ObservationKind kind, String step, String adaptation,
            String pressure, int occurrences, LegacyArtifact... artifacts) {
        Observation o = b.named(W.createObservation(), name, null);
        o.setKind(kind);
        o.setStep(b.get(Step.class, step));
        o.setAdaptation(adaptation);
        o.setPressure(pressure);
        o.setOccurrences(occurrences);
        o.getArtifacts().addAll(List.of(artifacts));
        session.getObservations().add(o);
        return o;
    }

    EventLog eventLog(WorkAsDone wad, String name, LogFormat format, String source, InformationSystem system, Process process,
            Date importedOn, int cases, int events) {
        EventLog log = b.named(W.createEventLog(), name, null);
        log.setFormat(format);
        log.setSource(source);
        log.setSystem(system);
        log.setProcess(process);
        log.setImportedOn(importedOn);
        log.setCaseCount(cases);
        log.setEventCount(events);
        wad.getEventLogs().add(log);
        return log;
    }

    ActivityMapping activity(EventLog log, String activity, String step) {
        ActivityMapping a = b.identify("ActivityMapping/" + log.getName() + "/" + activity, W.createActivityMapping());
        a.setActivity(activity);
        a.setStep(b.get(Step.class, step));
        log.getActivityMappings().add(a);
        return a;
    }

    Deviation deviation(EventLog log, DeviationKind kind, String step, int affected, int considered, String description) {
        Deviation d = b.identify("Deviation/" + log.getName() + "/" + kind.getLiteral() + "/" + step, W.createDeviation());
        d.setKind(kind);
        d.setStep(b.get(Step.class, step));
        d.setAffectedCases(affected);
        d.setConsideredCases(considered);
        d.setDescription(description);
        log.getDeviations().add(d);
        return d;
    }

    HealthMetric metric(WorkAsDone wad, String name, MetricKind kind, Process process, DigitalElement dataSource, Party owner,
            String unit, Double target, Double current) {
        HealthMetric m = b.named(W.createHealthMetric(), name, null);
        m.setKind(kind);
        m.setProcess(process);
        m.setDataSource(dataSource);
        m.setOwner(owner);
        m.setUnit(unit);
        m.setTarget(target);
        m.setCurrent(current);
        wad.getMetrics().add(m);
        return m;
    }

    ControlTest controlTest(WorkAsDone wad, String name, String control, Date testedOn, Person tester, TestResult result) {
        ControlTest t = b.named(W.createControlTest(), name, null);
        t.setControl(b.get(Control.class, control));
        t.setTestedOn(testedOn);
        t.setTester(tester);
        t.setResult(result);
        wad.getControlTests().add(t);
        return t;
    }

    ImprovementAction action(WorkAsDone wad, String name, Person sponsor, Party owner, ActionStatus status,
            Date dueOn, Identified... addresses) {
        ImprovementAction a = b.named(W.createImprovementAction(), name, null);
        a.setSponsor(sponsor);
        a.setOwner(owner);
        a.setStatus(status);
        a.setDueOn(dueOn);
        a.getAddresses().addAll(List.of(addresses));
        wad.getActions().add(a);
        return a;
    }

    ImplementationPlan plan(DovetailModel model, String name, Party owner, InformationSystem system, Date launchOn) {
        ImplementationPlan p = b.named(I.createImplementationPlan(), name, null);
        p.setOwner(owner);
        p.setSystem(system);
        p.setLaunchOn(launchOn);
        model.getImplementationPlans().add(p);
        return p;
    }

    StepChange change(ImplementationPlan plan, String step, ChangeKind kind, Party newOwner, String reason) {
        StepChange c = b.identify("StepChange/" + plan.getName() + "/" + step, I.createStepChange());
        c.setStep(b.get(Step.class, step));
        c.setChange(kind);
        c.setNewOwner(newOwner);
        c.setReason(reason);
        plan.getChanges().add(c);
        return c;
    }

    Milestone milestone(ImplementationPlan plan, String name, MilestoneKind kind, Party owner, Date dueOn, MilestoneStatus status,
            WorkflowProof proof) {
        Milestone m = b.named(I.createMilestone(), name, null);
        m.setKind(kind);
        m.setOwner(owner);
        m.setDueOn(dueOn);
        m.setStatus(status);
        m.setProof(proof);
        plan.getMilestones().add(m);
        return m;
    }

    WorkflowProof proof(String key, String summary, Date observedOn, Person recordedBy, String caseReference, Identified... evidence) {
        WorkflowProof p = b.identify("WorkflowProof/" + key, I.createWorkflowProof());
        p.setSummary(summary);
        p.setObservedOn(observedOn);
        p.setRecordedBy(recordedBy);
        p.setCaseReference(caseReference);
        p.getEvidence().addAll(List.of(evidence));
        return p;
    }
}
