package org.dovetail.rules.builtin.decision;

import java.util.List;

import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** A system role that may both create and approve in one system (directly, or because everyone may). */
public final class SegregationOfDutiesRule extends BuiltinRule implements ScopedCheck {

    public SegregationOfDutiesRule() {
        super("decision.segregation-of-duties", RuleCategory.DECISION_EVIDENCE_MISMATCH, Severity.ERROR, DigitalPackage.Literals.SYSTEM_ROLE);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        SystemRole role = (SystemRole) element;
        if (!(role.eContainer() instanceof InformationSystem system)) {
            return;
        }
        List<Permission> creates = held(role, system, PermissionAction.CREATE);
        List<Permission> approves = held(role, system, PermissionAction.APPROVE);
        if (!creates.isEmpty() && !approves.isEmpty()) {
            findings.on(role).args(role, creates.get(0), approves.get(0), system).related(creates).related(approves).report();
        }
    }

    private static List<Permission> held(SystemRole role, InformationSystem system, PermissionAction action) {
        return system.getPermissions().stream()
                .filter(p -> p.getAction() == action && (p.isGrantedToAll() || p.getGrantedTo().contains(role))).toList();
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().label();
        reads.element().container().label().follow(DigitalPackage.Literals.INFORMATION_SYSTEM__PERMISSIONS)
                .read(DigitalPackage.Literals.PERMISSION__ACTION, DigitalPackage.Literals.PERMISSION__GRANTED_TO_ALL,
                        DigitalPackage.Literals.PERMISSION__GRANTED_TO)
                .label();
    }
}
