package org.dovetail.rules.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.Element;
import org.dovetail.model.digital.DigitalDomain;
import org.dovetail.model.digital.DigitalFactory;
import org.dovetail.model.digital.InformationSystem;
import org.dovetail.model.digital.Permission;
import org.dovetail.model.digital.PermissionAction;
import org.dovetail.model.digital.StateKind;
import org.dovetail.model.digital.SystemRole;
import org.dovetail.model.digital.Transition;
import org.dovetail.model.digital.Workflow;
import org.dovetail.model.digital.WorkflowState;
import org.dovetail.model.governance.GovernanceFactory;
import org.dovetail.model.governance.GovernanceModel;
import org.dovetail.model.governance.StepStateMapping;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessDomain;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RiskRule;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.rules.engine.ValidationResult;
import org.dovetail.rules.registry.RiskRuleRegistry;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** The example pack's rules on small models and on the shipped examples, and how the pack is registered. */
class ExampleRulesTest {

    private static final DigitalFactory D = DigitalFactory.eINSTANCE;

    private final DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
    private final Process process = ProcessFactory.eINSTANCE.createProcess();
    private final InformationSystem system = D.createInformationSystem();
    private final Workflow workflow = D.createWorkflow();
    private final GovernanceModel governance = GovernanceFactory.eINSTANCE.createGovernanceModel();

    ExampleRulesTest() {
        ProcessDomain processDomain = ProcessFactory.eINSTANCE.createProcessDomain();
        model.setProcessDomain(processDomain);
        processDomain.getProcesses().add(named(process, "Invoice approval"));
        DigitalDomain digital = D.createDigitalDomain();
        model.setDigitalDomain(digital);
        digital.getSystems().add(named(system, "ERP"));
        system.getWorkflows().add(named(workflow, "Invoice"));
        model.setGovernance(governance);
    }

    // ---- four eyes --------------------------------------------------------------------------------------------

    @Test
    void fourEyesFindsAnUnguardedTransitionOutOfATwoPersonApproval() {
        Transition release = twoPersonApproval(2);

        List<RuleFinding> findings = run(new FourEyesRule());

        assertEquals(List.of(release), elements(findings));
        assertEquals("Transition \"Release\" completes the 2-person approval \"Second approval\" without recording an approval",
                findings.get(0).message());
        assertTrue(findings.get(0).related().stream().anyMatch(Approval.class::isInstance));
    }

    @Test
    void fourEyesFindsAPermissionThatOneRoleHolds() {
        Transition release = twoPersonApproval(2);
        release.setApprovalRequired(true);
        SystemRole controller = role("Z_CONTROLLER");
        Permission permission = permission("Release invoice", PermissionAction.APPROVE, controller);
        release.setRequiredPermission(permission);

        List<RuleFinding> findings = run(new FourEyesRule());

        assertEquals(List.of(release), elements(findings));
        assertTrue(findings.get(0).message().endsWith("but only the role Z_CONTROLLER holds its permission \"Release invoice\""),
                findings.get(0).message());

        permission.getGrantedTo().add(role("Z_APPROVER"));
        assertEquals(List.of(), run(new FourEyesRule()));
    }

    @Test
    void fourEyesIgnoresSinglePersonApprovalsAndRejections() {
        Transition release = twoPersonApproval(1);
        assertEquals(List.of(), run(new FourEyesRule()));

        ((Approval) process.getSteps().get(0)).setRequiredApprovals(2);
        release.getTarget().setKind(StateKind.FINAL);
        assertEquals(List.of(), run(new FourEyesRule()));
    }

    // ---- custom SAP roles -------------------------------------------------------------------------------------

    @Test
    void sapRuleFindsACustomRoleThatCreatesAndPosts() {
        SystemRole clerk = role("Z_AP_CLERK");
        permission("Create invoice", PermissionAction.CREATE, clerk);
        permission("Post invoice", PermissionAction.POST, clerk);

        List<RuleFinding> findings = run(new SapCustomRoleRule());

        assertEquals(List.of(clerk), elements(findings));
        assertEquals("Custom role Z_AP_CLERK may both create (\"Create invoice\") and release (\"Post invoice\") in ERP",
                findings.get(0).message());
    }

    @Test
    void sapRuleIgnoresDeliveredRolesAndRolesThatOnlyCreate() {
        SystemRole delivered = role("SAP_FI_AP_CLERK");
        SystemRole creator = role("Z_AP_ENTRY");
        permission("Create invoice", PermissionAction.CREATE, delivered, creator);
        permission("Approve invoice", PermissionAction.APPROVE, delivered);

        assertEquals(List.of(), run(new SapCustomRoleRule()));
    }

    // ---- the shipped examples ---------------------------------------------------------------------------------

    @Test
    void theSupplierInvoiceExampleShowsBothGaps() {
        ValidationResult result = engine().validate(ExampleModels.supplierInvoiceApproval());

        assertEquals(List.of(), result.failures());
        assertEquals(List.of("Release, level 2"), names(result.findingsOf(FourEyesRule.ID)));
        assertEquals(List.of("AP clerk (ERP)", "Cost-centre approver (ERP)"), names(result.findingsOf(SapCustomRoleRule.ID)));
    }

    @Test
    void theItChangeExampleHasNoCustomSapRolesAndNoTwoPersonApprovals() {
        assertEquals(List.of(), engine().validate(ExampleModels.itChangeEnablement()).findings());
    }

    // ---- registration -----------------------------------------------------------------------------------------

    @Test
    void theExtensionRegistryContributesThePack() {
        List<String> ids = RiskRuleRegistry.getDefault().rules().stream().filter(r -> r.pack() == ExamplePack.PACK)
                .map(ModelCheck::id).sorted().toList();

        assertEquals(List.of(FourEyesRule.ID, SapCustomRoleRule.ID), ids);
        assertEquals(List.of(), RiskRuleRegistry.getDefault().problems().stream().filter(p -> p.contains(".example.")).toList());
    }

    @Test
    void pluginXmlAndMetaInfServicesListTheSameClasses() throws IOException {
        Matcher m = Pattern.compile("<rule id=\"[^\"]+\" class=\"([^\"]+)\"").matcher(resource("plugin.xml"));
        List<String> fromPluginXml = new ArrayList<>();
        while (m.find()) {
            fromPluginXml.add(m.group(1));
        }
        List<String> fromServices = resource("META-INF/services/" + RiskRule.class.getName()).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

        assertEquals(fromPluginXml, fromServices);
    }

    @Test
    void everyRuleHasItsTexts() {
        for (String key : List.of(FourEyesRule.ID + ".title", FourEyesRule.ID + ".no-guard.explanation",
                FourEyesRule.ID + ".single-role.remediation", SapCustomRoleRule.ID + ".title", SapCustomRoleRule.ID + ".message",
                SapCustomRoleRule.ID + ".explanation", SapCustomRoleRule.ID + ".remediation")) {
            assertTrue(ExamplePack.PACK.hasText(key), key);
        }
        assertFalse(new FourEyesRule().title().startsWith("!"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Awaiting second approval → Release → Posted, the state mapped to an approval needing {@code approvers}. */
    private Transition twoPersonApproval(int approvers) {
        Approval approval = named(ProcessFactory.eINSTANCE.createApproval(), "Second approval");
        approval.setRequiredApprovals(approvers);
        process.getSteps().add(approval);
        WorkflowState waiting = state("Awaiting second approval", StateKind.INTERMEDIATE);
        WorkflowState posted = state("Posted", StateKind.INTERMEDIATE);
        StepStateMapping mapping = named(GovernanceFactory.eINSTANCE.createStepStateMapping(), "Second approval mapping");
        mapping.setStep(approval);
        mapping.getStates().add(waiting);
        governance.getMappings().add(mapping);
        Transition release = named(D.createTransition(), "Release");
        release.setSource(waiting);
        release.setTarget(posted);
        workflow.getTransitions().add(release);
        return release;
    }

    private WorkflowState state(String name, StateKind kind) {
        WorkflowState s = named(D.createWorkflowState(), name);
        s.setKind(kind);
        workflow.getStates().add(s);
        return s;
    }

    private SystemRole role(String technicalName) {
        SystemRole r = named(D.createSystemRole(), technicalName);
        r.setTechnicalName(technicalName);
        system.getRoles().add(r);
        return r;
    }

    private Permission permission(String name, PermissionAction action, SystemRole... grantedTo) {
        Permission p = named(D.createPermission(), name);
        p.setAction(action);
        p.getGrantedTo().addAll(List.of(grantedTo));
        system.getPermissions().add(p);
        return p;
    }

    private List<RuleFinding> run(RiskRule rule) {
        ValidationResult result = RuleEngine.builder().checks(List.of(rule)).today(LocalDate.of(2026, 11, 23)).build().validate(model);
        assertEquals(List.of(), result.failures());
        return result.findings();
    }

    private static RuleEngine engine() {
        return RuleEngine.builder().checks(List.of(new FourEyesRule(), new SapCustomRoleRule())).today(LocalDate.of(2026, 11, 23)).build();
    }

    private static List<EObject> elements(List<RuleFinding> findings) {
        return findings.stream().map(RuleFinding::element).toList();
    }

    private static List<String> names(List<RuleFinding> findings) {
        return findings.stream().map(f -> ((Element) f.element()).getName()).toList();
    }

    private static <T extends Element> T named(T element, String name) {
        element.setName(name);
        return element;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ExamplePack.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
