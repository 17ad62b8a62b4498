package org.dovetail.rules.builtin.support;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.dovetail.model.digital.DigitalPackage;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.ProcessPackage;
import org.dovetail.model.process.Step;
import org.dovetail.rules.api.ReadPaths;

/** Walks of the process's flows and the system's transitions. */
public final class Graphs {

    private Graphs() {
    }

    /** Steps reachable from {@code step} along flows (itself only when on a cycle). */
    public static Set<Step> downstream(Step step) {
        return walk(step, s -> s.getOutgoing().stream().map(Flow::getTarget).toList());
    }

    /** Steps from which {@code step} is reachable along flows. */
    public static Set<Step> upstream(Step step) {
        return walk(step, s -> s.getIncoming().stream().map(Flow::getSource).toList());
    }

    /** The steps the process puts after {@code step}: reachable from it and not also before it (loops back do not count). */
    public static Set<Step> after(Step step) {
        Set<Step> after = downstream(step);
        after.removeAll(upstream(step));
        after.remove(step);
        return after;
    }

    private static Set<Step> walk(Step start, Function<Step, List<Step>> next) {
        Set<Step> seen = new LinkedHashSet<>();
        Deque<Step> todo = new ArrayDeque<>(next.apply(start));
        while (!todo.isEmpty()) {
            Step s = todo.pop();
            if (s != null && seen.add(s)) {
                todo.addAll(next.apply(s));
            }
        }
        return seen;
    }

    /** States reachable from {@code start} (included) along transitions, never entering {@code avoid}. */
    public static Set<WorkflowState> reach(Collection<WorkflowState> start, Set<WorkflowState> avoid) {
        Set<WorkflowState> seen = new LinkedHashSet<>();
        Deque<WorkflowState> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            WorkflowState s = todo.pop();
            if (s != null && !avoid.contains(s) && seen.add(s)) {
                s.getOutgoing().forEach(t -> todo.add(t.getTarget()));
            }
        }
        return seen;
    }

    /**
     * Declares, for a check that walks these graphs, everything they and {@link StepStates#of(java.util.Collection)}
     * can read, as the graph connected to the checked element ({@link ReadPaths#connected}): steps through flows,
     * steps to states through step-state mappings, states through transitions and the workflows that hold them
     * (their initial state, states and transitions), with the states' kinds and the transitions' approval flags.
     * Such a check is re-run on the elements connected to a change of these graphs (one process and the workflows
     * its steps map to), not on every element of the model.
     */
    public static void declareGraphs(ReadPaths reads) {
        reads.connected(List.of(ProcessPackage.Literals.FLOW__SOURCE, ProcessPackage.Literals.FLOW__TARGET,
                GovernancePackage.Literals.STEP_STATE_MAPPING__STEP, GovernancePackage.Literals.STEP_STATE_MAPPING__STATES,
                DigitalPackage.Literals.TRANSITION__SOURCE, DigitalPackage.Literals.TRANSITION__TARGET,
                DigitalPackage.Literals.WORKFLOW__INITIAL_STATE, DigitalPackage.Literals.WORKFLOW__STATES,
                DigitalPackage.Literals.WORKFLOW__TRANSITIONS),
                List.of(DigitalPackage.Literals.WORKFLOW_STATE__KIND, DigitalPackage.Literals.TRANSITION__APPROVAL_REQUIRED));
    }
}
