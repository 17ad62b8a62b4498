package org.dovetail.rules.builtin.mapping;

import java.util.List;

import org.dovetail.model.digital.DigitalElement;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.governance.ArtifactReplacementMapping;
import org.dovetail.model.governance.ControlImplementationMapping;
import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinValidator;
import org.eclipse.emf.ecore.EObject;

/**
 * A mapping whose digital side cannot do what the process side needs: a read permission cannot enforce a decision;
 * a system role (who may act) does not handle an exception, implement a control or replace an artifact.
 */
public final class MappingTypeCompatibilityValidator extends BuiltinValidator implements ScopedCheck {

    public MappingTypeCompatibilityValidator() {
        super("governance.mapping-type-incompatible", Severity.ERROR, GovernancePackage.Literals.MAPPING);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Mapping mapping = (Mapping) element;
        List<? extends EObject> wrong = switch (mapping) {
            case DecisionPermissionMapping m -> m.getPermissions().stream().filter(p -> p.getAction() == PermissionAction.READ).toList();
            case ExceptionHandlingMapping m -> roles(m.getHandledBy());
            case ControlImplementationMapping m -> roles(m.getImplementedBy());
            case ArtifactReplacementMapping m -> roles(m.getReplacements());
            default -> List.of();
        };
        if (!wrong.isEmpty()) {
            String variant = wrong.get(0) instanceof Permission ? "read" : "role";
            findings.on(mapping).variant(variant).args(mapping, wrong).related(wrong).report();
        }
    }

    private static List<DigitalElement> roles(List<DigitalElement> elements) {
        return elements.stream().filter(SystemRole.class::isInstance).toList();
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().label();
        reads.element().follow(GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__PERMISSIONS)
                .read(DigitalPackage.Literals.PERMISSION__ACTION).label();
        reads.element().follow(GovernancePackage.Literals.EXCEPTION_HANDLING_MAPPING__HANDLED_BY).label();
        reads.element().follow(GovernancePackage.Literals.CONTROL_IMPLEMENTATION_MAPPING__IMPLEMENTED_BY).label();
        reads.element().follow(GovernancePackage.Literals.ARTIFACT_REPLACEMENT_MAPPING__REPLACEMENTS).label();
    }
}
