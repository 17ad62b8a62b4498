package org.dovetail.importer.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Step;
import org.dovetail.model.process.Trigger;

/**
 * An immutable snapshot of a process's steps and flows: taken where the model may be read, then used by a background
 * import (the XES conformance check) without touching the model.
 *
 * @param processId the process's id
 * @param processName its name
 * @param steps the steps, in model order
 * @param flows the flows as pairs of indexes into {@code steps}
 * @param starts indexes of the steps a trigger starts
 * @since 0.1
 */
public record ProcessGraph(String processId, String processName, List<StepNode> steps, List<Edge> flows, List<Integer> starts) {

    /** One step. */
    public record StepNode(String id, String name, String type, boolean approval) {
    }

    /** One flow, by step index. */
    public record Edge(int source, int target) {
    }

    public ProcessGraph {
        steps = List.copyOf(steps);
        flows = List.copyOf(flows);
        starts = List.copyOf(starts);
    }

    /** A snapshot of {@code process}. */
    public static ProcessGraph of(org.dovetail.model.process.Process process) {
        List<StepNode> steps = new ArrayList<>();
        Map<Step, Integer> index = new HashMap<>();
        for (Step step : process.getSteps()) {
            index.put(step, steps.size());
            steps.add(new StepNode(step.getId(), step.getName(), step.eClass().getName(), step instanceof Approval));
        }
        List<Edge> flows = new ArrayList<>();
        for (Flow flow : process.getFlows()) {
            Integer source = index.get(flow.getSource());
            Integer target = index.get(flow.getTarget());
            if (source != null && target != null) {
                flows.add(new Edge(source, target));
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (Trigger trigger : process.getTriggers()) {
            Integer start = index.get(trigger.getStarts());
            if (start != null && !starts.contains(start)) {
                starts.add(start);
            }
        }
        return new ProcessGraph(process.getId(), process.getName(), steps, flows, starts);
    }
}
