package org.dovetail.rules.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Person;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.RiskResponse;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.governance.Waiver;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Task;

/** A tiny model: an owned and an unowned process, a task, and a mapping without rationale. */
final class TestModels {

    final DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
    final Person owner = DovetailFactory.eINSTANCE.createPerson();
    final Process owned = ProcessFactory.eINSTANCE.createProcess();
    final Process unowned = ProcessFactory.eINSTANCE.createProcess();
    final Task task = ProcessFactory.eINSTANCE.createTask();
    final StepStateMapping mapping = GovernanceFactory.eINSTANCE.createStepStateMapping();
    final GovernanceModel governance = GovernanceFactory.eINSTANCE.createGovernanceModel();

    TestModels() {
        model.setName("Test model");
        owner.setName("Olga Owner");
        model.getPeople().add(owner);
        ProcessDomain domain = ProcessFactory.eINSTANCE.createProcessDomain();
        model.setProcessDomain(domain);
        owned.setName("Owned process");
        owned.setOwner(owner);
        unowned.setName("Unowned process");
        task.setName("Do it");
        unowned.getSteps().add(task);
        domain.getProcesses().add(owned);
        domain.getProcesses().add(unowned);
        mapping.setName("Do it mapping");
        mapping.setStep(task);
        governance.getMappings().add(mapping);
        model.setGovernance(governance);
    }

    /** Adds a waiver of {@code ruleId} on the unowned process, expiring on {@code expiresOn} (none if null). */
    Waiver waive(String ruleId, LocalDate expiresOn, RiskResponse response) {
        Waiver w = GovernanceFactory.eINSTANCE.createWaiver();
        w.setRuleId(ruleId);
        w.setElement(unowned);
        w.setGrantedBy(owner);
        w.setResponse(response);
        w.setReason("Reorganisation under way");
        if (expiresOn != null) {
            w.setExpiresOn(Date.from(expiresOn.atTime(12, 0).toInstant(ZoneOffset.UTC)));
        }
        governance.getWaivers().add(w);
        return w;
    }
}
