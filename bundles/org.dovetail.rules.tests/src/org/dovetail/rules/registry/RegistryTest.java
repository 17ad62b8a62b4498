package org.dovetail.rules.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.CheckDescriptor;
import org.dovetail.rules.api.MappingValidator;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RiskRule;
import org.dovetail.rules.engine.TestRules;
import org.dovetail.rules.internal.Contributions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registries keep good contributions and skip bad ones: this fragment's {@code fragment.xml} contributes one
 * good rule and three bad ones through the extension registry; the ServiceLoader path is tried with a class loader
 * over a services file.
 */
class RegistryTest {

    @Test
    void theExtensionRegistryPathSkipsBadContributionsAndKeepsTheGoodOne() {
        RiskRuleRegistry registry = RiskRuleRegistry.getDefault();

        List<String> ids = registry.rules().stream().map(ModelCheck::id).toList();
        assertTrue(ids.contains("test.good"), ids.toString());
        assertEquals(List.of(), ids.stream().filter(id -> id.startsWith("test.") && !id.equals("test.good")).toList());
        String problems = String.join("\n", registry.problems());
        assertTrue(problems.contains("NoSuchRule"), problems);
        assertTrue(problems.contains("ThrowsOnCreate"), problems);
        assertTrue(problems.contains("declares id test.declared-otherwise but its class says test.failing"), problems);
        assertTrue(problems.contains("declares feedbackGap/error but its class says governanceShortfall/warning"), problems);
        assertEquals(4, registry.problems().size(), problems);
        assertTrue(MappingValidatorRegistry.getDefault().validators().stream().anyMatch(v -> v.id().equals("test.mapping-good")));
    }

    @Test
    void declaredContributionsAreDescribedWithoutCreatingThem() {
        int created = TestRules.CountingValidator.CREATED.get();
        List<CheckDescriptor> descriptors = Contributions.standard(MappingValidator.class, MappingValidatorRegistry.EXTENSION_POINT).descriptors();

        assertEquals(created, TestRules.CountingValidator.CREATED.get(), "describing created the validator");
        assertTrue(descriptors.contains(new CheckDescriptor("test.mapping-counted", "Counted test validator", RuleCategory.FEEDBACK_GAP,
                Severity.WARNING, CheckDescriptor.Kind.MAPPING_VALIDATOR)), descriptors.toString());
        assertTrue(descriptors.contains(new CheckDescriptor("test.mapping-good", "Good test validator", RuleCategory.GOVERNANCE_SHORTFALL,
                Severity.INFO, CheckDescriptor.Kind.MAPPING_VALIDATOR)), descriptors.toString());
    }

    @Test
    void undeclaredContributionsAreDescribedByTheirClass() {
        List<CheckDescriptor> descriptors = RiskRuleRegistry.getDefault().descriptors();

        assertTrue(descriptors.contains(new CheckDescriptor("test.good", "Good test rule", RuleCategory.GOVERNANCE_SHORTFALL, Severity.WARNING,
                CheckDescriptor.Kind.RISK_RULE)), descriptors.toString());
    }

    @Test
    void theServiceLoaderPathSkipsBadProvidersAndKeepsTheGoodOne(@TempDir Path dir) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(RiskRule.class.getName()), String.join("\n", "# a vendor's services file",
                "org.dovetail.rules.engine.NoSuchRule", "org.dovetail.rules.engine.TestRules$ThrowsOnCreate",
                "org.dovetail.rules.engine.TestRules$Good", "org.dovetail.rules.engine.RuleEngine", ""));

        try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() }, RegistryTest.class.getClassLoader())) {
            RiskRuleRegistry registry = RiskRuleRegistry.fromClassLoader(loader);

            assertEquals(List.of("test.good"), registry.rules().stream().map(ModelCheck::id).toList());
            assertEquals(3, registry.problems().size(), registry.problems().toString());
            assertTrue(registry.problems().get(0).startsWith("Skipped RiskRule"));
            assertTrue(registry.problems().get(2).contains("RuleEngine not a subtype"), registry.problems().get(2));
        }
    }
}
