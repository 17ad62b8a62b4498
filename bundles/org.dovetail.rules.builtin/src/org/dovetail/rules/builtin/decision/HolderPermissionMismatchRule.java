package org.dovetail.rules.builtin.decision;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/**
 * The process gives a decision to role A, but a permission enforcing it is granted to everyone or to a system role
 * that no role mapping derives from A.
 */
public final class HolderPermissionMismatchRule extends BuiltinRule implements ScopedCheck {

    public HolderPermissionMismatchRule() {
        super("decision.holder-permission-mismatch", RuleCategory.DECISION_EVIDENCE_MISMATCH, Severity.ERROR,
                GovernancePackage.Literals.DECISION_PERMISSION_MAPPING);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        DecisionPermissionMapping mapping = (DecisionPermissionMapping) element;
        DecisionRight right = mapping.getDecisionRight();
        if (right == null || right.getHolder() == null) {
            return;
        }
        Set<SystemRole> allowed = new HashSet<>();
        context.referrers(right.getHolder(), GovernancePackage.Literals.ROLE_MAPPING__ROLE, RoleMapping.class)
                .forEach(r -> allowed.addAll(r.getSystemRoles()));
        for (Permission p : mapping.getPermissions()) {
            if (p.isGrantedToAll()) {
                findings.on(p).variant("everyone").args(p, right, right.getHolder()).related(right, mapping).report();
            } else if (!allowed.containsAll(p.getGrantedTo())) {
                List<SystemRole> others = p.getGrantedTo().stream().filter(r -> !allowed.contains(r)).toList();
                findings.on(p).args(p, right, right.getHolder(), others).related(right, mapping).related(others).report();
            }
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__DECISION_RIGHT,
                GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__PERMISSIONS).label(); // a failure names the mapping
        reads.element().follow(GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__DECISION_RIGHT)
                .read(ProcessPackage.Literals.DECISION_RIGHT__HOLDER).label();
        reads.element().follow(GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__DECISION_RIGHT)
                .follow(ProcessPackage.Literals.DECISION_RIGHT__HOLDER).label()
                .referrers(GovernancePackage.Literals.ROLE_MAPPING__ROLE).read(GovernancePackage.Literals.ROLE_MAPPING__SYSTEM_ROLES);
        reads.element().follow(GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__PERMISSIONS)
                .read(DigitalPackage.Literals.PERMISSION__GRANTED_TO_ALL, DigitalPackage.Literals.PERMISSION__GRANTED_TO).label()
                .follow(DigitalPackage.Literals.PERMISSION__GRANTED_TO).label();
    }
}
