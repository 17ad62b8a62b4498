package org.dovetail.rules.builtin.workflow;

import java.util.HashSet;
import java.util.Set;

import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.rules.api.FindingReporter;
import org.dovetail.rules.api.RuleContext;
import org.dovetail.rules.api.ScopedCheck;
import org.dovetail.rules.api.ReadPaths;
import org.dovetail.rules.builtin.BuiltinRule;
import org.dovetail.rules.builtin.support.Graphs;
import org.dovetail.rules.builtin.support.StepStates;
import org.eclipse.emf.ecore.EObject;

/**
 * The system orders two steps the other way round: for a forward flow A→B, no state of B is reachable from A's
 * states, but A's states are reachable from B's.
 */
public final class OrderMismatchRule extends BuiltinRule implements ScopedCheck {

    public OrderMismatchRule() {
        super("workflow.order-mismatch", RuleCategory.WORKFLOW_MISMATCH, Severity.WARNING, ProcessPackage.Literals.FLOW);
    }

    @Override
    public void check(EObject element, RuleContext context, FindingReporter findings) {
        Flow flow = (Flow) element;
        if (flow.getSource() == null || flow.getTarget() == null) {
            return;
        }
        StepStates index = StepStates.of(context);
        Set<WorkflowState> from = index.of(flow.getSource());
        Set<WorkflowState> to = new HashSet<>(index.of(flow.getTarget()));
        to.removeIf(s -> s.getKind() == StateKind.FINAL);
        if (from.isEmpty() || to.isEmpty() || Graphs.downstream(flow.getTarget()).contains(flow.getSource())) {
            return;
        }
        Set<WorkflowState> fromReach = Graphs.reach(from, Set.of());
        Set<WorkflowState> toReach = Graphs.reach(to, Set.of());
        if (to.stream().noneMatch(fromReach::contains) && from.stream().anyMatch(toReach::contains)) {
            findings.on(flow.getTarget()).args(flow.getTarget(), flow.getSource()).related(flow.getSource()).related(to).report();
        }
    }

    @Override
    public void declareReads(ReadPaths reads) {
        reads.element().read(ProcessPackage.Literals.FLOW__SOURCE, ProcessPackage.Literals.FLOW__TARGET).label(); // a failure names the flow
        reads.element().follow(ProcessPackage.Literals.FLOW__SOURCE).label();
        reads.element().follow(ProcessPackage.Literals.FLOW__TARGET).label();
        // Graphs.downstream and reach walk the flows and transitions transitively: the connected graphs.
        reads.labelsOnlyAsArguments(); // labels only name the elements in the texts: a rename re-runs what names it
        Graphs.declareGraphs(reads); // the walks of flows, mappings and transitions
    }
}
