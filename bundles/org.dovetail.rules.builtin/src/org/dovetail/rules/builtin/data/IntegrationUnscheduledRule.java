package org.dovetail.rules.builtin.data;

import org.dovetail.model.Cadence;
import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.Integration;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.builtin.BuiltinRule;
import org.eclipse.emf.ecore.EObject;

/** An integration that copies data between systems with no stated frequency: nobody knows how stale the copy may be. */
public final class IntegrationUnscheduledRule extends BuiltinRule implements ScopedCheck {

    public IntegrationUnscheduledRule() {
        super("data.integration-unscheduled", RuleCategory.DATA_EXCEPTION_MISMATCH, Severity.INFO, DigitalPackage.Literals.INTEGRATION);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Integration integration = (Integration) element;
        if (!integration.getCarries().isEmpty() && (integration.getFrequency() == null || integration.getFrequency() == Cadence.UNSPECIFIED)) {
            findings.on(integration).args(integration, integration.getSource(), integration.getTarget(), integration.getCarries())
                    .related(integration.getCarries()).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.labelsOnlyAsArguments(); // labels only name elements in the texts, as message arguments
        reads.element().read(DigitalPackage.Literals.INTEGRATION__FREQUENCY).label();
        reads.element().follow(DigitalPackage.Literals.INTEGRATION__SOURCE).label();
        reads.element().follow(DigitalPackage.Literals.INTEGRATION__TARGET).label();
        reads.element().follow(DigitalPackage.Literals.INTEGRATION__CARRIES).label();
    }
}
