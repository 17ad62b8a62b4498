package org.dovetail.rules.builtin.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.Role;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.builtin.Mini;
import org.dovetail.rules.builtin.decision.HolderPermissionMismatchRule;
import org.dovetail.rules.engine.IncrementalValidator;
import org.dovetail.rules.engine.RuleEngine;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A check may read through an element that was removed from the model but is still referenced from it (EMF's
 * {@code EcoreUtil.remove} leaves references to it in place): a mapping still points at a removed decision right,
 * whose holder is still in the model. A later change to the holder's role mappings must reach the mapping by
 * walking back over the removed right's {@code holder} reference, which the model's own inverse index no longer
 * holds. Found by the property test with 2,000 extra seeds (seeds 20262014, 20262326, …).
 */
class RemovedElementReadsTest {

    private final Mini m = new Mini();
    private final Role controller = m.role("Controller");
    private final SystemRole controllerRole = m.systemRole("Z_CONTROLLER");
    private final SystemRole approverRole = m.systemRole("Z_APPROVER");
    private final RoleMapping roles = m.mapping(Mini.G.createRoleMapping(), "Controller roles");
    private final DecisionRight right = Mini.named(Mini.P.createDecisionRight(), "Approve large invoices");
    private final Permission release = m.permission("Release", PermissionAction.APPROVE, controllerRole, approverRole);
    private RuleEngine engine;
    private IncrementalValidator validator;

    @BeforeEach
    void attach() {
        Approval approve = m.step(Mini.P.createApproval(), "Approve");
        roles.setRole(controller);
        roles.getSystemRoles().addAll(List.of(controllerRole, approverRole));
        right.setHolder(controller);
        right.setDecision(approve);
        m.process.getDecisionRights().add(right);
        DecisionPermissionMapping mapping = m.mapping(Mini.G.createDecisionPermissionMapping(), "Release enforces the right");
        mapping.setDecisionRight(right);
        mapping.getPermissions().add(release);
        engine = RuleEngine.builder().checks(List.of(new HolderPermissionMismatchRule())).today(LocalDate.of(2026, 6, 1)).build();
        validator = engine.incremental();
        assertEquals(List.of(), elements(validator.attach(m.model).findings()));
        EcoreUtil.remove(right); // the mapping still points at it
        validator.revalidate();
        assertEquals(List.of(), elements(validator.result().findings()));
    }

    @AfterEach
    void detach() {
        validator.detach();
    }

    @Test
    void aRoleMappingChangeReachesAMappingThroughARemovedDecisionRight() {
        roles.getSystemRoles().remove(approverRole);
        validator.revalidate();
        assertEquals(List.of(release), elements(engine.validate(m.model).findings()), "the full run");
        assertEquals(List.of(release), elements(validator.result().findings()), "the incremental run");
    }

    @Test
    void deletingTheRoleMappingReachesAMappingThroughARemovedDecisionRight() {
        EcoreUtil.delete(roles, true);
        validator.revalidate();
        assertEquals(List.of(release), elements(engine.validate(m.model).findings()), "the full run");
        assertEquals(List.of(release), elements(validator.result().findings()), "the incremental run");
    }

    @Test
    void anElementRemovedBeforeAttachingIsFollowedToo() {
        validator.detach();
        validator.attach(m.model); // the right was outside the model from the start
        roles.getSystemRoles().remove(approverRole);
        validator.revalidate();
        assertEquals(List.of(release), elements(validator.result().findings()));
    }

    @Test
    void aRemovedElementThatReturnsIsFollowedAsPartOfTheModelAgain() {
        m.process.getDecisionRights().add(right); // back in the model (an undo)
        validator.revalidate();
        roles.getSystemRoles().remove(approverRole);
        validator.revalidate();
        assertEquals(List.of(release), elements(validator.result().findings()));
        right.setHolder(null);
        validator.revalidate();
        assertEquals(List.of(), elements(engine.validate(m.model).findings()));
        assertEquals(List.of(), elements(validator.result().findings()));
    }

    private static List<EObject> elements(List<RuleFinding> findings) {
        return findings.stream().map(RuleFinding::element).toList();
    }
}
