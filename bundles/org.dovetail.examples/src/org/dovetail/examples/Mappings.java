package org.dovetail.examples;

import java.util.Date;
import java.util.List;

import org.dovetail.model.Party;
import org.dovetail.model.Person;
import org.dovetail.model.digital.DataField;
import org.dovetail.model.digital.DigitalElement;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.ArtifactReplacementMapping;
import org.dovetail.model.governance.Baseline;
import org.dovetail.model.governance.ControlImplementationMapping;
import org.dovetail.model.governance.DecisionPermissionMapping;
import org.dovetail.model.governance.EvidenceFieldMapping;
import org.dovetail.model.governance.ExceptionHandlingMapping;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.Mapping;
import org.dovetail.model.governance.MappingStatus;
import org.dovetail.model.governance.PolicyControlMapping;
import org.dovetail.model.governance.RoleMapping;
import org.dovetail.model.governance.SignOff;
import org.dovetail.model.governance.SignOffDecision;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Control;
import org.dovetail.model.process.DecisionRight;
import org.dovetail.model.process.EvidenceRequirement;
import org.dovetail.model.process.ExceptionPath;
import org.dovetail.model.process.LegacyArtifact;
import org.dovetail.model.process.Policy;
import org.dovetail.model.process.Role;
import org.dovetail.model.process.Step;

/**
 * The governance mappings of an example, built by the names of the elements they connect. A mapping is named
 * {@code "<process element> ↔ <system elements>"}; it is confirmed when it has an owner and proposed otherwise.
 */
final class Mappings {

    private static final GovernanceFactory F = GovernanceFactory.eINSTANCE;

    private final ModelBuilder b;
    private final GovernanceModel governance;

    Mappings(ModelBuilder b, GovernanceModel governance) {
        this.b = b;
        this.governance = governance;
    }

    StepStateMapping stepState(String step, Party owner, String rationale, String... states) {
        StepStateMapping m = add(F.createStepStateMapping(), step, owner, rationale, states);
        m.setStep(b.get(Step.class, step));
        for (String s : states) {
            m.getStates().add(b.get(WorkflowState.class, s));
        }
        return m;
    }

    DecisionPermissionMapping decisionPermission(String decisionRight, Party owner, String rationale, String... permissions) {
        DecisionPermissionMapping m = add(F.createDecisionPermissionMapping(), decisionRight, owner, rationale, permissions);
        m.setDecisionRight(b.get(DecisionRight.class, decisionRight));
        for (String p : permissions) {
            m.getPermissions().add(b.get(Permission.class, p));
        }
        return m;
    }

    EvidenceFieldMapping evidenceField(String evidence, Party owner, String rationale, String... fields) {
        EvidenceFieldMapping m = add(F.createEvidenceFieldMapping(), evidence, owner, rationale, fields);
        m.setEvidence(b.get(EvidenceRequirement.class, evidence));
        for (String f : fields) {
            m.getFields().add(b.get(DataField.class, f));
        }
        return m;
    }

    ExceptionHandlingMapping exceptionHandling(String exceptionPath, Party owner, String rationale, DigitalElement... handledBy) {
        ExceptionHandlingMapping m = add(F.createExceptionHandlingMapping(), exceptionPath, owner, rationale, names(handledBy));
        m.setExceptionPath(b.get(ExceptionPath.class, exceptionPath));
        m.getHandledBy().addAll(List.of(handledBy));
        return m;
    }

    PolicyControlMapping policyControl(String policy, Party owner, String rationale, String... controls) {
        PolicyControlMapping m = add(F.createPolicyControlMapping(), policy, owner, rationale, controls);
        m.setPolicy(b.get(Policy.class, policy));
        for (String c : controls) {
            m.getControls().add(b.get(Control.class, c));
        }
        return m;
    }

    ControlImplementationMapping controlImplementation(String control, Party owner, String rationale, DigitalElement... by) {
        ControlImplementationMapping m = add(F.createControlImplementationMapping(), control, owner, rationale, names(by));
        m.setControl(b.get(Control.class, control));
        m.getImplementedBy().addAll(List.of(by));
        return m;
    }

    ArtifactReplacementMapping artifactReplacement(String artifact, Party owner, String rationale, DigitalElement... by) {
        ArtifactReplacementMapping m = add(F.createArtifactReplacementMapping(), artifact, owner, rationale, names(by));
        m.setArtifact(b.get(LegacyArtifact.class, artifact));
        m.getReplacements().addAll(List.of(by));
        return m;
    }

    /** Maps a process role to system roles given by their technical names. */
    RoleMapping role(String role, Party owner, String... technicalNames) {
        RoleMapping m = add(F.createRoleMapping(), role, owner,
                "People in the role hold " + String.join(", ", technicalNames) + ".", technicalNames);
        m.setRole(b.get(Role.class, role));
        for (String t : technicalNames) {
            m.getSystemRoles().add(b.all(SystemRole.class).stream().filter(r -> t.equals(r.getTechnicalName())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no system role " + t)));
        }
        return m;
    }

    SignOff signOff(Baseline baseline, Person signer, SignOffDecision decision, Date on, String comment) {
        SignOff s = b.identify("SignOff/" + baseline.getName() + "/" + signer.getName(), F.createSignOff());
        s.setSigner(signer);
        s.setDecision(decision);
        s.setSignedOn(on);
        s.setComment(comment);
        baseline.getSignOffs().add(s);
        return s;
    }

    private <M extends Mapping> M add(M mapping, String from, Party owner, String rationale, String... to) {
        b.named(mapping, from + " ↔ " + (to.length == 0 ? "nothing yet" : String.join(", ", to)), null);
        mapping.setOwner(owner);
        mapping.setStatus(owner == null ? MappingStatus.PROPOSED : MappingStatus.CONFIRMED);
        mapping.setRationale(rationale);
        governance.getMappings().add(mapping);
        return mapping;
    }

    private static String[] names(DigitalElement... elements) {
        return List.of(elements).stream().map(DigitalElement::getName).toArray(String[]::new);
    }
}
