package org.dovetail.rules.builtin.support;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Step;

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
}
