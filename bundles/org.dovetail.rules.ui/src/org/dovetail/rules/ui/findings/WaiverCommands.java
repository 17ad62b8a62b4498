package org.dovetail.rules.ui.findings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Identified;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.RiskResponse;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The model change of a waiver: a governance {@link Waiver} for the finding's rule and element, undoable. */
final class WaiverCommands {

    private WaiverCommands() {
    }

    /** Adds the waiver to the model's governance (creating the governance part if the model has none yet). */
    static Command create(EditingDomain domain, RuleFinding finding, WaiveDialog.Values values) {
        return create(domain, finding, values, LocalDate.now(ZoneOffset.UTC));
    }

    static Command create(EditingDomain domain, RuleFinding finding, WaiveDialog.Values values, LocalDate today) {
        if (!(finding.element() instanceof Identified element)
                || !(EcoreUtil.getRootContainer(element) instanceof DovetailModel model)) {
            throw new IllegalArgumentException("Only a finding on an element of a Dovetail model can be waived");
        }
        Waiver waiver = GovernanceFactory.eINSTANCE.createWaiver();
        waiver.setRuleId(finding.ruleId());
        waiver.setElement(element);
        waiver.setResponse(RiskResponse.WAIVED);
        waiver.setReason(values.reason());
        waiver.setGrantedBy(values.grantedBy());
        waiver.setGrantedOn(midnightUtc(today));
        waiver.setExpiresOn(midnightUtc(values.expiresOn()));

        CompoundCommand command = new CompoundCommand("Waive " + finding.ruleId());
        GovernanceModel governance = model.getGovernance();
        if (governance == null) {
            governance = GovernanceFactory.eINSTANCE.createGovernanceModel();
            command.append(SetCommand.create(domain, model, DovetailPackage.Literals.DOVETAIL_MODEL__GOVERNANCE, governance));
        }
        command.append(AddCommand.create(domain, governance, GovernancePackage.Literals.GOVERNANCE_MODEL__WAIVERS, waiver));
        return command;
    }

    private static Date midnightUtc(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
