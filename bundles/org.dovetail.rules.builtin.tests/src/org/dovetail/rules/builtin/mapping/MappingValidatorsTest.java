package org.dovetail.rules.builtin.mapping;

import static org.dovetail.rules.builtin.Checks.assertFinds;
import static org.dovetail.rules.builtin.Checks.assertNothing;
import static org.dovetail.rules.builtin.Checks.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Role;
import org.dovetail.rules.builtin.Mini;
import org.junit.jupiter.api.Test;

class MappingValidatorsTest {

    private final Mini m = new Mini();
    private final Approval approve = m.step(Mini.P.createApproval(), "Approve");
    private final Role controller = m.role("Controller");

    private DecisionRight right() {
        DecisionRight right = Mini.named(Mini.P.createDecisionRight(), "Approve invoices");
        right.setHolder(controller);
        right.setDecision(approve);
        m.process.getDecisionRights().add(right);
        return right;
    }

    @Test
    void mappingWithoutOwnerOrRationale() {
        StepStateMapping mapping = m.map(approve, m.state("Awaiting approval"));
        assertNothing(new MappingOwnershipValidator(), m);

        mapping.setRationale(" ");
        assertTrue(only(new MappingOwnershipValidator(), m).message().endsWith("has no rationale"));
        mapping.setOwner(null);
        assertEquals("Mapping \"Approve mapping\" has no owner and no rationale", only(new MappingOwnershipValidator(), m).message());
        mapping.setRationale("Approval is this state");
        assertFinds(new MappingOwnershipValidator(), m, mapping);
    }

    @Test
    void mappingTypeIncompatible() {
        DecisionPermissionMapping decision = m.mapping(Mini.G.createDecisionPermissionMapping(), "Decision enforced");
        decision.setDecisionRight(right());
        Permission display = m.permission("Display invoice", PermissionAction.READ);
        decision.getPermissions().add(m.permission("Release invoice", PermissionAction.APPROVE));
        assertNothing(new MappingTypeCompatibilityValidator(), m);

        decision.getPermissions().add(display);
        assertTrue(only(new MappingTypeCompatibilityValidator(), m).message().contains("read permissions (Display invoice)"));
        decision.getPermissions().remove(display);

        ExceptionPath variance = Mini.named(Mini.P.createExceptionPath(), "Variance");
        m.process.getExceptionPaths().add(variance);
        ExceptionHandlingMapping handling = m.mapping(Mini.G.createExceptionHandlingMapping(), "Variance handling");
        handling.setExceptionPath(variance);
        SystemRole buyer = m.systemRole("Buyer");
        handling.getHandledBy().add(buyer);
        assertFinds(new MappingTypeCompatibilityValidator(), m, handling);
        handling.getHandledBy().set(0, m.state("Blocked for price"));
        assertNothing(new MappingTypeCompatibilityValidator(), m);
    }

    @Test
    void decisionRightUnenforced() {
        DecisionRight right = right();
        assertFinds(new DecisionRightCoverageValidator(), m, right);

        DecisionPermissionMapping mapping = m.mapping(Mini.G.createDecisionPermissionMapping(), "Decision enforced");
        mapping.setDecisionRight(right);
        mapping.getPermissions().add(m.permission("Release invoice", PermissionAction.APPROVE));
        assertNothing(new DecisionRightCoverageValidator(), m);
        m.governance.getMappings().remove(mapping);
        approve.setManual(true);
        assertNothing(new DecisionRightCoverageValidator(), m);
    }

    @Test
    void roleUnmapped() {
        assertNothing(new RoleCoverageValidator(), m);

        approve.setPerformer(controller);
        assertFinds(new RoleCoverageValidator(), m, controller);
        RoleMapping mapping = m.mapping(Mini.G.createRoleMapping(), "Controller roles");
        mapping.setRole(controller);
        mapping.getSystemRoles().add(m.systemRole("Z_CONTROLLER"));
        assertNothing(new RoleCoverageValidator(), m);
    }
}
