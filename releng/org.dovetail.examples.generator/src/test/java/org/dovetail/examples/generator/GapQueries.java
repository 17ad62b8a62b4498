package org.dovetail.examples.generator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.dovetail.model.Cadence;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.dovetail.model.Identified;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.AutomationKind;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.EvidenceFieldMapping;
import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.PolicyControlMapping;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.implementation.Milestone;
import org.dovetail.model.implementation.MilestoneStatus;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.ArtifactFate;
import org.dovetail.model.process.Check;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.ActionStatus;
import org.dovetail.model.workasdone.ControlTest;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.HealthMetric;
import org.dovetail.model.workasdone.ImprovementAction;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.ObservationKind;
import org.dovetail.model.workasdone.TestResult;
import org.eclipse.emf.ecore.EObject;

/**
 * Plain model queries, one per rule id of {@code models/GAPS.md}: each returns the elements that carry the gap.
 * They pin down what the examples contain; they are not the rule engine (that is issue 3), but its rules must
 * find at least these elements in the examples and nothing in the corrected variants.
 */
final class GapQueries {

    private GapQueries() {
    }

    /** Rule id to query, in the order of the rule table. */
    static final Map<String, Function<DovetailModel, Collection<? extends Element>>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("workflow.step-without-state", m -> filter(m, Step.class, s -> !s.isManual() && !new Index(m).stateMap.containsKey(s)));
        RULES.put("workflow.shadow-state", m -> {
            Index x = new Index(m);
            Set<WorkflowState> mapped = new HashSet<>();
            x.stateMap.values().forEach(mapped::addAll);
            return filter(m, WorkflowState.class, s -> !mapped.contains(s) && !x.handledBy.contains(s));
        });
        RULES.put("workflow.approval-skip-path", GapQueries::approvalSkipPath);
        RULES.put("workflow.order-mismatch", GapQueries::orderMismatch);
        RULES.put("decision.holder-permission-mismatch", GapQueries::holderPermissionMismatch);
        RULES.put("decision.approval-without-guard", GapQueries::approvalWithoutGuard);
        RULES.put("decision.segregation-of-duties", GapQueries::segregationOfDuties);
        RULES.put("decision.evidence-not-captured", m -> filter(m, EvidenceRequirement.class, e -> {
            if (!e.isMandatory() || ((Step) e.eContainer()).isManual()) {
                return false;
            }
            List<DataField> fields = new ArrayList<>();
            all(m, EvidenceFieldMapping.class).stream().filter(f -> f.getEvidence() == e).forEach(f -> fields.addAll(f.getFields()));
            return fields.stream().noneMatch(DataField::isMandatory);
        }));
        RULES.put("data.automation-input-unowned", m -> {
            Set<DataField> result = new LinkedHashSet<>();
            for (Automation a : all(m, Automation.class)) {
                a.getReads().stream().filter(f -> f.getOwner() == null || f.getFreshness() == Cadence.UNSPECIFIED).forEach(result::add);
            }
            return result;
        });
        RULES.put("data.no-source-of-truth", m -> filter(m, DataField.class,
                f -> !f.getSameDataAs().isEmpty() && !f.isSourceOfTruth() && f.getSameDataAs().stream().noneMatch(DataField::isSourceOfTruth)));
        RULES.put("data.exception-outside-system", m -> filter(m, ExceptionPath.class, x -> !x.getHandledVia().isEmpty()
                && all(m, ExceptionHandlingMapping.class).stream().noneMatch(h -> h.getExceptionPath() == x && !h.getHandledBy().isEmpty())));
        RULES.put("governance.step-without-owner", m -> filter(m, Step.class, s -> s.getOwner() == null));
        RULES.put("governance.mapping-without-owner-or-rationale", m -> filter(m, Mapping.class,
                x -> x.getOwner() == null || x.getRationale() == null || x.getRationale().isBlank()));
        RULES.put("governance.policy-without-control", m -> filter(m, Policy.class, p -> all(m, PolicyControlMapping.class).stream()
                .noneMatch(pc -> pc.getPolicy() == p && !pc.getControls().isEmpty())));
        RULES.put("governance.control-without-evidence", m -> filter(m, Control.class, c -> c.getEvidence().isEmpty()));
        RULES.put("governance.workaround-bypasses-control", m -> filter(m, Observation.class, o -> o.getKind() == ObservationKind.WORKAROUND
                && !addressedByDoneAction(m, o) && (all(m, Control.class).stream().anyMatch(c -> c.getPerformedAt().contains(o.getStep()))
                        || o.getStep() instanceof Check check && check.getExecutes() != null)));
        RULES.put("feedback.process-without-metric", m -> filter(m, Process.class,
                p -> all(m, HealthMetric.class).stream().noneMatch(h -> h.getProcess() == p)));
        RULES.put("feedback.metric-without-source", m -> filter(m, HealthMetric.class, h -> h.getDataSource() == null));
        RULES.put("feedback.key-control-unproven", m -> filter(m, Control.class, c -> c.isKey() && all(m, ControlTest.class).stream()
                .filter(t -> t.getControl() == c).max(Comparator.comparing(ControlTest::getTestedOn))
                .map(t -> t.getResult() != TestResult.EFFECTIVE).orElse(true)));
        RULES.put("redesign.legacy-artifact-undecided", m -> filter(m, LegacyArtifact.class, a -> a.getFate() == ArtifactFate.UNDECIDED
                || a.getFate() == ArtifactFate.RETAIN && (a.getFateReason() == null || a.getFateReason().isBlank())));
        RULES.put("redesign.ai-without-human-review", m -> filter(m, Automation.class, a -> a.getKind() == AutomationKind.AI_RECOMMENDATION
                && (a.getReviewPoint() == null || a.getOverrideOwner() == null)));
        RULES.put("redesign.milestone-without-proof", m -> filter(m, Milestone.class,
                ms -> ms.getStatus() == MilestoneStatus.ACHIEVED && ms.getProof() == null));
        RULES.put("workasdone.log-deviation", m -> deviationSteps(m, Set.of(DeviationKind.SKIPPED, DeviationKind.REPEATED, DeviationKind.REORDERED)));
        RULES.put("workasdone.approval-bypassed", m -> deviationSteps(m, Set.of(DeviationKind.APPROVAL_BYPASSED)));
        RULES.put("workasdone.repeated-adaptation", m -> {
            Map<Step, List<Observation>> byStep = new LinkedHashMap<>();
            for (Observation o : all(m, Observation.class)) {
                if (o.getStep() != null && !addressedByDoneAction(m, o)) {
                    byStep.computeIfAbsent(o.getStep(), k -> new ArrayList<>()).add(o);
                }
            }
            return byStep.entrySet().stream().filter(e -> e.getValue().size() >= 2
                    || e.getValue().stream().mapToInt(Observation::getOccurrences).sum() >= 3).map(Map.Entry::getKey).toList();
        });
    }

    // ---- the cross-domain queries ------------------------------------------------------------------

    /** Transitions from a state before an unconditional approval to a state after it, avoiding the approval's states. */
    private static Collection<Transition> approvalSkipPath(DovetailModel m) {
        Index x = new Index(m);
        Set<Transition> result = new LinkedHashSet<>();
        for (Approval a : all(m, Approval.class)) {
            Set<WorkflowState> approvalStates = x.stateMap.getOrDefault(a, Set.of());
            if (approvalStates.isEmpty() || (a.getCondition() != null && !a.getCondition().isBlank())) {
                continue;
            }
            Set<WorkflowState> before = x.statesOf(upstream(a));
            Set<WorkflowState> after = x.statesOf(after(a));
            after.removeAll(approvalStates);
            for (WorkflowState s : approvalStates) {
                org.dovetail.model.digital.Workflow wf = (org.dovetail.model.digital.Workflow) s.eContainer();
                before.add(wf.getInitialState());
                Set<WorkflowState> reachable = reach(Set.of(wf.getInitialState()), approvalStates);
                for (Transition t : wf.getTransitions()) {
                    if (reachable.contains(t.getSource()) && before.contains(t.getSource()) && !after.contains(t.getSource())
                            && after.contains(t.getTarget()) && t.getTarget().getKind() != StateKind.FINAL) {
                        result.add(t);
                    }
                }
            }
        }
        return result;
    }

    /** For a forward flow A→B: no state of B is reachable from A's states, but A's states are reachable from B's. */
    private static Collection<Step> orderMismatch(DovetailModel m) {
        Index x = new Index(m);
        Set<Step> result = new LinkedHashSet<>();
        for (Flow f : all(m, Flow.class)) {
            Set<WorkflowState> from = x.stateMap.getOrDefault(f.getSource(), Set.of());
            Set<WorkflowState> to = new HashSet<>(x.stateMap.getOrDefault(f.getTarget(), Set.of()));
            to.removeIf(s -> s.getKind() == StateKind.FINAL);
            if (from.isEmpty() || to.isEmpty() || downstream(f.getTarget()).contains(f.getSource())) {
                continue;
            }
            Set<WorkflowState> fromReach = reach(from, Set.of());
            Set<WorkflowState> toReach = reach(to, Set.of());
            if (to.stream().noneMatch(fromReach::contains) && from.stream().anyMatch(toReach::contains)) {
                result.add(f.getTarget());
            }
        }
        return result;
    }

    /** Permissions enforcing a decision right that everyone, or a system role not mapped from the holder, holds. */
    private static Collection<Permission> holderPermissionMismatch(DovetailModel m) {
        Set<Permission> result = new LinkedHashSet<>();
        for (DecisionPermissionMapping dm : all(m, DecisionPermissionMapping.class)) {
            Set<SystemRole> allowed = new HashSet<>();
            all(m, RoleMapping.class).stream().filter(r -> r.getRole() == dm.getDecisionRight().getHolder())
                    .forEach(r -> allowed.addAll(r.getSystemRoles()));
            for (Permission p : dm.getPermissions()) {
                if (p.isGrantedToAll() || !allowed.containsAll(p.getGrantedTo())) {
                    result.add(p);
                }
            }
        }
        return result;
    }

    /** Transitions out of an approval's state into a state of a later step that record no approval. */
    private static Collection<Transition> approvalWithoutGuard(DovetailModel m) {
        Index x = new Index(m);
        Set<Transition> result = new LinkedHashSet<>();
        for (Approval a : all(m, Approval.class)) {
            Set<WorkflowState> approvalStates = x.stateMap.getOrDefault(a, Set.of());
            Set<WorkflowState> after = x.statesOf(after(a));
            for (WorkflowState s : approvalStates) {
                for (Transition t : s.getOutgoing()) {
                    if (!approvalStates.contains(t.getTarget()) && t.getTarget().getKind() != StateKind.FINAL
                            && after.contains(t.getTarget()) && !t.isApprovalRequired()) {
                        result.add(t);
                    }
                }
            }
        }
        return result;
    }

    /** System roles that hold (directly or because everyone does) a create and an approve permission of one system. */
    private static Collection<SystemRole> segregationOfDuties(DovetailModel m) {
        Set<SystemRole> result = new LinkedHashSet<>();
        for (InformationSystem system : all(m, InformationSystem.class)) {
            for (SystemRole r : system.getRoles()) {
                boolean creates = system.getPermissions().stream().anyMatch(p -> p.getAction() == PermissionAction.CREATE && holds(r, p));
                boolean approves = system.getPermissions().stream().anyMatch(p -> p.getAction() == PermissionAction.APPROVE && holds(r, p));
                if (creates && approves) {
                    result.add(r);
                }
            }
        }
        return result;
    }

    private static boolean holds(SystemRole r, Permission p) {
        return p.isGrantedToAll() || p.getGrantedTo().contains(r);
    }

    private static Collection<Step> deviationSteps(DovetailModel m, Set<DeviationKind> kinds) {
        Set<Step> result = new LinkedHashSet<>();
        all(m, Deviation.class).stream().filter(d -> kinds.contains(d.getKind()) && d.getAffectedCases() > 0).forEach(d -> result.add(d.getStep()));
        return result;
    }

    private static boolean addressedByDoneAction(DovetailModel m, Identified element) {
        return all(m, ImprovementAction.class).stream().anyMatch(a -> a.getStatus() == ActionStatus.DONE && a.getAddresses().contains(element));
    }

    // ---- graph helpers -----------------------------------------------------------------------------

    /** Steps reachable from {@code step} along flows (not including it unless on a cycle). */
    static Set<Step> downstream(Step step) {
        return walk(step, s -> s.getOutgoing().stream().map(Flow::getTarget).toList());
    }

    static Set<Step> upstream(Step step) {
        return walk(step, s -> s.getIncoming().stream().map(Flow::getSource).toList());
    }

    /** The steps the process puts after {@code step}: reachable from it, and not also before it (loops back). */
    static Set<Step> after(Step step) {
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
            if (seen.add(s)) {
                todo.addAll(next.apply(s));
            }
        }
        return seen;
    }

    /** States reachable from {@code start} (included) along transitions, never entering {@code avoid}. */
    static Set<WorkflowState> reach(Set<WorkflowState> start, Set<WorkflowState> avoid) {
        Set<WorkflowState> seen = new LinkedHashSet<>();
        Deque<WorkflowState> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            WorkflowState s = todo.pop();
            if (!avoid.contains(s) && seen.add(s)) {
                s.getOutgoing().forEach(t -> todo.add(t.getTarget()));
            }
        }
        return seen;
    }

    static <T> List<T> all(DovetailModel m, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (var it = m.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (type.isInstance(o)) {
                result.add(type.cast(o));
            }
        }
        return result;
    }

    private static <T extends Element> List<T> filter(DovetailModel m, Class<T> type, java.util.function.Predicate<T> p) {
        return all(m, type).stream().filter(p).toList();
    }

    /** Step-to-state and exception-handling mappings of a model. */
    private static final class Index {
        final Map<Step, Set<WorkflowState>> stateMap = new HashMap<>();
        final Set<EObject> handledBy = new HashSet<>();

        Index(DovetailModel m) {
            for (StepStateMapping s : all(m, StepStateMapping.class)) {
                if (!s.getStates().isEmpty()) {
                    stateMap.computeIfAbsent(s.getStep(), k -> new LinkedHashSet<>()).addAll(s.getStates());
                }
            }
            all(m, ExceptionHandlingMapping.class).forEach(h -> handledBy.addAll(h.getHandledBy()));
        }

        Set<WorkflowState> statesOf(Collection<Step> steps) {
            Set<WorkflowState> result = new LinkedHashSet<>();
            steps.forEach(s -> result.addAll(stateMap.getOrDefault(s, Set.of())));
            return result;
        }
    }
}
