package org.dovetail.rules.builtin.mapping;

import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.model.DovetailPackage;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinValidator;
import org.eclipse.emf.ecore.EObject;

/** A mapping nobody owns or nobody explains: when either side changes, nobody will check it still holds. */
public final class MappingOwnershipValidator extends BuiltinValidator implements ScopedCheck {

    public MappingOwnershipValidator() {
        super("governance.mapping-without-owner-or-rationale", Severity.WARNING, GovernancePackage.Literals.MAPPING);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Mapping mapping = (Mapping) element;
        boolean noOwner = mapping.getOwner() == null;
        boolean noRationale = mapping.getRationale() == null || mapping.getRationale().isBlank();
        if (noOwner || noRationale) {
            findings.on(mapping).variant(noOwner && noRationale ? "both" : noOwner ? "owner" : "rationale").args(mapping).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(DovetailPackage.Literals.OWNED__OWNER, GovernancePackage.Literals.MAPPING__RATIONALE).label();
    }
}
