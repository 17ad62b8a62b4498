package org.dovetail.rules.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.rules.api.CheckDescriptor;
import org.dovetail.rules.api.MappingValidator;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RiskRule;
import org.dovetail.rules.registry.MappingValidatorRegistry;
import org.dovetail.rules.registry.RiskRuleRegistry;
import org.junit.jupiter.api.Test;

/** The built-in pack as a vendor pack: complete, consistently registered, with all its texts. */
class BuiltinPackTest {

    @Test
    void theExtensionRegistryContributesEveryBuiltinCheck() {
        List<ModelCheck> checks = Checks.builtin();

        assertTrue(checks.size() >= 25, "only " + checks.size() + " checks");
        assertEquals(List.of(), RiskRuleRegistry.getDefault().problems().stream().filter(p -> p.contains("builtin")).toList());
        Set<RuleCategory> categories = EnumSet.noneOf(RuleCategory.class);
        checks.forEach(c -> categories.add(c.category()));
        assertEquals(EnumSet.allOf(RuleCategory.class), categories, "every row of the rule table");
        assertTrue(MappingValidatorRegistry.getDefault().validators().size() >= 3);
    }

    @Test
    void pluginXmlAndMetaInfServicesListTheSameClasses() throws IOException {
        String plugin = resource("plugin.xml");
        assertEquals(classes(plugin, "rule"), lines(resource("META-INF/services/" + RiskRule.class.getName())));
        assertEquals(classes(plugin, "validator"), lines(resource("META-INF/services/" + MappingValidator.class.getName())));
        Matcher ids = Pattern.compile("id=\"([^\"]+)\" class").matcher(plugin);
        List<String> declared = new ArrayList<>();
        while (ids.find()) {
            declared.add(ids.group(1));
        }
        assertEquals(declared.stream().sorted().toList(), Checks.builtin().stream().map(ModelCheck::id).sorted().toList());
    }

    @Test
    void pluginXmlDescribesEveryCheckAsItsClassDoes() {
        List<CheckDescriptor> described = new ArrayList<>(RiskRuleRegistry.getDefault().descriptors());
        described.addAll(MappingValidatorRegistry.getDefault().descriptors());
        List<CheckDescriptor> fromClasses = Checks.builtin().stream().map(c -> CheckDescriptor.of(c,
                c instanceof MappingValidator ? CheckDescriptor.Kind.MAPPING_VALIDATOR : CheckDescriptor.Kind.RISK_RULE)).toList();

        assertEquals(fromClasses, described.stream().filter(d -> fromClasses.stream().anyMatch(c -> c.id().equals(d.id()))).toList());
    }

    @Test
    void everyCheckHasAllItsTextsAndAStableIdForItsCategory() {
        for (ModelCheck check : Checks.builtin()) {
            for (String part : List.of("title", "message", "explanation", "remediation")) {
                assertTrue(BuiltinCheck.PACK.hasText(check.id() + '.' + part), check.id() + " has no " + part);
            }
            assertFalse(check.title().startsWith("!"));
            assertTrue(check.id().startsWith(prefix(check.category())), check.id());
        }
    }

    @Test
    void numbersFollowTheLanguageOfTheTextsNotTheMachine() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("The event log shows \"Match\" skipped in 538 of 4,812 cases",
                    BuiltinCheck.PACK.text("workasdone.log-deviation.message", "Match", "skipped", 538, 4812));
        } finally {
            Locale.setDefault(machine);
        }
    }

    private static String prefix(RuleCategory category) {
        return switch (category) {
            case WORKFLOW_MISMATCH -> "workflow.";
            case DECISION_EVIDENCE_MISMATCH -> "decision.";
            case DATA_EXCEPTION_MISMATCH -> "data.";
            case GOVERNANCE_SHORTFALL -> "governance.";
            case FEEDBACK_GAP -> "feedback.";
            case WORKFLOW_REDESIGN -> "redesign.";
            case WORK_AS_DONE -> "workasdone.";
        };
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = BuiltinCheck.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> classes(String pluginXml, String element) {
        Matcher m = Pattern.compile("<" + element + " id=\"[^\"]+\" class=\"([^\"]+)\"").matcher(pluginXml);
        List<String> result = new ArrayList<>();
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
