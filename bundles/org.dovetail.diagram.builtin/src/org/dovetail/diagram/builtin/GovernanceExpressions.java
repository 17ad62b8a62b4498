package org.dovetail.diagram.builtin;

import static org.dovetail.diagram.builtin.ProcessFlowExpressions.candidates;
import static org.dovetail.diagram.builtin.ProcessFlowExpressions.withAffected;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.dovetail.diagram.api.ExpressionContext;
import org.dovetail.diagram.api.ExpressionRegistry;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalElement;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.digital.Automation;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.Report;
import org.dovetail.model.governance.ArtifactReplacementMapping;
import org.dovetail.model.governance.ControlImplementationMapping;
import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.EvidenceFieldMapping;
import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernancePackage;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.MappingStatus;
import org.dovetail.model.governance.PolicyControlMapping;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;

/** The Java functions of the governance-mapping diagram. */
final class GovernanceExpressions {

    static final String PROCESS_DOMAIN = "governance.process-domain";
    static final String DIGITAL_DOMAIN = "governance.digital-domain";
    static final String PROCESS_ELEMENTS = "governance.process-elements";
    static final String DIGITAL_ELEMENTS = "governance.digital-elements";
    static final String UNMAPPED = "governance.unmapped";
    static final String OTHER_MAPPED_DIGITAL = "governance.other-mapped-digital";
    static final String MAPPING_SOURCE = "governance.mapping-source";
    static final String MAPPING_TARGETS = "governance.mapping-targets";
    static final String MAPPING_LABEL = "governance.mapping-label";
    static final String TENTATIVE = "governance.tentative";
    static final String DISPUTED = "governance.disputed";
    static final String PROCESS_SIDE_LABEL = "governance.process-side-label";
    static final String DIGITAL_SIDE_LABEL = "governance.digital-side-label";
    static final String CONNECT = "governance.connect";

    /** The reference by which a mapping covers an element of each kind (what "unmapped" means per kind). */
    private static final Map<Class<?>, EReference> COVERED_BY = Map.of(
            Step.class, GovernancePackage.Literals.STEP_STATE_MAPPING__STEP,
            WorkflowState.class, GovernancePackage.Literals.STEP_STATE_MAPPING__STATES,
            DecisionRight.class, GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__DECISION_RIGHT,
            Permission.class, GovernancePackage.Literals.DECISION_PERMISSION_MAPPING__PERMISSIONS,
            EvidenceRequirement.class, GovernancePackage.Literals.EVIDENCE_FIELD_MAPPING__EVIDENCE,
            ExceptionPath.class, GovernancePackage.Literals.EXCEPTION_HANDLING_MAPPING__EXCEPTION_PATH,
            Policy.class, GovernancePackage.Literals.POLICY_CONTROL_MAPPING__POLICY,
            LegacyArtifact.class, GovernancePackage.Literals.ARTIFACT_REPLACEMENT_MAPPING__ARTIFACT,
            Role.class, GovernancePackage.Literals.ROLE_MAPPING__ROLE,
            SystemRole.class, GovernancePackage.Literals.ROLE_MAPPING__SYSTEM_ROLES);

    private GovernanceExpressions() {
    }

    static void register(ExpressionRegistry registry) {
        registry.register(PROCESS_DOMAIN, candidates((self, context) -> self instanceof DovetailModel m && m.getProcessDomain() != null
                ? List.of(m.getProcessDomain()) : List.of(), (domain, context) -> parentOf(domain), (n, c) -> List.of()));
        registry.register(DIGITAL_DOMAIN, candidates((self, context) -> self instanceof DovetailModel m && m.getDigitalDomain() != null
                ? List.of(m.getDigitalDomain()) : List.of(), (domain, context) -> parentOf(domain), (n, c) -> List.of()));
        registry.register(PROCESS_ELEMENTS, candidates((self, context) -> allContents(self),
                (element, context) -> ancestor(element, ProcessDomain.class), (n, c) -> List.of()));
        registry.register(DIGITAL_ELEMENTS, candidates((self, context) -> allContents(self),
                (element, context) -> ancestor(element, DigitalDomain.class), (n, c) -> List.of()));
        registry.register(UNMAPPED, withAffected(GovernanceExpressions::isUnmapped, GovernanceExpressions::mappingChange));
        registry.register(OTHER_MAPPED_DIGITAL, withAffected((self, context) -> self instanceof DigitalElement
                && !(self instanceof WorkflowState || self instanceof Permission || self instanceof DataField || self instanceof SystemRole
                        || self instanceof InformationSystem || self instanceof Automation || self instanceof Report)
                && context.referrers(self).stream().anyMatch(r -> r instanceof Mapping), GovernanceExpressions::mappingChange));
        registry.function(MAPPING_SOURCE, GovernanceExpressions::source);
        registry.function(MAPPING_TARGETS, GovernanceExpressions::targets);
        registry.function(MAPPING_LABEL, GovernanceExpressions::label);
        registry.predicate(TENTATIVE, (self, context) -> ((Mapping) self).getStatus() == MappingStatus.PROPOSED
                || ((Mapping) self).getStatus() == MappingStatus.PARTIAL);
        registry.predicate(DISPUTED, (self, context) -> ((Mapping) self).getStatus() == MappingStatus.DISPUTED);
        registry.function(PROCESS_SIDE_LABEL, self -> "Work as imagined — " + ((ProcessDomain) self).getName());
        registry.function(DIGITAL_SIDE_LABEL, self -> "Work as enforced — " + ((DigitalDomain) self).getName());
        GovernanceMappingDiagram.GROUP_LABELS.forEach((id, title) -> registry.function(GovernanceMappingDiagram.GROUP_LABEL + id, self -> title));
        registry.operation(CONNECT, request -> {
            Mapping mapping = newMapping(request.source(), request.target());
            if (mapping == null || !(request.context().root() instanceof DovetailModel model) || model.getGovernance() == null) {
                return null;
            }
            return AddCommand.create(request.domain(), model.getGovernance(), GovernancePackage.Literals.GOVERNANCE_MODEL__MAPPINGS, mapping);
        });
    }

    private static List<EObject> parentOf(EObject element) {
        return element.eContainer() == null ? List.of() : List.of(element.eContainer());
    }

    private static List<EObject> allContents(EObject self) {
        List<EObject> result = new ArrayList<>();
        self.eAllContents().forEachRemaining(result::add);
        return result;
    }

    private static List<EObject> ancestor(EObject element, Class<?> type) {
        for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
            if (type.isInstance(e)) {
                return List.of(e);
            }
        }
        return List.of();
    }

    /** Whether an element that a mapping should cover is covered by none. */
    private static Object isUnmapped(EObject self, ExpressionContext context) {
        if (self instanceof Step step && step.isManual() || self instanceof EvidenceRequirement evidence && !evidence.isMandatory()
                || self instanceof LegacyArtifact artifact && artifact.getFate().getLiteral().equals("retain")
                        && artifact.getFateReason() != null && !artifact.getFateReason().isBlank()) {
            return false;
        }
        for (Map.Entry<Class<?>, EReference> entry : COVERED_BY.entrySet()) {
            if (entry.getKey().isInstance(self)) {
                return context.referrers(self, entry.getValue()).isEmpty();
            }
        }
        return false;
    }

    /** The mapping reference that covers elements like {@code element}, or null if the diagram does not ask. */
    static EReference coveringReference(EObject element) {
        for (Map.Entry<Class<?>, EReference> entry : COVERED_BY.entrySet()) {
            if (entry.getKey().isInstance(element)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Elements whose coverage a notification can change: what a mapping refers to, before and after. */
    private static Collection<? extends EObject> mappingChange(Notification n, ExpressionContext context) {
        List<EObject> affected = new ArrayList<>();
        if (n.getNotifier() instanceof Mapping && n.getFeature() instanceof EReference reference && !reference.isContainment()
                && reference != DovetailPackage.Literals.OWNED__OWNER) {
            affected.addAll(Notifications.values(n));
        }
        for (EObject value : Notifications.values(n)) {
            if (value instanceof Mapping mapping) {
                for (EObject referenced : mapping.eCrossReferences()) {
                    affected.add(referenced);
                }
            }
        }
        return affected;
    }

    static EObject source(EObject self) {
        if (self instanceof StepStateMapping m) {
            return m.getStep();
        } else if (self instanceof DecisionPermissionMapping m) {
            return m.getDecisionRight();
        } else if (self instanceof EvidenceFieldMapping m) {
            return m.getEvidence();
        } else if (self instanceof ExceptionHandlingMapping m) {
            return m.getExceptionPath();
        } else if (self instanceof PolicyControlMapping m) {
            return m.getPolicy();
        } else if (self instanceof ControlImplementationMapping m) {
            return m.getControl();
        } else if (self instanceof ArtifactReplacementMapping m) {
            return m.getArtifact();
        } else if (self instanceof RoleMapping m) {
            return m.getRole();
        }
        return null;
    }

    static List<? extends EObject> targets(EObject self) {
        if (self instanceof StepStateMapping m) {
            return m.getStates();
        } else if (self instanceof DecisionPermissionMapping m) {
            return m.getPermissions();
        } else if (self instanceof EvidenceFieldMapping m) {
            return m.getFields();
        } else if (self instanceof ExceptionHandlingMapping m) {
            return m.getHandledBy();
        } else if (self instanceof PolicyControlMapping m) {
            return m.getControls();
        } else if (self instanceof ControlImplementationMapping m) {
            return m.getImplementedBy();
        } else if (self instanceof ArtifactReplacementMapping m) {
            return m.getReplacements();
        } else if (self instanceof RoleMapping m) {
            return m.getSystemRoles();
        }
        return List.of();
    }

    private static String label(EObject self) {
        String verb = self instanceof StepStateMapping ? "runs as" : self instanceof DecisionPermissionMapping ? "permitted by"
                : self instanceof EvidenceFieldMapping ? "captured in" : self instanceof ExceptionHandlingMapping ? "handled by"
                : self instanceof PolicyControlMapping ? "enforced by" : self instanceof ControlImplementationMapping ? "implemented by"
                : self instanceof ArtifactReplacementMapping ? "replaced by" : self instanceof RoleMapping ? "acts as" : "";
        Mapping mapping = (Mapping) self;
        return mapping.getStatus() == MappingStatus.CONFIRMED ? verb : verb + " (" + mapping.getStatus().getLiteral() + ")";
    }

    /** The typed mapping for connecting {@code source} to {@code target}, or null when no mapping type fits. */
    private static Mapping newMapping(EObject source, EObject target) {
        GovernanceFactory f = GovernanceFactory.eINSTANCE;
        if (source instanceof Step step && target instanceof WorkflowState state) {
            StepStateMapping m = f.createStepStateMapping();
            m.setStep(step);
            m.getStates().add(state);
            return named(m, step, target);
        } else if (source instanceof DecisionRight right && target instanceof Permission permission) {
            DecisionPermissionMapping m = f.createDecisionPermissionMapping();
            m.setDecisionRight(right);
            m.getPermissions().add(permission);
            return named(m, source, target);
        } else if (source instanceof EvidenceRequirement evidence && target instanceof DataField field) {
            EvidenceFieldMapping m = f.createEvidenceFieldMapping();
            m.setEvidence(evidence);
            m.getFields().add(field);
            return named(m, source, target);
        } else if (source instanceof ExceptionPath path && target instanceof DigitalElement element) {
            ExceptionHandlingMapping m = f.createExceptionHandlingMapping();
            m.setExceptionPath(path);
            m.getHandledBy().add(element);
            return named(m, source, target);
        } else if (source instanceof Policy policy && target instanceof Control control) {
            PolicyControlMapping m = f.createPolicyControlMapping();
            m.setPolicy(policy);
            m.getControls().add(control);
            return named(m, source, target);
        } else if (source instanceof Control control && target instanceof DigitalElement element) {
            ControlImplementationMapping m = f.createControlImplementationMapping();
            m.setControl(control);
            m.getImplementedBy().add(element);
            return named(m, source, target);
        } else if (source instanceof LegacyArtifact artifact && target instanceof DigitalElement element) {
            ArtifactReplacementMapping m = f.createArtifactReplacementMapping();
            m.setArtifact(artifact);
            m.getReplacements().add(element);
            return named(m, source, target);
        } else if (source instanceof Role role && target instanceof SystemRole systemRole) {
            RoleMapping m = f.createRoleMapping();
            m.setRole(role);
            m.getSystemRoles().add(systemRole);
            return named(m, source, target);
        }
        return null;
    }

    private static Mapping named(Mapping mapping, EObject source, EObject target) {
        mapping.setName(name(source) + " → " + name(target));
        mapping.setStatus(MappingStatus.PROPOSED);
        return mapping;
    }

    private static String name(EObject element) {
        var feature = element.eClass().getEStructuralFeature("name");
        return feature == null ? element.eClass().getName() : String.valueOf(element.eGet(feature));
    }
}
