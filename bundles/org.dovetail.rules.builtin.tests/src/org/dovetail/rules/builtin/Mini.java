package org.dovetail.rules.builtin;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.dovetail.model.Cadence;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.dovetail.model.Person;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.implementation.ImplementationFactory;
import org.dovetail.model.implementation.ImplementationPlan;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.LearningSession;
import org.dovetail.model.workasdone.WorkAsDone;
import org.dovetail.model.workasdone.WorkAsDoneFactory;

/**
 * A small model to test one rule on: one process, one system with one workflow, and the containers for
 * governance, work as done and an implementation plan. Elements are created named, owned and complete unless a
 * test takes something away.
 */
public final class Mini {

    public static final ProcessFactory P = ProcessFactory.eINSTANCE;
    public static final DigitalFactory D = DigitalFactory.eINSTANCE;
    public static final GovernanceFactory G = GovernanceFactory.eINSTANCE;
    public static final WorkAsDoneFactory W = WorkAsDoneFactory.eINSTANCE;
    public static final ImplementationFactory I = ImplementationFactory.eINSTANCE;

    public final DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
    public final Person pat = DovetailFactory.eINSTANCE.createPerson();
    public final ProcessDomain processDomain = P.createProcessDomain();
    public final Process process = P.createProcess();
    public final InformationSystem system = D.createInformationSystem();
    public final Workflow workflow = D.createWorkflow();
    public final GovernanceModel governance = G.createGovernanceModel();
    public final WorkAsDone workAsDone = W.createWorkAsDone();
    public final LearningSession session = W.createLearningSession();
    public final EventLog log = W.createEventLog();
    public final ImplementationPlan plan = I.createImplementationPlan();

    public Mini() {
        model.getPeople().add(named(pat, "Pat"));
        model.setProcessDomain(processDomain);
        processDomain.getProcesses().add(named(process, "Process"));
        DigitalDomain digital = D.createDigitalDomain();
        model.setDigitalDomain(digital);
        digital.getSystems().add(named(system, "System"));
        system.getWorkflows().add(named(workflow, "Workflow"));
        model.setGovernance(governance);
        model.setWorkAsDone(workAsDone);
        workAsDone.getSessions().add(named(session, "Session"));
        workAsDone.getEventLogs().add(named(log, "Log"));
        model.getImplementationPlans().add(named(plan, "Plan"));
    }

    public static <T extends Element> T named(T element, String name) {
        element.setName(name);
        return element;
    }

    public static Date date(String iso) {
        return Date.from(LocalDate.parse(iso).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** Adds an owned step to the process. */
    public <S extends Step> S step(S step, String name) {
        step.setOwner(pat);
        process.getSteps().add(named(step, name));
        return step;
    }

    public Flow flow(Step from, Step to) {
        Flow f = P.createFlow();
        f.setSource(from);
        f.setTarget(to);
        process.getFlows().add(f);
        return f;
    }

    /** A state; the first one made is the workflow's initial state. */
    public WorkflowState state(String name) {
        WorkflowState s = named(D.createWorkflowState(), name);
        s.setKind(workflow.getStates().isEmpty() ? StateKind.INITIAL : StateKind.INTERMEDIATE);
        workflow.getStates().add(s);
        if (workflow.getInitialState() == null) {
            workflow.setInitialState(s);
        }
        return s;
    }

    public Transition transition(WorkflowState from, WorkflowState to) {
        Transition t = named(D.createTransition(), from.getName() + " to " + to.getName());
        t.setSource(from);
        t.setTarget(to);
        workflow.getTransitions().add(t);
        return t;
    }

    /** An owned, explained mapping. */
    public <M extends Mapping> M mapping(M mapping, String name) {
        mapping.setOwner(pat);
        mapping.setRationale("Checked with the process owner");
        governance.getMappings().add(named(mapping, name));
        return mapping;
    }

    public StepStateMapping map(Step step, WorkflowState... states) {
        StepStateMapping m = mapping(G.createStepStateMapping(), step.getName() + " mapping");
        m.setStep(step);
        m.getStates().addAll(List.of(states));
        return m;
    }

    public Role role(String name) {
        Role r = named(P.createRole(), name);
        processDomain.getRoles().add(r);
        return r;
    }

    public SystemRole systemRole(String name) {
        SystemRole r = named(D.createSystemRole(), name);
        system.getRoles().add(r);
        return r;
    }

    public Permission permission(String name, PermissionAction action, SystemRole... grantedTo) {
        Permission p = named(D.createPermission(), name);
        p.setAction(action);
        p.getGrantedTo().addAll(List.of(grantedTo));
        system.getPermissions().add(p);
        return p;
    }

    /** An owned field with a stated freshness. */
    public DataField field(String name, boolean mandatory) {
        DataField f = named(D.createDataField(), name);
        f.setMandatory(mandatory);
        f.setOwner(pat);
        f.setFreshness(Cadence.DAILY);
        system.getDataFields().add(f);
        return f;
    }

    public Automation automation(String name, AutomationKind kind) {
        Automation a = named(D.createAutomation(), name);
        a.setKind(kind);
        system.getAutomations().add(a);
        return a;
    }

    public EvidenceRequirement evidence(Step step, String name) {
        EvidenceRequirement e = named(P.createEvidenceRequirement(), name);
        step.getEvidence().add(e);
        return e;
    }

    public Control control(String name, boolean key) {
        Control c = named(P.createControl(), name);
        c.setKey(key);
        c.setOwner(pat);
        processDomain.getControls().add(c);
        return c;
    }
}
