package org.dovetail.rules.example;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RiskRule;
import org.dovetail.rules.api.RulePack;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * One ERP's permission scheme: in an SAP-like system, roles in the customer namespace (technical names starting
 * {@code Z_} or {@code Y_}) are built by the customer, not delivered by the vendor, and are where create and
 * release rights end up in one role. Reports such a role that may both create a document and post or approve it.
 */
public final class SapCustomRoleRule implements RiskRule {

    public static final String ID = "example.sap-custom-role-create-and-release";

    /** The customer namespace of SAP role names. */
    private static final Pattern CUSTOM_ROLE = Pattern.compile("[ZY]_.+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleCategory category() {
        return RuleCategory.DECISION_EVIDENCE_MISMATCH;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public Set<EClass> appliesTo() {
        return Set.of(DigitalPackage.Literals.SYSTEM_ROLE);
    }

    @Override
    public RulePack pack() {
        return ExamplePack.PACK;
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        SystemRole role = (SystemRole) element;
        if (role.getTechnicalName() == null || !CUSTOM_ROLE.matcher(role.getTechnicalName()).matches()
                || !(role.eContainer() instanceof InformationSystem system)) {
            return;
        }
        List<Permission> creates = held(role, system, Set.of(PermissionAction.CREATE));
        List<Permission> releases = held(role, system, Set.of(PermissionAction.POST, PermissionAction.APPROVE));
        if (!creates.isEmpty() && !releases.isEmpty()) {
            findings.on(role).args(role.getTechnicalName(), creates.get(0), releases.get(0), system)
                    .related(creates).related(releases).report();
        }
    }

    private static List<Permission> held(SystemRole role, InformationSystem system, Set<PermissionAction> actions) {
        return system.getPermissions().stream()
                .filter(p -> actions.contains(p.getAction()) && (p.isGrantedToAll() || p.getGrantedTo().contains(role))).toList();
    }
}
