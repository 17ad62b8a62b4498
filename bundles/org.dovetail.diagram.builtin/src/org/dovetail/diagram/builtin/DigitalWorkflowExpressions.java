package org.dovetail.diagram.builtin;

import static org.dovetail.diagram.builtin.ProcessFlowExpressions.candidates;
import static org.dovetail.diagram.builtin.ProcessFlowExpressions.withAffected;
import static org.dovetail.diagram.builtin.ProcessFlowExpressions.words;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.DigitalPackage.Literals;
import org.dovetail.model.digital.Integration;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.WorkAsDonePackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;

/** The Java functions of the digital-workflow diagram. */
final class DigitalWorkflowExpressions {

    static final String SYSTEMS = "digital.systems";
    static final String TRANSITION_SOURCE = "digital.transition-source";
    static final String TRANSITION_TARGET = "digital.transition-target";
    static final String TRANSITION_LABEL = "digital.transition-label";
    static final String APPROVAL_GUARD = "digital.approval-guard";
    static final String UNGUARDED = "digital.unguarded";
    static final String AUTOMATIC = "digital.automatic";
    static final String INITIAL = "digital.initial";
    static final String FINAL = "digital.final";
    static final String AI_UNREVIEWED = "digital.ai-unreviewed";
    static final String AUTOMATION_LABEL = "digital.automation-label";
    static final String FIRED_TARGETS = "digital.fired-targets";
    static final String INTEGRATION_SOURCE = "digital.integration-source";
    static final String INTEGRATION_TARGET = "digital.integration-target";
    static final String INTEGRATION_LABEL = "digital.integration-label";
    static final String EVENT_LOGS = "digital.event-logs";
    static final String CREATE_STATE = "digital.create-state";
    static final String CONNECT = "digital.connect";

    private DigitalWorkflowExpressions() {
    }

    static void register(ExpressionRegistry registry) {
        registry.register(SYSTEMS, candidates((self, context) -> self instanceof DovetailModel model && model.getDigitalDomain() != null
                ? CommonExpressions.list(model.getDigitalDomain().getSystems()) : List.of(),
                (system, context) -> List.of(EcoreUtil.getRootContainer(system)),
                (n, context) -> Notifications.is(n, DovetailPackage.Literals.DOVETAIL_MODEL__DIGITAL_DOMAIN)
                        ? Notifications.referencedByValues(n, Literals.DIGITAL_DOMAIN__SYSTEMS) : List.of()));
        registry.function(TRANSITION_SOURCE, self -> ((Transition) self).getSource());
        registry.function(TRANSITION_TARGET, self -> ((Transition) self).getTarget());
        registry.register(TRANSITION_LABEL, withAffected((self, context) -> transitionLabel((Transition) self),
                (n, context) -> n.getNotifier() instanceof Permission permission && n.getFeature() == DovetailPackage.Literals.ELEMENT__NAME
                        ? context.referrers(permission, Literals.TRANSITION__REQUIRED_PERMISSION) : List.of()));
        registry.predicate(APPROVAL_GUARD, (self, context) -> ((Transition) self).isApprovalRequired());
        registry.predicate(UNGUARDED, (self, context) -> {
            Transition transition = (Transition) self;
            return transition.getRequiredPermission() == null && !transition.isAutomatic() && !transition.isApprovalRequired();
        });
        registry.predicate(AUTOMATIC, (self, context) -> ((Transition) self).isAutomatic());
        registry.predicate(INITIAL, (self, context) -> ((WorkflowState) self).getKind() == StateKind.INITIAL);
        registry.predicate(FINAL, (self, context) -> ((WorkflowState) self).getKind() == StateKind.FINAL);
        registry.predicate(AI_UNREVIEWED, (self, context) -> self instanceof Automation automation
                && automation.getKind().getLiteral().equals("aiRecommendation")
                && (automation.getReviewPoint() == null || automation.getOverrideOwner() == null));
        registry.function(AUTOMATION_LABEL, self -> {
            Automation automation = (Automation) self;
            return automation.getName() + "\n" + words(automation.getKind().getLiteral());
        });
        registry.register(FIRED_TARGETS, withAffected((self, context) -> {
            List<EObject> targets = new ArrayList<>();
            for (Transition transition : ((Automation) self).getFires()) {
                if (transition.getTarget() != null) {
                    targets.add(transition.getTarget());
                }
            }
            return targets;
        }, (n, context) -> n.getNotifier() instanceof Transition transition && Notifications.is(n, Literals.TRANSITION__TARGET)
                ? context.referrers(transition, Literals.AUTOMATION__FIRES) : List.of()));
        registry.function(INTEGRATION_SOURCE, self -> ((Integration) self).getSource());
        registry.function(INTEGRATION_TARGET, self -> ((Integration) self).getTarget());
        registry.function(INTEGRATION_LABEL, self -> {
            Integration integration = (Integration) self;
            String frequency = integration.getFrequency() == null || integration.getFrequency().getValue() == 0 ? ""
                    : " (" + words(integration.getFrequency().getLiteral()) + ")";
            return (integration.getName() == null ? "" : integration.getName()) + frequency;
        });
        registry.register(EVENT_LOGS, withAffected((self, context) -> {
            List<String> parts = new ArrayList<>();
            for (EObject referrer : context.referrers(self, WorkAsDonePackage.Literals.EVENT_LOG__SYSTEM)) {
                EventLog log = (EventLog) referrer;
                parts.add("event log: " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(log.getCaseCount()) + " cases, "
                        + log.getDeviations().size() + " deviations");
            }
            parts.sort(null);
            return parts.isEmpty() ? null : String.join(" · ", parts);
        }, (n, context) -> {
            List<EObject> affected = new ArrayList<>();
            if (n.getNotifier() instanceof EventLog log && log.getSystem() != null) {
                affected.add(log.getSystem());
            }
            if (Notifications.is(n, WorkAsDonePackage.Literals.EVENT_LOG__SYSTEM)) {
                affected.addAll(Notifications.values(n));
            }
            affected.addAll(Notifications.referencedByValues(n, WorkAsDonePackage.Literals.EVENT_LOG__SYSTEM));
            if (n.getNotifier() instanceof EObject notifier && notifier.eContainer() instanceof EventLog log && log.getSystem() != null) {
                affected.add(log.getSystem());
            }
            return affected;
        }));
        registry.operation(CREATE_STATE, request -> {
            if (!(request.container() instanceof Workflow workflow)) {
                return null;
            }
            WorkflowState state = DigitalFactory.eINSTANCE.createWorkflowState();
            state.setName("New state");
            return AddCommand.create(request.domain(), workflow, Literals.WORKFLOW__STATES, state);
        });
        registry.operation(CONNECT, request -> {
            if (!(request.source() instanceof WorkflowState from) || !(request.target() instanceof WorkflowState to)
                    || !(from.eContainer() instanceof Workflow workflow) || from.eContainer() != to.eContainer()) {
                return null;
            }
            Transition transition = DigitalFactory.eINSTANCE.createTransition();
            transition.setName(to.getName());
            transition.setSource(from);
            transition.setTarget(to);
            return AddCommand.create(request.domain(), workflow, Literals.WORKFLOW__TRANSITIONS, transition);
        });
    }

    private static String transitionLabel(Transition transition) {
        List<String> guards = new ArrayList<>();
        if (transition.getGuard() != null && !transition.getGuard().isBlank()) {
            guards.add("[" + transition.getGuard() + "]");
        }
        if (transition.getRequiredPermission() != null) {
            guards.add("needs " + transition.getRequiredPermission().getName());
        }
        if (transition.isApprovalRequired()) {
            guards.add("approval");
        }
        if (transition.isAutomatic()) {
            guards.add("automatic");
        }
        String name = transition.getName() == null ? "" : transition.getName();
        StringBuilder label = new StringBuilder(name);
        StringBuilder line = new StringBuilder();
        for (String guard : guards) {
            if (!line.isEmpty() && line.length() + guard.length() > 34) {
                label.append('\n').append(line);
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " · ").append(guard);
        }
        if (!line.isEmpty()) {
            label.append('\n').append(line);
        }
        return label.toString();
    }
}
