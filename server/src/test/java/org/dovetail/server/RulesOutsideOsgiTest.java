package org.dovetail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.engine.RuleConfiguration;
import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.rules.engine.ValidationResult;
import org.dovetail.rules.registry.MappingValidatorRegistry;
import org.dovetail.rules.registry.RiskRuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule engine and the built-in pack as plain jars, with no OSGi and no extension registry on the class path:
 * the same contributions are found through META-INF/services, and validate the shipped example files.
 */
class RulesOutsideOsgiTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void theBuiltinPackIsFoundThroughServiceLoaderWithoutTheExtensionRegistry() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.core.runtime.RegistryFactory"));

        List<String> rules = RiskRuleRegistry.getDefault().rules().stream().map(ModelCheck::id).toList();
        List<String> validators = MappingValidatorRegistry.getDefault().validators().stream().map(ModelCheck::id).toList();

        assertTrue(rules.size() >= 24 && rules.contains("workflow.approval-skip-path"), rules.toString());
        assertTrue(validators.contains("governance.mapping-without-owner-or-rationale"), validators.toString());
        assertEquals(List.of(), RiskRuleRegistry.getDefault().problems());
        assertEquals(List.of(), MappingValidatorRegistry.getDefault().problems());
    }

    @Test
    void validatesTheShippedExampleFilesWithTheirWaivers() throws Exception {
        RuleEngine engine = builtinOnly().build();

        ValidationResult invoices = engine.validate(load("supplier-invoice-approval.dovetail"));
        ValidationResult changes = engine.validate(load("it-change-enablement.dovetail"));

        assertEquals(31, invoices.findings().size(), invoices.findings().toString());
        assertEquals(29, changes.findings().size(), changes.findings().toString());
        assertTrue(invoices.failures().isEmpty() && changes.failures().isEmpty());
        assertTrue(changes.findings().stream().anyMatch(f -> f.status() == FindingStatus.WAIVED
                && f.ruleId().equals("data.no-source-of-truth")));
        assertTrue(invoices.findingsOf("workasdone.approval-bypassed").get(0).message().contains("14 %"));
    }

    @Test
    void theCorrectedVariantsYieldNothing() {
        RuleEngine engine = builtinOnly().build();

        assertEquals(List.of(), engine.validate(ExampleModels.supplierInvoiceApprovalCorrected()).findings());
        assertEquals(List.of(), engine.validate(ExampleModels.itChangeEnablementCorrected()).findings());
    }

    @Test
    void theProjectConfigurationNextToTheModelApplies() throws Exception {
        DovetailModel model = load("supplier-invoice-approval.dovetail");
        Files.writeString(dir.resolve(RuleConfiguration.FILE_NAME), "rule.workasdone.log-deviation = off\n"
                + "rule.governance.step-without-owner = error\n");

        ValidationResult result = builtinOnly()
                .configuration(RuleConfiguration.forModel(dir.resolve("supplier-invoice-approval.dovetail"))).build().validate(model);

        assertTrue(result.findingsOf("workasdone.log-deviation").isEmpty());
        assertEquals("ERROR", result.findingsOf("governance.step-without-owner").get(0).severity().name());
        assertFalse(result.findings().isEmpty());
    }

    /** The built-in pack from the registries (other packs on the class path would add their own findings). */
    private static RuleEngine.Builder builtinOnly() {
        List<ModelCheck> checks = new ArrayList<>(RiskRuleRegistry.getDefault().rules());
        checks.addAll(MappingValidatorRegistry.getDefault().validators());
        checks.removeIf(c -> !c.pack().id().equals("org.dovetail.rules.builtin"));
        return RuleEngine.builder().checks(checks).today(TODAY);
    }

    private DovetailModel load(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/models/" + name)) {
            assertTrue(in != null, "models/" + name + " is not in the examples jar");
            Files.copy(in, file);
        }
        return DovetailResources.load(file);
    }
}
