package org.dovetail.rules.builtin.support;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.dovetail.model.DovetailPackage;
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
     * can read: the walks are transitive and may leave the element's process or workflow (a flow or transition may
     * point anywhere, and a removed step stays reachable through the flows that still name it), so the declaration
     * climbs {@code levelsUp} containers to the model and reads every process's steps and flows, every step-state
     * mapping and every workflow's states, transitions and initial state. Such a check is re-run on all its elements
     * after a change to the process graph, the step-state mappings or a workflow, and not after other changes.
     *
     * <p>Sound for a model in one resource (one {@code DovetailModel} holding its processes, workflows and
     * mappings, as the editor and the examples have it). Flows, transitions or step-state mappings held in another
     * resource of the same resource set are outside this declaration; should models come to be split over
     * resources, the checks that use it must stop declaring reads.</p>
     */
    public static void declareWholeGraphs(ReadPaths reads, int levelsUp) {
        model(reads, levelsUp).follow(DovetailPackage.Literals.DOVETAIL_MODEL__PROCESS_DOMAIN)
                .follow(ProcessPackage.Literals.PROCESS_DOMAIN__PROCESSES).follow(ProcessPackage.Literals.PROCESS__FLOWS)
                .read(ProcessPackage.Literals.FLOW__SOURCE, ProcessPackage.Literals.FLOW__TARGET);
        model(reads, levelsUp).follow(DovetailPackage.Literals.DOVETAIL_MODEL__PROCESS_DOMAIN)
                .follow(ProcessPackage.Literals.PROCESS_DOMAIN__PROCESSES).follow(ProcessPackage.Literals.PROCESS__STEPS)
                .read(ProcessPackage.Literals.STEP__OUTGOING, ProcessPackage.Literals.STEP__INCOMING).label();
        model(reads, levelsUp).follow(DovetailPackage.Literals.DOVETAIL_MODEL__GOVERNANCE)
                .follow(GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS)
                .read(GovernancePackage.Literals.STEP_STATE_MAPPING__STEP, GovernancePackage.Literals.STEP_STATE_MAPPING__STATES);
        model(reads, levelsUp).follow(DovetailPackage.Literals.DOVETAIL_MODEL__DIGITAL_DOMAIN)
                .follow(DigitalPackage.Literals.DIGITAL_DOMAIN__SYSTEMS).follow(DigitalPackage.Literals.INFORMATION_SYSTEM__WORKFLOWS)
                .read(DigitalPackage.Literals.WORKFLOW__INITIAL_STATE).follow(DigitalPackage.Literals.WORKFLOW__STATES)
                .read(DigitalPackage.Literals.WORKFLOW_STATE__KIND, DigitalPackage.Literals.WORKFLOW_STATE__OUTGOING).label();
        model(reads, levelsUp).follow(DovetailPackage.Literals.DOVETAIL_MODEL__DIGITAL_DOMAIN)
                .follow(DigitalPackage.Literals.DIGITAL_DOMAIN__SYSTEMS).follow(DigitalPackage.Literals.INFORMATION_SYSTEM__WORKFLOWS)
                .follow(DigitalPackage.Literals.WORKFLOW__TRANSITIONS).read(DigitalPackage.Literals.TRANSITION__SOURCE,
                        DigitalPackage.Literals.TRANSITION__TARGET, DigitalPackage.Literals.TRANSITION__APPROVAL_REQUIRED)
                .label();
    }

    private static ReadPaths.Path model(ReadPaths reads, int levelsUp) {
        ReadPaths.Path path = reads.element();
        for (int i = 0; i < levelsUp; i++) {
            path.container();
        }
        return path;
    }
}
