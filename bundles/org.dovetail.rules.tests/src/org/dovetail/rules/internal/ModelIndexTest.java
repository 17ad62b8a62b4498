package org.dovetail.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.Person;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.model.process.Task;
import org.junit.jupiter.api.Test;

class ModelIndexTest {

    private final DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
    private final Person pat = DovetailFactory.eINSTANCE.createPerson();
    private final Task task = ProcessFactory.eINSTANCE.createTask();
    private final Approval approval = ProcessFactory.eINSTANCE.createApproval();
    private final Flow flow = ProcessFactory.eINSTANCE.createFlow();
    private final StepStateMapping mapping = GovernanceFactory.eINSTANCE.createStepStateMapping();
    private final ModelIndex index;

    ModelIndexTest() {
        model.getPeople().add(pat);
        ProcessDomain domain = ProcessFactory.eINSTANCE.createProcessDomain();
        model.setProcessDomain(domain);
        Process process = ProcessFactory.eINSTANCE.createProcess();
        domain.getProcesses().add(process);
        process.getSteps().add(task);
        process.getSteps().add(approval);
        flow.setSource(task);
        flow.setTarget(approval);
        process.getFlows().add(flow);
        task.setOwner(pat);
        approval.setOwner(pat);
        GovernanceModel governance = GovernanceFactory.eINSTANCE.createGovernanceModel();
        model.setGovernance(governance);
        mapping.setStep(approval);
        governance.getMappings().add(mapping);
        index = new ModelIndex(List.of(model), LocalDate.of(2026, 1, 1));
    }

    @Test
    void allInstancesIncludeSubtypesInDocumentOrder() {
        assertEquals(List.of(task, approval), index.allInstances(Step.class));
        assertEquals(List.of(task, approval), index.allInstances(ProcessPackage.Literals.STEP));
        assertEquals(List.of(approval), index.allInstances(Approval.class));
        assertSame(index.allInstances(Step.class), index.allInstances(Step.class));
    }

    @Test
    void inverseReferencesFindWhoPointsAtAnElement() {
        assertEquals(List.of(task, approval), index.referrers(pat, DovetailPackage.Literals.OWNED__OWNER, Step.class)
                .stream().map(Step.class::cast).toList());
        assertEquals(List.of(flow), index.referrers(approval, ProcessPackage.Literals.FLOW__TARGET, Flow.class));
        assertEquals(List.of(mapping), index.referrers(approval, GovernancePackage.Literals.STEP_STATE_MAPPING__STEP, StepStateMapping.class));
        assertEquals(List.of(mapping), index.mappingsOf(approval));
        assertTrue(index.mappingsOf(task).isEmpty());
        assertEquals(2, index.inverseReferences(approval).size());
    }

    @Test
    void aSharedValueIsComputedOncePerRun() {
        AtomicInteger computed = new AtomicInteger();
        String first = index.shared(String.class, c -> "v" + computed.incrementAndGet());
        String second = index.shared(String.class, c -> "v" + computed.incrementAndGet());

        assertEquals("v1", first);
        assertSame(first, second);
        assertEquals(LocalDate.of(2026, 1, 1), index.today());
    }
}
