package org.dovetail.rules.builtin.decision;

import static org.dovetail.rules.builtin.Checks.assertFinds;
import static org.dovetail.rules.builtin.Checks.assertNothing;
import static org.dovetail.rules.builtin.Checks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.EvidenceFieldMapping;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Task;
import org.dovetail.rules.builtin.Mini;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    private final Mini m = new Mini();

    @Test
    void holderPermissionMismatch() {
        Approval approve = m.step(Mini.P.createApproval(), "Approve");
        Role controller = m.role("Controller");
        SystemRole controllerRole = m.systemRole("Z_CONTROLLER");
        SystemRole approverRole = m.systemRole("Z_APPROVER");
        RoleMapping roles = m.mapping(Mini.G.createRoleMapping(), "Controller roles");
        roles.setRole(controller);
        roles.getSystemRoles().add(controllerRole);
        DecisionRight right = Mini.named(Mini.P.createDecisionRight(), "Approve large invoices");
        right.setHolder(controller);
        right.setDecision(approve);
        m.process.getDecisionRights().add(right);
        Permission release = m.permission("Release", PermissionAction.APPROVE, controllerRole);
        DecisionPermissionMapping mapping = m.mapping(Mini.G.createDecisionPermissionMapping(), "Release enforces the right");
        mapping.setDecisionRight(right);
        mapping.getPermissions().add(release);
        assertNothing(new HolderPermissionMismatchRule(), m);

        release.getGrantedTo().add(approverRole);
        assertFinds(new HolderPermissionMismatchRule(), m, release);
        assertTrue(only(new HolderPermissionMismatchRule(), m).message().endsWith("is also granted to Z_APPROVER"));

        release.getGrantedTo().remove(approverRole);
        release.setGrantedToAll(true);
        assertTrue(only(new HolderPermissionMismatchRule(), m).message().endsWith("is granted to everyone"));
    }

    @Test
    void approvalWithoutGuard() {
        Approval approve = m.step(Mini.P.createApproval(), "Approve");
        Task post = m.step(Mini.P.createTask(), "Post");
        m.flow(approve, post);
        WorkflowState approving = m.state("Awaiting approval");
        WorkflowState posted = m.state("Posted");
        m.map(approve, approving);
        m.map(post, posted);
        Transition release = m.transition(approving, posted);
        assertFinds(new ApprovalWithoutGuardRule(), m, release);

        release.setApprovalRequired(true);
        assertNothing(new ApprovalWithoutGuardRule(), m);
    }

    @Test
    void segregationOfDuties() {
        SystemRole clerk = m.systemRole("Clerk");
        SystemRole approver = m.systemRole("Approver");
        m.permission("Create invoice", PermissionAction.CREATE, clerk);
        Permission approve = m.permission("Approve invoice", PermissionAction.APPROVE, approver);
        assertNothing(new SegregationOfDutiesRule(), m);

        approve.setGrantedToAll(true);
        assertFinds(new SegregationOfDutiesRule(), m, clerk);
        approve.setGrantedToAll(false);
        approve.getGrantedTo().add(clerk);
        assertFinds(new SegregationOfDutiesRule(), m, clerk);
    }

    @Test
    void evidenceNotCaptured() {
        Task check = m.step(Mini.P.createTask(), "Check variance");
        EvidenceRequirement justification = m.evidence(check, "Justification");
        assertEquals("Mandatory evidence \"Justification\" of \"Check variance\" is captured by no data field",
                only(new EvidenceNotCapturedRule(), m).message());

        DataField reason = m.field("Variance reason", false);
        EvidenceFieldMapping mapping = m.mapping(Mini.G.createEvidenceFieldMapping(), "Reason holds the justification");
        mapping.setEvidence(justification);
        mapping.getFields().add(reason);
        assertTrue(only(new EvidenceNotCapturedRule(), m).message().endsWith("is captured only by optional fields (Variance reason)"));

        reason.setMandatory(true);
        assertNothing(new EvidenceNotCapturedRule(), m);
        reason.setMandatory(false);
        check.setManual(true);
        assertNothing(new EvidenceNotCapturedRule(), m);
        check.setManual(false);
        justification.setMandatory(false);
        assertNothing(new EvidenceNotCapturedRule(), m);
    }

    @Test
    void approvalWithoutPermission() {
        Transition release = m.transition(m.state("Awaiting approval"), m.state("Released"));
        assertNothing(new ApprovalWithoutPermissionRule(), m);

        release.setApprovalRequired(true);
        assertFinds(new ApprovalWithoutPermissionRule(), m, release);
        release.setRequiredPermission(m.permission("Release", PermissionAction.APPROVE));
        assertNothing(new ApprovalWithoutPermissionRule(), m);
    }

}
