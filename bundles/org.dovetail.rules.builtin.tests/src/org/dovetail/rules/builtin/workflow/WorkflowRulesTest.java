package org.dovetail.rules.builtin.workflow;

import static org.dovetail.rules.builtin.Checks.assertFinds;
import static org.dovetail.rules.builtin.Checks.assertNothing;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Task;
import org.dovetail.rules.builtin.Checks;
import org.dovetail.rules.builtin.Mini;
import org.junit.jupiter.api.Test;

class WorkflowRulesTest {

    private final Mini m = new Mini();

    @Test
    void stepWithoutState() {
        Task task = m.step(Mini.P.createTask(), "Confirm budget");
        assertFinds(new StepWithoutStateRule(), m, task);

        task.setManual(true);
        assertNothing(new StepWithoutStateRule(), m);
        task.setManual(false);
        m.map(task, m.state("Budget confirmed"));
        assertNothing(new StepWithoutStateRule(), m);
    }

    @Test
    void shadowState() {
        Task task = m.step(Mini.P.createTask(), "Receive");
        WorkflowState received = m.state("Received");
        WorkflowState parked = m.state("Parked");
        m.map(task, received);
        assertFinds(new ShadowStateRule(), m, parked);

        ExceptionPath incomplete = Mini.P.createExceptionPath();
        m.process.getExceptionPaths().add(incomplete);
        ExceptionHandlingMapping handling = m.mapping(Mini.G.createExceptionHandlingMapping(), "Incomplete invoices are parked");
        handling.setExceptionPath(incomplete);
        handling.getHandledBy().add(parked);
        assertNothing(new ShadowStateRule(), m);
    }

    @Test
    void approvalSkipPath() {
        Task receive = m.step(Mini.P.createTask(), "Receive");
        Approval approve = m.step(Mini.P.createApproval(), "Approve");
        Task post = m.step(Mini.P.createTask(), "Post");
        m.flow(receive, approve);
        m.flow(approve, post);
        WorkflowState received = m.state("Received");
        WorkflowState approving = m.state("Awaiting approval");
        WorkflowState posted = m.state("Posted");
        m.map(receive, received);
        m.map(approve, approving);
        m.map(post, posted);
        m.transition(received, approving);
        m.transition(approving, posted);
        assertNothing(new ApprovalSkipPathRule(), m);

        Transition bypass = m.transition(received, posted);
        assertFinds(new ApprovalSkipPathRule(), m, bypass);
        assertTrue(Checks.only(new ApprovalSkipPathRule(), m).message().contains("without the approval \"Approve\""));

        approve.setCondition("amount over 10,000 EUR");
        assertNothing(new ApprovalSkipPathRule(), m);
    }

    @Test
    void orderMismatch() {
        Task match = m.step(Mini.P.createTask(), "Match");
        Task code = m.step(Mini.P.createTask(), "Code");
        m.flow(match, code);
        WorkflowState first = m.state("First");
        WorkflowState second = m.state("Second");
        WorkflowState done = m.state("Done");
        done.setKind(StateKind.FINAL);
        m.transition(first, second);
        m.transition(second, done);
        m.map(match, first);
        m.map(code, second);
        assertNothing(new OrderMismatchRule(), m);

        m.governance.getMappings().clear();
        m.map(match, second);
        m.map(code, first);
        assertFinds(new OrderMismatchRule(), m, code);
    }
}
