package org.dovetail.diagram.builtin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.dovetail.diagram.api.CandidatesExpression;
import org.dovetail.diagram.api.Expression;
import org.dovetail.diagram.api.ExpressionContext;
import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.ProcessPackage.Literals;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.Observation;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;

/** The Java functions of the process-flow diagram (swimlanes by role). */
final class ProcessFlowExpressions {

    static final String LANES = "process-flow.lanes";
    static final String LANE_STEPS = "process-flow.lane-steps";
    static final String LANE_EXCEPTIONS = "process-flow.lane-exceptions";
    static final String NO_PERFORMER = "process-flow.no-performer";
    static final String HAS_ARTIFACTS = "process-flow.has-artifacts";
    static final String PROCESS_ARTIFACTS = "process-flow.process-artifacts";
    static final String BAND_LABEL = "process-flow.artifacts-band-label";
    static final String STEP_LABEL = "process-flow.step-label";
    static final String ARTIFACT_LABEL = "process-flow.artifact-label";
    static final String FATE_UNDECIDED = "process-flow.fate-undecided";
    static final String TO_RETIRE = "process-flow.to-retire";
    static final String FLOW_SOURCE = "process-flow.flow-source";
    static final String FLOW_TARGET = "process-flow.flow-target";
    static final String FLOW_LABEL = "process-flow.flow-label";
    static final String RAISED_EXCEPTIONS = "process-flow.raised-exceptions";
    static final String WORK_AS_DONE = "process-flow.work-as-done";
    static final String CREATE_TASK = "process-flow.create-task";
    static final String CREATE_APPROVAL = "process-flow.create-approval";
    static final String CREATE_DECISION = "process-flow.create-decision";
    static final String CONNECT = "process-flow.connect";

    private ProcessFlowExpressions() {
    }

    static void register(ExpressionRegistry registry) {
        registry.register(LANES, candidates((self, context) -> lanes((Process) self), (role, context) -> processesOf(role, context),
                ProcessFlowExpressions::lanesAffectedBy));
        registry.register(LANE_STEPS, candidates((role, context) -> {
            List<EObject> steps = new ArrayList<>();
            if (context.root() instanceof Process process) {
                process.getSteps().stream().filter(s -> s.getPerformer() == role).forEach(steps::add);
            }
            return steps;
        }, (step, context) -> step instanceof Step s && s.getPerformer() != null ? List.of(s.getPerformer()) : List.of(),
                (n, c) -> List.of()));
        registry.register(LANE_EXCEPTIONS, candidates((role, context) -> {
            List<EObject> paths = new ArrayList<>();
            if (context.root() instanceof Process process) {
                process.getExceptionPaths().stream().filter(p -> laneOf(p) == role).forEach(paths::add);
            }
            return paths;
        }, (path, context) -> path instanceof ExceptionPath p && laneOf(p) != null ? List.of(laneOf(p)) : List.of(),
                (n, context) -> n.getNotifier() instanceof Step step && n.getFeature() == Literals.STEP__PERFORMER
                        ? context.referrers(step, Literals.EXCEPTION_PATH__RAISED_AT) : List.of()));
        registry.predicate(NO_PERFORMER, (self, context) -> self instanceof Step step && step.getPerformer() == null);
        registry.register(HAS_ARTIFACTS, withAffected((self, context) -> !artifacts((Process) self).isEmpty(),
                (n, context) -> touchesArtifacts(n) ? List.of(context.root()) : List.of()));
        registry.register(PROCESS_ARTIFACTS, candidates((self, context) -> new ArrayList<>(artifacts((Process) self)),
                (artifact, context) -> {
                    Set<EObject> processes = new LinkedHashSet<>();
                    for (EObject referrer : context.referrers(artifact)) {
                        if (referrer instanceof Step || referrer instanceof ExceptionPath) {
                            processes.add(referrer.eContainer());
                        }
                    }
                    return processes;
                }, (n, context) -> {
                    if (!touchesArtifacts(n)) {
                        return List.of();
                    }
                    List<EObject> affected = new ArrayList<>(Notifications.values(n));
                    affected.addAll(Notifications.referencedByValues(n, Literals.STEP__ARTIFACTS));
                    affected.addAll(Notifications.referencedByValues(n, Literals.EXCEPTION_PATH__HANDLED_VIA));
                    affected.removeIf(e -> !(e instanceof LegacyArtifact));
                    return affected;
                }));
        registry.function(BAND_LABEL, self -> "Legacy artifacts in use");
        registry.function(STEP_LABEL, ProcessFlowExpressions::stepLabel);
        registry.function(ARTIFACT_LABEL, self -> {
            LegacyArtifact artifact = (LegacyArtifact) self;
            return artifact.getName() + "\n" + words(artifact.getKind().getLiteral()) + " · " + words(artifact.getFate().getLiteral());
        });
        registry.predicate(FATE_UNDECIDED, (self, context) -> self instanceof LegacyArtifact a
                && (a.getFate().getValue() == 0 || a.getFate().getLiteral().equals("retain") && blank(a.getFateReason())));
        registry.predicate(TO_RETIRE, (self, context) -> self instanceof LegacyArtifact a && a.getFate().getLiteral().equals("retire"));
        registry.function(FLOW_SOURCE, self -> ((Flow) self).getSource());
        registry.function(FLOW_TARGET, self -> ((Flow) self).getTarget());
        registry.function(FLOW_LABEL, self -> ((Flow) self).getCondition());
        registry.register(RAISED_EXCEPTIONS, withAffected((self, context) -> context.referrers(self, Literals.EXCEPTION_PATH__RAISED_AT),
                (n, context) -> Notifications.is(n, Literals.EXCEPTION_PATH__RAISED_AT) ? Notifications.values(n)
                        : Notifications.referencedByValues(n, Literals.EXCEPTION_PATH__RAISED_AT)));
        registry.register(WORK_AS_DONE, withAffected(ProcessFlowExpressions::workAsDone, (n, context) -> {
            List<EObject> affected = new ArrayList<>();
            if (n.getNotifier() instanceof Observation observation && observation.getStep() != null) {
                affected.add(observation.getStep());
            }
            if (n.getNotifier() instanceof Deviation deviation && deviation.getStep() != null) {
                affected.add(deviation.getStep());
            }
            if (Notifications.is(n, WorkAsDonePackage.Literals.OBSERVATION__STEP) || Notifications.is(n, WorkAsDonePackage.Literals.DEVIATION__STEP)) {
                affected.addAll(Notifications.values(n));
            }
            affected.addAll(Notifications.referencedByValues(n, WorkAsDonePackage.Literals.OBSERVATION__STEP));
            affected.addAll(Notifications.referencedByValues(n, WorkAsDonePackage.Literals.DEVIATION__STEP));
            return affected;
        }));
        registry.operation(CREATE_TASK, request -> createStep(request.context().root(), request.container(), ProcessFactory.eINSTANCE.createTask(), "New task", request.domain()));
        registry.operation(CREATE_APPROVAL, request -> createStep(request.context().root(), request.container(), ProcessFactory.eINSTANCE.createApproval(), "New approval", request.domain()));
        registry.operation(CREATE_DECISION, request -> createStep(request.context().root(), request.container(), ProcessFactory.eINSTANCE.createDecision(), "New decision?", request.domain()));
        registry.operation(CONNECT, request -> {
            if (!(request.context().root() instanceof Process process) || !(request.source() instanceof Step from)
                    || !(request.target() instanceof Step to)) {
                return null;
            }
            Flow flow = ProcessFactory.eINSTANCE.createFlow();
            flow.setSource(from);
            flow.setTarget(to);
            return AddCommand.create(request.domain(), process, Literals.PROCESS__FLOWS, flow);
        });
    }

    private static Command createStep(EObject root, EObject lane, Step step, String name, org.eclipse.emf.edit.domain.EditingDomain domain) {
        if (!(root instanceof Process process)) {
            return null;
        }
        step.setName(name);
        if (lane instanceof Role role) {
            step.setPerformer(role);
        }
        return AddCommand.create(domain, process, Literals.PROCESS__STEPS, step);
    }

    static Role laneOf(ExceptionPath path) {
        if (path.getHandler() != null) {
            return path.getHandler();
        }
        return path.getRaisedAt() == null ? null : path.getRaisedAt().getPerformer();
    }

    private static List<EObject> lanes(Process process) {
        Set<EObject> roles = new LinkedHashSet<>();
        for (Step step : process.getSteps()) {
            if (step.getPerformer() != null) {
                roles.add(step.getPerformer());
            }
        }
        for (ExceptionPath path : process.getExceptionPaths()) {
            if (laneOf(path) != null) {
                roles.add(laneOf(path));
            }
        }
        return new ArrayList<>(roles);
    }

    private static Collection<EObject> processesOf(EObject role, ExpressionContext context) {
        Set<EObject> processes = new LinkedHashSet<>();
        for (EObject referrer : context.referrers(role)) {
            if (referrer instanceof Step || referrer instanceof ExceptionPath) {
                processes.add(referrer.eContainer());
            }
        }
        return processes;
    }

    private static Collection<EObject> lanesAffectedBy(Notification n, ExpressionContext context) {
        List<EObject> affected = new ArrayList<>();
        if (Notifications.is(n, Literals.STEP__PERFORMER) || Notifications.is(n, Literals.EXCEPTION_PATH__HANDLER)) {
            affected.addAll(Notifications.values(n));
        } else if (Notifications.is(n, Literals.EXCEPTION_PATH__RAISED_AT)) {
            for (EObject step : Notifications.values(n)) {
                affected.add(((Step) step).getPerformer());
            }
        } else if (Notifications.is(n, Literals.PROCESS__STEPS) || Notifications.is(n, Literals.PROCESS__EXCEPTION_PATHS)) {
            affected.addAll(Notifications.referencedByValues(n, Literals.STEP__PERFORMER));
            affected.addAll(Notifications.referencedByValues(n, Literals.EXCEPTION_PATH__HANDLER));
            for (EObject value : Notifications.values(n)) {
                if (value instanceof ExceptionPath path && path.getRaisedAt() != null) {
                    affected.add(path.getRaisedAt().getPerformer());
                }
            }
        }
        affected.removeIf(e -> e == null);
        if (n.getNotifier() instanceof Step step && Notifications.is(n, Literals.STEP__PERFORMER)) {
            for (EObject path : context.referrers(step, Literals.EXCEPTION_PATH__RAISED_AT)) {
                Role lane = laneOf((ExceptionPath) path);
                if (lane != null) {
                    affected.add(lane);
                }
            }
        }
        return affected;
    }

    private static boolean touchesArtifacts(Notification n) {
        return Notifications.is(n, Literals.STEP__ARTIFACTS) || Notifications.is(n, Literals.EXCEPTION_PATH__HANDLED_VIA)
                || Notifications.is(n, Literals.PROCESS__STEPS) || Notifications.is(n, Literals.PROCESS__EXCEPTION_PATHS);
    }

    static Set<LegacyArtifact> artifacts(Process process) {
        Set<LegacyArtifact> artifacts = new LinkedHashSet<>();
        for (Step step : process.getSteps()) {
            artifacts.addAll(step.getArtifacts());
        }
        for (ExceptionPath path : process.getExceptionPaths()) {
            artifacts.addAll(path.getHandledVia());
        }
        return artifacts;
    }

    private static String stepLabel(EObject self) {
        Step step = (Step) self;
        String name = step.getName() == null ? "" : step.getName();
        if (step instanceof Approval approval && approval.getRequiredApprovals() > 1) {
            return name + "\n" + approval.getRequiredApprovals() + " approvals"
                    + (blank(approval.getCondition()) ? "" : ", " + approval.getCondition());
        }
        return name;
    }

    private static Object workAsDone(EObject self, ExpressionContext context) {
        List<String> parts = new ArrayList<>();
        for (EObject referrer : context.referrers(self, WorkAsDonePackage.Literals.OBSERVATION__STEP)) {
            Observation observation = (Observation) referrer;
            parts.add("observed: " + words(observation.getKind().getLiteral())
                    + (observation.getOccurrences() > 1 ? " ×" + observation.getOccurrences() : ""));
        }
        for (EObject referrer : context.referrers(self, WorkAsDonePackage.Literals.DEVIATION__STEP)) {
            Deviation deviation = (Deviation) referrer;
            String share = deviation.getConsideredCases() > 0
                    ? " in " + Math.round(100.0 * deviation.getAffectedCases() / deviation.getConsideredCases()) + " % of cases" : "";
            parts.add("log: " + words(deviation.getKind().getLiteral()) + share);
        }
        parts.sort(null); // inverse references come in no fixed order
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    /** camelCase enum literal as words: approvalBypassed → approval bypassed. */
    static String words(String literal) {
        return literal.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static CandidatesExpression candidates(BiFunction<EObject, ExpressionContext, Collection<? extends EObject>> candidates,
            BiFunction<EObject, ExpressionContext, Collection<? extends EObject>> parents,
            BiFunction<Notification, ExpressionContext, Collection<? extends EObject>> affectedBy) {
        return new CandidatesExpression() {
            @Override
            public Object evaluate(EObject self, ExpressionContext context) {
                return candidates.apply(self, context);
            }

            @Override
            public Collection<? extends EObject> parentsOf(EObject element, ExpressionContext context) {
                return parents.apply(element, context);
            }

            @Override
            public Collection<? extends EObject> affectedBy(Notification notification, ExpressionContext context) {
                return affectedBy.apply(notification, context);
            }
        };
    }

    static Expression withAffected(BiFunction<EObject, ExpressionContext, Object> function,
            BiFunction<Notification, ExpressionContext, Collection<? extends EObject>> affectedBy) {
        return new Expression() {
            @Override
            public Object evaluate(EObject self, ExpressionContext context) {
                return function.apply(self, context);
            }

            @Override
            public Collection<? extends EObject> affectedBy(Notification notification, ExpressionContext context) {
                return affectedBy.apply(notification, context);
            }
        };
    }

}
