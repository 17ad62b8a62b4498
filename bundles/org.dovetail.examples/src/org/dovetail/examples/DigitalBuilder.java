package org.dovetail.examples;

import java.util.List;

import org.dovetail.model.Cadence;
import org.dovetail.model.Party;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DataType;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Integration;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.Report;
import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;

/** Concise construction of the Digital Domain of an example: systems and what they enforce. */
final class DigitalBuilder {

    private final ModelBuilder b;

    DigitalBuilder(ModelBuilder b) {
        this.b = b;
    }

    SystemRole systemRole(InformationSystem system, String technicalName, String name) {
        SystemRole r = b.named(DigitalFactory.eINSTANCE.createSystemRole(), name, null);
        r.setTechnicalName(technicalName);
        system.getRoles().add(r);
        return r;
    }

    Permission permission(InformationSystem system, String name, PermissionAction action, SystemRole... grantedTo) {
        Permission p = b.named(DigitalFactory.eINSTANCE.createPermission(), name, null);
        p.setAction(action);
        p.getGrantedTo().addAll(List.of(grantedTo));
        system.getPermissions().add(p);
        return p;
    }

    WorkflowState state(Workflow workflow, String name, StateKind kind, String description) {
        WorkflowState s = b.named(DigitalFactory.eINSTANCE.createWorkflowState(), name, description);
        s.setKind(kind);
        workflow.getStates().add(s);
        if (kind == StateKind.INITIAL) {
            workflow.setInitialState(s);
        }
        return s;
    }

    Transition transition(Workflow workflow, String name, WorkflowState from, WorkflowState to,
            Permission permission, boolean approvalRequired, String guard) {
        Transition t = b.named(DigitalFactory.eINSTANCE.createTransition(), name, null);
        t.setSource(from);
        t.setTarget(to);
        t.setRequiredPermission(permission);
        t.setApprovalRequired(approvalRequired);
        t.setGuard(guard);
        workflow.getTransitions().add(t);
        return t;
    }

    /** A transition the system takes by itself. */
    Transition automatic(Workflow workflow, String name, WorkflowState from, WorkflowState to, String guard) {
        Transition t = transition(workflow, name, from, to, null, false, guard);
        t.setAutomatic(true);
        return t;
    }

    /** A validated data field; {@code owner} and {@code freshness} may be left out deliberately. */
    DataField field(InformationSystem system, String name, String entity, DataType type, boolean mandatory,
            Cadence freshness, Party owner, String description) {
        DataField f = b.named(DigitalFactory.eINSTANCE.createDataField(), name, description);
        f.setEntity(entity);
        f.setDataType(type);
        f.setMandatory(mandatory);
        f.setValidated(mandatory);
        f.setFreshness(freshness);
        f.setOwner(owner);
        system.getDataFields().add(f);
        return f;
    }

    InformationSystem system(DigitalDomain domain, String name, String vendor, String product,
            Party owner) {
        InformationSystem s = b.named(DigitalFactory.eINSTANCE.createInformationSystem(), name, null);
        s.setVendor(vendor);
        s.setProduct(product);
        s.setOwner(owner);
        domain.getSystems().add(s);
        return s;
    }

    Automation automation(InformationSystem system, String name, AutomationKind kind, Party owner,
            List<DataField> reads, List<DataField> writes, List<Transition> fires, WorkflowState reviewPoint, Party overrideOwner) {
        Automation a = b.named(DigitalFactory.eINSTANCE.createAutomation(), name, null);
        a.setKind(kind);
        a.setOwner(owner);
        a.getReads().addAll(reads);
        a.getWrites().addAll(writes);
        a.getFires().addAll(fires);
        a.setReviewPoint(reviewPoint);
        a.setOverrideOwner(overrideOwner);
        system.getAutomations().add(a);
        return a;
    }

    Report report(InformationSystem system, String name, Party owner, Cadence frequency, DataField... uses) {
        Report r = b.named(DigitalFactory.eINSTANCE.createReport(), name, null);
        r.setOwner(owner);
        r.setFrequency(frequency);
        r.getUses().addAll(List.of(uses));
        system.getReports().add(r);
        return r;
    }

    Integration integration(DigitalDomain domain, String name, InformationSystem source,
            InformationSystem target, Cadence frequency, Party owner, DataField... carries) {
        Integration i = b.named(DigitalFactory.eINSTANCE.createIntegration(), name, null);
        i.setSource(source);
        i.setTarget(target);
        i.setFrequency(frequency);
        i.setOwner(owner);
        i.getCarries().addAll(List.of(carries));
        domain.getIntegrations().add(i);
        return i;
    }
}
