package org.dovetail.rules.builtin.mapping;

import java.util.List;

import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinValidator;
import org.eclipse.emf.ecore.EObject;

/**
 * A role that performs system-supported steps but is mapped to no system role: nobody can say whether the system
 * lets the right people do the work.
 */
public final class RoleCoverageValidator extends BuiltinValidator implements ScopedCheck {

    public RoleCoverageValidator() {
        super("governance.role-unmapped", Severity.INFO, ProcessPackage.Literals.ROLE);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Role role = (Role) element;
        List<Step> steps = context.referrers(role, ProcessPackage.Literals.STEP__PERFORMER, Step.class).stream()
                .filter(s -> !s.isManual()).toList();
        if (!steps.isEmpty() && context.referrers(role, GovernancePackage.Literals.ROLE_MAPPING__ROLE, RoleMapping.class).stream()
                .allMatch(m -> m.getSystemRoles().isEmpty())) {
            findings.on(role).args(role, steps).related(steps).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().label();
        reads.element().referrers(ProcessPackage.Literals.STEP__PERFORMER).read(ProcessPackage.Literals.STEP__MANUAL).label();
        reads.element().referrers(GovernancePackage.Literals.ROLE_MAPPING__ROLE).read(GovernancePackage.Literals.ROLE_MAPPING__SYSTEM_ROLES);
    }
}
