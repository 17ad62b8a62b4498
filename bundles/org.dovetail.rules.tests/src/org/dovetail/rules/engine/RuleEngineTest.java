package org.dovetail.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.dovetail.model.governance.FindingStatus;
import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.rules.api.RuleFinding;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private final TestModels m = new TestModels();

    private static RuleEngine.Builder engine() {
        return RuleEngine.builder().today(LocalDate.of(2026, 6, 1));
    }

    @Test
    void reportsFindingsWithTheirExternalisedTexts() {
        ValidationResult result = engine().checks(List.of(new TestRules.Good())).build().validate(m.model);

        RuleFinding f = result.findings().get(0);
        assertEquals(1, result.findings().size());
        assertEquals(m.unowned, f.element());
        assertEquals("Process \"Unowned process\" has no owner", f.message());
        assertEquals("Test explanation for Unowned process.", f.explanation());
        assertEquals("Name an owner.", f.remediation());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(RuleCategory.GOVERNANCE_SHORTFALL, f.category());
        assertEquals(FindingStatus.OPEN, f.status());
        assertTrue(result.hasOpenAtOrAbove(Severity.WARNING));
        assertFalse(result.hasOpenAtOrAbove(Severity.ERROR));
        assertThrows(UnsupportedOperationException.class, () -> result.findings().clear());
    }

    @Test
    void mappingValidatorsRunWithTheRules() {
        ValidationResult result = engine().checks(List.of(new TestRules.Good(), new TestRules.GoodValidator())).build().validate(m.model);

        assertEquals(List.of(m.unowned, m.mapping), result.findings().stream().map(RuleFinding::element).toList());
        assertEquals(2, result.checksRun());
    }

    @Test
    void aThrowingRuleIsReportedAsFailedAndTheOthersStillRun() {
        ValidationResult result = engine().checks(List.of(new TestRules.Failing(), new TestRules.Good())).build().validate(m.model);

        assertEquals(1, result.failures().size());
        RuleFailure failure = result.failures().get(0);
        assertEquals("test.failing", failure.ruleId());
        assertFalse(failure.timedOut());
        assertTrue(failure.message().contains("boom") && failure.message().contains("Test model"), failure.message());
        assertTrue(failure.cause() instanceof IllegalStateException);
        assertTrue(failure.toString().contains("rule failed"));
        assertEquals(1, result.findingsOf("test.good").size());
    }

    @Test
    void aSlowRuleIsStoppedAtTheTimeLimitAndTheOthersStillRun() {
        long start = System.nanoTime();
        ValidationResult result = engine().timeLimit(Duration.ofMillis(200))
                .checks(List.of(new TestRules.Sleeping(), new TestRules.Good())).build().validate(m.model);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
        assertEquals("test.sleeping", result.failures().get(0).ruleId());
        assertTrue(result.failures().get(0).timedOut());
        assertTrue(result.failures().get(0).toString().contains("timed out"));
        assertEquals(1, result.findingsOf("test.good").size());
    }

    @Test
    void aRuleThatIgnoresInterruptsIsStoppedAtItsNextReport() {
        long start = System.nanoTime();
        ValidationResult result = engine().timeLimit(Duration.ofMillis(100)).checks(List.of(new TestRules.Spinning())).build()
                .validate(m.model);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000, "the run waited for the rule");
        assertTrue(result.failures().get(0).timedOut());
        assertTrue(result.findings().isEmpty());
    }

    @Test
    void aSecondCheckWithTheSameIdIsSkippedAndNoted() {
        RuleEngine engine = engine().checks(List.of(new TestRules.Good(), new TestRules.Good())).build();

        assertEquals(1, engine.checks().size());
        assertTrue(engine.validate(m.model).problems().get(0).contains("duplicate id test.good"));
    }

    @Test
    void validatesEveryResourceOfAResourceSet() {
        ResourceSet set = DovetailResources.newResourceSet();
        Resource resource = set.createResource(URI.createURI("memory:/test.dovetail"));
        resource.getContents().add(m.model);

        ValidationResult result = engine().checks(List.of(new TestRules.Good())).build().validate(set);

        assertEquals(m.unowned, result.findings().get(0).element());
    }
}
