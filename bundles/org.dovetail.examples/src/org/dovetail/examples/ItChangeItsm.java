package org.dovetail.examples;

import java.util.List;

import org.dovetail.model.Cadence;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Person;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DataType;
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

/** Work as enforced for the IT change example: the ITSM tool, the observability platform, the deployment pipeline. */
final class ItChangeItsm {

    private ItChangeItsm() {
    }

    static void build(ModelBuilder b, DovetailModel model) {
        Person maya = b.get(Person.class, "Maya Lindqvist");
        Person raj = b.get(Person.class, "Raj Patel");
        Person hannah = b.get(Person.class, "Hannah Brooks");
        Person felix = b.get(Person.class, "Felix Wagner");
        Person nina = b.get(Person.class, "Nina Sato");
        Person ben = b.get(Person.class, "Ben Carter");
        boolean fixed = b.corrected();
        DigitalBuilder d = new DigitalBuilder(b);

        DigitalDomain domain = b.named(DigitalFactory.eINSTANCE.createDigitalDomain(), "Platform tooling",
                "The ITSM tool and the engineering systems around it.");
        model.setDigitalDomain(domain);
        InformationSystem itsm = d.system(domain, "ServiceNow ITSM", "ServiceNow", "IT Service Management, Washington DC release", hannah);
        InformationSystem observability = d.system(domain, "Observability platform", "Example Observability", "Metrics, traces, service catalogue", ben);
        InformationSystem pipeline = d.system(domain, "Deployment pipeline", "GitLab", "GitLab CI/CD", ben);

        // ---- roles and permissions -------------------------------------------------------------
        SystemRole itil = d.systemRole(itsm, "itil", "Fulfiller (itil)");
        SystemRole manager = d.systemRole(itsm, "change_manager", "Change manager (ITSM)");
        SystemRole cabApprover = d.systemRole(itsm, "change_cab", "CAB approver (ITSM)");
        SystemRole serviceOwner = d.systemRole(itsm, "service_owner", "Service owner (ITSM)");
        d.systemRole(itsm, "security_reviewer", "Security reviewer (ITSM)");
        SystemRole desk = d.systemRole(itsm, "service_desk", "Service desk (ITSM)");

        Permission create = d.permission(itsm, "Create change request", PermissionAction.CREATE, itil);
        Permission assess = d.permission(itsm, "Assess change", PermissionAction.UPDATE, manager);
        // GAP decision and evidence mismatch (decision right held by role A, permission lets everyone): the CAB chair
        // holds the right to authorise, but the tool lets any user record the CAB approval. Together with "Create
        // change request" this is also the segregation-of-duties gap: an itil user can create and approve a change.
        Permission cabApprove = d.permission(itsm, "Approve change (CAB)", PermissionAction.APPROVE);
        if (fixed) {
            cabApprove.getGrantedTo().add(cabApprover);
        } else {
            cabApprove.setGrantedToAll(true);
        }
        Permission ownerApprove = d.permission(itsm, "Approve change (service owner)", PermissionAction.APPROVE, serviceOwner);
        Permission plan = d.permission(itsm, "Plan change schedule", PermissionAction.UPDATE, manager);
        Permission work = d.permission(itsm, "Work on change tasks", PermissionAction.EXECUTE, itil);
        Permission closePermission = d.permission(itsm, "Close change request", PermissionAction.UPDATE, manager);
        Permission cancel = d.permission(itsm, "Cancel change request", PermissionAction.UPDATE, manager, itil);
        Permission hold = d.permission(itsm, "Put change on hold", PermissionAction.UPDATE, itil);
        d.permission(itsm, "Read change schedule", PermissionAction.READ, desk, itil, manager);

        // ---- data fields -----------------------------------------------------------------------
        DataField shortDescription = d.field(itsm, "Short description", "Change request", DataType.TEXT, true, Cadence.PER_TRANSACTION, raj, null);
        DataField backoutText = d.field(itsm, "Backout plan text", "Change request", DataType.TEXT, true, Cadence.PER_TRANSACTION, raj, null);
        // GAP decision and evidence mismatch (evidence captured only by an optional field): test evidence is
        // mandatory in the procedure, optional in the tool.
        d.field(itsm, "Test results", "Change request", DataType.ATTACHMENT, fixed, Cadence.PER_TRANSACTION, raj, null);
        DataField riskLevel = d.field(itsm, "Risk level", "Change request", DataType.CODE, true, Cadence.PER_TRANSACTION, raj, null);
        DataField affectedCi = d.field(itsm, "Affected CI", "Change request", DataType.REFERENCE, true, Cadence.PER_TRANSACTION, hannah, null);
        // GAP data and exception mismatch (automated decision reads a field with no owner or freshness): the risk
        // score uses a failure rate that nobody owns or refreshes.
        DataField failureRate = d.field(itsm, "CI change failure rate", "Configuration item", DataType.NUMBER, false,
                fixed ? Cadence.DAILY : Cadence.UNSPECIFIED, fixed ? hannah : null, "Share of failed changes on the CI.");
        // GAP data and exception mismatch (same data in two systems with no source of truth): criticality lives in
        // the CMDB and as "service tier" in the observability platform; neither is declared authoritative.
        DataField criticality = d.field(itsm, "CI criticality", "Configuration item", DataType.CODE, true, Cadence.DAILY, felix, null);
        criticality.setSourceOfTruth(fixed);
        DataField tier = d.field(observability, "Service tier", "Service", DataType.CODE, true, Cadence.REAL_TIME, ben, null);
        criticality.getSameDataAs().add(tier);
        tier.getSameDataAs().add(criticality);
        d.field(itsm, "CAB approval history", "Change request", DataType.REFERENCE, true, Cadence.PER_TRANSACTION, raj, null);
        d.field(itsm, "Service owner approval history", "Change request", DataType.REFERENCE, true, Cadence.PER_TRANSACTION, felix, null);
        DataField plannedStart = d.field(itsm, "Planned start", "Change request", DataType.DATE, true, Cadence.PER_TRANSACTION, raj, null);
        DataField closeCode = d.field(itsm, "Close code", "Change request", DataType.CODE, true, Cadence.PER_TRANSACTION, raj, null);
        d.field(itsm, "Verification outcome", "Change task", DataType.CODE, true, Cadence.PER_TRANSACTION, ben, null);
        if (fixed) {
            d.field(itsm, "Security review outcome", "Change request", DataType.CODE, true, Cadence.PER_TRANSACTION, nina, null);
            d.field(itsm, "Freeze check flag", "Change request", DataType.FLAG, true, Cadence.PER_TRANSACTION, raj, null);
        }
        DataField deployment = d.field(pipeline, "Deployment record", "Deployment", DataType.REFERENCE, true, Cadence.REAL_TIME, ben, null);
        deployment.setSourceOfTruth(true);

        // ---- the normal change workflow --------------------------------------------------------
        Workflow wf = b.named(DigitalFactory.eINSTANCE.createWorkflow(), "Normal change (ITSM)", "The change_request state model.");
        wf.setBusinessObject("Change request");
        itsm.getWorkflows().add(wf);
        WorkflowState created = d.state(wf, "New", StateKind.INITIAL, null);
        WorkflowState assessing = d.state(wf, "Assess", StateKind.INTERMEDIATE, null);
        WorkflowState authorize = d.state(wf, "Authorize", StateKind.INTERMEDIATE, null);
        WorkflowState scheduled = d.state(wf, "Scheduled", StateKind.INTERMEDIATE, null);
        WorkflowState implementing = d.state(wf, "Implement", StateKind.INTERMEDIATE, null);
        // GAP workflow mismatch (state with no step, a shadow workflow): engineers park changes "On hold" while they
        // wait for a vendor; the procedure does not know the state (the corrected variant documents it).
        WorkflowState onHold = d.state(wf, "On hold", StateKind.INTERMEDIATE, "Waiting, outside the documented flow.");
        WorkflowState review = d.state(wf, "Review", StateKind.INTERMEDIATE, null);
        WorkflowState verified = d.state(wf, "Verified", StateKind.INTERMEDIATE, null);
        WorkflowState closed = d.state(wf, "Closed", StateKind.FINAL, null);
        WorkflowState canceled = d.state(wf, "Canceled", StateKind.FINAL, null);

        d.transition(wf, "Request assessment", created, assessing, create, false, "backout plan present");
        d.transition(wf, "Request authorisation", assessing, authorize, assess, false, "risk level set");
        // GAP workflow mismatch (a path that skips a required approval state): a change flagged as pre-approved goes
        // from Assess straight to Implement, whatever its risk.
        if (!fixed) {
            d.transition(wf, "Implement pre-approved change", assessing, implementing, work, false, "change flagged as pre-approved");
        }
        d.transition(wf, "Send back for information", authorize, assessing, cabApprove, false, null);
        // GAP decision and evidence mismatch (approval required but the transition has no approval guard): moving
        // out of Authorize is a plain state change; the tool records no approval.
        Transition authorizeTransition = d.transition(wf, "Authorize", authorize, scheduled, cabApprove, fixed, null);
        d.transition(wf, "Reject change", authorize, canceled, cabApprove, false, null);
        d.transition(wf, "Cancel change", created, canceled, cancel, false, null);
        d.transition(wf, "Cancel during assessment", assessing, canceled, cancel, false, null);
        d.transition(wf, "Start implementation", scheduled, implementing, work, false, "planned start reached");
        d.transition(wf, "Put on hold", implementing, onHold, hold, false, null);
        d.transition(wf, "Resume", onHold, implementing, hold, false, null);
        d.transition(wf, "Roll back", implementing, scheduled, work, false, "verification failed");
        if (fixed) {
            d.transition(wf, "Record verification", implementing, verified, work, false, null);
            d.transition(wf, "Complete review", verified, review, closePermission, false, null);
            d.transition(wf, "Close", review, closed, closePermission, false, "close code set");
        } else {
            // GAP workflow mismatch (order of states differs from order of steps): the tool asks for the review
            // before the verification result; the procedure verifies first.
            d.transition(wf, "Complete implementation", implementing, review, work, false, null);
            d.transition(wf, "Record verification", review, verified, work, false, null);
            d.transition(wf, "Close", verified, closed, closePermission, false, "close code set");
        }
        d.transition(wf, "Approve for the service", authorize, authorize, ownerApprove, true, "business-critical CI affected");

        // ---- the standard change workflow ------------------------------------------------------
        Workflow std = b.named(DigitalFactory.eINSTANCE.createWorkflow(), "Standard change (ITSM)", "Catalogue templates, pre-approved.");
        std.setBusinessObject("Standard change request");
        itsm.getWorkflows().add(std);
        WorkflowState stdNew = d.state(std, "Standard requested", StateKind.INITIAL, null);
        WorkflowState stdRunning = d.state(std, "Standard in progress", StateKind.INTERMEDIATE, null);
        WorkflowState stdClosed = d.state(std, "Standard closed", StateKind.FINAL, null);
        d.transition(std, "Start standard change", stdNew, stdRunning, work, false, "template is active");
        d.transition(std, "Close standard change", stdRunning, stdClosed, work, false, null);

        // ---- automations, reports, integrations ------------------------------------------------
        // GAP workflow redesign (AI recommendation with no human review point or override owner): the prediction
        // sets the risk level that decides whether the CAB sees the change; nobody reviews or may override it.
        d.automation(itsm, "AI change risk prediction", AutomationKind.AI_RECOMMENDATION, hannah,
                List.of(shortDescription, affectedCi), List.of(riskLevel), List.of(), fixed ? assessing : null, fixed ? raj : null);
        d.automation(itsm, "Risk score calculation", AutomationKind.BUSINESS_RULE, raj,
                List.of(failureRate, criticality), List.of(riskLevel), List.of(), null, raj);
        d.automation(itsm, "Backout plan check", AutomationKind.BUSINESS_RULE, hannah,
                List.of(backoutText), List.of(), List.of(b.get(Transition.class, "Request assessment")), null, raj);
        if (fixed) {
            d.automation(itsm, "Emergency CAB notification", AutomationKind.BOT, raj, List.of(riskLevel), List.of(),
                    List.of(), null, raj);
            d.automation(itsm, "Freeze window check", AutomationKind.BUSINESS_RULE, hannah, List.of(plannedStart),
                    List.of(b.get(DataField.class, "Freeze check flag")), List.of(authorizeTransition), null, raj);
        }
        d.report(itsm, "Change success report", raj, Cadence.MONTHLY, closeCode);
        d.report(itsm, "Emergency change report", raj, Cadence.MONTHLY, riskLevel, closeCode);
        d.report(itsm, "CAB agenda", raj, Cadence.WEEKLY, riskLevel, plannedStart);
        d.report(itsm, "Standard change report", maya, Cadence.MONTHLY, closeCode);
        d.integration(domain, "Deployment events to ITSM", pipeline, itsm, Cadence.REAL_TIME, ben, deployment);
        d.integration(domain, "Service catalogue sync", itsm, observability, Cadence.DAILY, hannah, criticality);
    }
}
