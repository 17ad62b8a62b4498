package org.dovetail.rules.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.RuleEngine;
import org.dovetail.rules.engine.ValidationResult;
import org.dovetail.rules.registry.MappingValidatorRegistry;
import org.dovetail.rules.registry.RiskRuleRegistry;
import org.eclipse.emf.ecore.EObject;

/** Runs one check, or the whole built-in pack, and asserts on what it finds. */
public final class Checks {

    private Checks() {
    }

    /** The built-in pack's rules and validators, as the registries contribute them. */
    public static List<ModelCheck> builtin() {
        List<ModelCheck> checks = new java.util.ArrayList<>();
        checks.addAll(RiskRuleRegistry.getDefault().rules());
        checks.addAll(MappingValidatorRegistry.getDefault().validators());
        checks.removeIf(c -> c.pack() != BuiltinCheck.PACK);
        return checks;
    }

    public static ValidationResult validateWithBuiltin(EObject model, LocalDate today) {
        return RuleEngine.builder().checks(builtin()).today(today).build().validate(model);
    }

    public static List<RuleFinding> findings(ModelCheck check, Mini m) {
        ValidationResult result = RuleEngine.builder().checks(List.of(check)).today(LocalDate.of(2026, 6, 1)).build().validate(m.model);
        assertEquals(List.of(), result.failures(), check.id() + " failed");
        for (RuleFinding f : result.findings()) {
            for (String text : List.of(f.message(), f.explanation(), f.remediation())) {
                assertFalse(text.contains("!" + check.id()), "missing text: " + text);
                assertFalse(text.matches(".*\\{\\d.*"), "unformatted argument: " + text);
            }
        }
        return result.findings();
    }

    public static void assertFinds(ModelCheck check, Mini m, EObject... elements) {
        assertEquals(List.of(elements), findings(check, m).stream().map(RuleFinding::element).toList(), check.id());
    }

    public static void assertNothing(ModelCheck check, Mini m) {
        assertEquals(List.of(), findings(check, m).stream().map(RuleFinding::element).toList(), check.id());
    }

    public static RuleFinding only(ModelCheck check, Mini m) {
        List<RuleFinding> findings = findings(check, m);
        assertEquals(1, findings.size(), check.id() + ": " + findings);
        return findings.get(0);
    }
}
