package org.dovetail.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.EvidenceFieldMapping;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.PolicyControlMapping;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Stage;
import org.dovetail.model.process.Step;

/**
 * Generates models of a given size with the shape of real ones: many processes (stages, steps of every kind, flows,
 * evidence), each supported by a system (a workflow with states and transitions, roles, permissions, data fields,
 * automations), joined by governance mappings, with a realistic fraction of gaps (about one element in ten misses
 * an owner, a mapping, a control, a mandatory field or a review point). Deterministic for a seed.
 */
public final class ModelGenerator {

    private static final ProcessFactory PF = ProcessFactory.eINSTANCE;
    private static final DigitalFactory DF = DigitalFactory.eINSTANCE;
    private static final GovernanceFactory GF = GovernanceFactory.eINSTANCE;

    private final Random random;
    private final DovetailModel model;
    private final ProcessDomain processes;
    private final DigitalDomain digital;
    private final GovernanceModel governance;
    private int count;
    private int id;

    private ModelGenerator(long seed) {
        random = new Random(seed);
        model = DovetailFactory.eINSTANCE.createDovetailModel();
        model.setName("Generated");
        processes = PF.createProcessDomain();
        digital = DF.createDigitalDomain();
        governance = GF.createGovernanceModel();
        model.setProcessDomain(processes);
        model.setDigitalDomain(digital);
        model.setGovernance(governance);
        count = 4;
    }

    /** A model of about {@code elements} elements (all objects of the containment tree, root included). */
    public static DovetailModel generate(int elements, long seed) {
        ModelGenerator g = new ModelGenerator(seed);
        int unit = 0;
        while (g.count < elements) {
            g.unit(unit++);
        }
        return g.model;
    }

    private <T extends org.dovetail.model.Element> T named(T element, String name) {
        element.setId("g" + id++);
        element.setName(name);
        count++;
        return element;
    }

    private boolean gap(double probability) {
        return random.nextDouble() < probability;
    }

    /** One process and the system that supports it, with their mappings: about 160 elements. */
    private void unit(int n) {
        // Roles, policies and controls of the process domain.
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Role role = named(PF.createRole(), "Role " + n + "." + i);
            processes.getRoles().add(role);
            roles.add(role);
        }
        List<Policy> policies = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Policy policy = named(PF.createPolicy(), "Policy " + n + "." + i);
            policy.setOwner(roles.get(0));
            processes.getPolicies().add(policy);
            policies.add(policy);
            Control control = named(PF.createControl(), "Control " + n + "." + i);
            control.setOwner(roles.get(1));
            processes.getControls().add(control);
            controls.add(control);
        }

        Process process = named(PF.createProcess(), "Process " + n);
        process.setOwner(roles.get(0));
        processes.getProcesses().add(process);
        Stage[] stages = {named(PF.createStage(), "Intake " + n), named(PF.createStage(), "Approval " + n)};
        for (Stage s : stages) {
            s.setOwner(gap(0.05) ? null : roles.get(1));
            process.getStages().add(s);
        }

        // The system: one workflow, its roles, permissions, fields and automations.
        InformationSystem system = named(DF.createInformationSystem(), "System " + n);
        system.setOwner(roles.get(2));
        digital.getSystems().add(system);
        Workflow workflow = named(DF.createWorkflow(), "Workflow " + n);
        system.getWorkflows().add(workflow);
        List<WorkflowState> states = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            WorkflowState state = named(DF.createWorkflowState(), "State " + n + "." + i);
            workflow.getStates().add(state);
            states.add(state);
        }
        workflow.setInitialState(states.get(0));
        List<SystemRole> systemRoles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SystemRole r = named(DF.createSystemRole(), "System role " + n + "." + i);
            system.getRoles().add(r);
            systemRoles.add(r);
        }
        List<Permission> permissions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Permission p = named(DF.createPermission(), "Permission " + n + "." + i);
            p.setAction(PermissionAction.values()[i % PermissionAction.values().length]);
            p.getGrantedTo().add(systemRoles.get(i % 3));
            system.getPermissions().add(p);
            permissions.add(p);
        }
        for (int i = 0; i < 14; i++) {
            Transition t = named(DF.createTransition(), "Transition " + n + "." + i);
            t.setSource(states.get(i % 11));
            t.setTarget(states.get(i % 11 + 1));
            t.setRequiredPermission(permissions.get(i % 5));
            workflow.getTransitions().add(t);
        }
        List<DataField> fields = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            DataField f = named(DF.createDataField(), "Field " + n + "." + i);
            f.setMandatory(!gap(0.2));
            f.setOwner(roles.get(3));
            system.getDataFields().add(f);
            fields.add(f);
        }
        for (int i = 0; i < 3; i++) {
            Automation a = named(DF.createAutomation(), "Automation " + n + "." + i);
            a.setKind(i == 0 ? AutomationKind.AI_RECOMMENDATION : AutomationKind.values()[random.nextInt(AutomationKind.values().length)]);
            a.setReviewPoint(gap(0.15) ? null : states.get(5));
            a.setOverrideOwner(gap(0.1) ? null : roles.get(1));
            a.getReads().add(fields.get(i));
            a.getWrites().add(fields.get(i + 3));
            system.getAutomations().add(a);
        }

        // Steps with evidence and flows, and their mappings.
        Step previous = null;
        for (int i = 0; i < 20; i++) {
            Step step = switch (i % 5) {
                case 0, 1 -> PF.createTask();
                case 2 -> PF.createApproval();
                case 3 -> PF.createDecision();
                default -> PF.createCheck();
            };
            named(step, "Step " + n + "." + i);
            step.setOwner(gap(0.05) ? null : roles.get(i % 4));
            step.setPerformer(roles.get((i + 1) % 4));
            step.setManual(gap(0.1));
            process.getSteps().add(step);
            stages[i < 10 ? 0 : 1].getSteps().add(step);
            if (previous != null) {
                Flow flow = PF.createFlow();
                flow.setId("g" + id++);
                count++;
                flow.setSource(previous);
                flow.setTarget(step);
                process.getFlows().add(flow);
            }
            previous = step;
            if (!gap(0.1)) {
                StepStateMapping m = named(GF.createStepStateMapping(), "Step " + n + "." + i + " ↔ state");
                m.setStep(step);
                if (!gap(0.05)) {
                    m.getStates().add(states.get(i % 12));
                }
                m.setOwner(roles.get(0));
                governance.getMappings().add(m);
            }
            if (i % 2 == 0) {
                EvidenceRequirement evidence = named(PF.createEvidenceRequirement(), "Evidence " + n + "." + i);
                evidence.setMandatory(!gap(0.3));
                step.getEvidence().add(evidence);
                if (!gap(0.1)) {
                    EvidenceFieldMapping m = named(GF.createEvidenceFieldMapping(), "Evidence " + n + "." + i + " ↔ field");
                    m.setEvidence(evidence);
                    m.getFields().add(fields.get(i % 12));
                    m.setOwner(roles.get(0));
                    governance.getMappings().add(m);
                }
            }
        }
        for (int i = 0; i < 2; i++) {
            if (!gap(0.15)) {
                PolicyControlMapping m = named(GF.createPolicyControlMapping(), "Policy " + n + "." + i + " ↔ control");
                m.setPolicy(policies.get(i));
                if (!gap(0.1)) {
                    m.getControls().add(controls.get(i));
                }
                m.setOwner(roles.get(0));
                governance.getMappings().add(m);
            }
        }
        for (int i = 0; i < 3; i++) {
            RoleMapping m = named(GF.createRoleMapping(), "Role " + n + "." + i + " ↔ system role");
            m.setRole(roles.get(i));
            m.getSystemRoles().add(systemRoles.get(i));
            governance.getMappings().add(m);
        }
    }
}
