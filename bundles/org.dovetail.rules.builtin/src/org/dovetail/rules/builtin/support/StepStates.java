package org.dovetail.rules.builtin.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Step;
import org.dovetail.rules.api.RuleContext;
import org.eclipse.emf.ecore.EObject;

/**
 * Which workflow states each step maps to (its {@link StepStateMapping}s), and which states are governed: mapped
 * from a step or handling an exception path. Built once per run and shared by the rules that need it.
 */
public final class StepStates {

    private final Map<Step, Set<WorkflowState>> states = new HashMap<>();
    private final Set<WorkflowState> mapped = new HashSet<>();
    private final Set<EObject> handling = new HashSet<>();

    private StepStates(RuleContext context) {
        for (StepStateMapping m : context.allInstances(StepStateMapping.class)) {
            if (m.getStep() != null && !m.getStates().isEmpty()) {
                states.computeIfAbsent(m.getStep(), k -> new LinkedHashSet<>()).addAll(m.getStates());
                mapped.addAll(m.getStates());
            }
        }
        context.allInstances(ExceptionHandlingMapping.class).forEach(h -> handling.addAll(h.getHandledBy()));
    }

    public static StepStates of(RuleContext context) {
        return context.shared(StepStates.class, StepStates::new);
    }

    /** The states {@code step} maps to; empty when none. */
    public Set<WorkflowState> of(Step step) {
        return states.getOrDefault(step, Set.of());
    }

    /** The states of all {@code steps}. */
    public Set<WorkflowState> of(Collection<Step> steps) {
        Set<WorkflowState> result = new LinkedHashSet<>();
        steps.forEach(s -> result.addAll(of(s)));
        return result;
    }

    /** Whether a step maps to {@code state} or an exception path is handled by it. */
    public boolean isGoverned(WorkflowState state) {
        return mapped.contains(state) || handling.contains(state);
    }
}
