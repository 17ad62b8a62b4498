package org.dovetail.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dovetail.model.governance.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleConfigurationTest {

    private final TestModels m = new TestModels();

    private ValidationResult validate(String configuration) throws RuleConfigurationException {
        return RuleEngine.builder().configuration(RuleConfiguration.parse(configuration, ".dovetailrules"))
                .checks(List.of(new TestRules.Good(), new TestRules.GoodValidator())).build().validate(m.model);
    }

    @Test
    void aDisabledRuleDoesNotRun() throws Exception {
        ValidationResult result = validate("# quiet\nrule.test.good = off\n");

        assertTrue(result.findingsOf("test.good").isEmpty());
        assertEquals(1, result.checksRun());
        assertEquals(1, result.findingsOf("test.mapping-good").size());
    }

    @Test
    void aSeverityOverridesTheDefault() throws Exception {
        ValidationResult result = validate("rule.test.good = error\nrule.test.mapping-good = on");

        assertEquals(Severity.ERROR, result.findingsOf("test.good").get(0).severity());
        assertEquals(Severity.INFO, result.findingsOf("test.mapping-good").get(0).severity());
    }

    @Test
    void commentsMayEndALine() throws Exception {
        RuleConfiguration configuration = RuleConfiguration.parse("  # rules\nrule.test.good = off   # noisy\n\npack.p = 1.0 #pinned", "f");

        assertFalse(configuration.isEnabled("test.good"));
        assertEquals("1.0", configuration.packPins().get("p"));
    }

    @Test
    void aMalformedFileIsAClearErrorNamingTheLine() {
        var bad = assertThrows(RuleConfigurationException.class, () -> RuleConfiguration.parse("\nrule.test.good = sometimes", "x/.dovetailrules"));
        assertEquals("x/.dovetailrules:2: unknown rule setting \"sometimes\" (expected off, on, info, warning or error)", bad.getMessage());

        assertTrue(assertThrows(RuleConfigurationException.class, () -> RuleConfiguration.parse("rules off", "f")).getMessage()
                .startsWith("f:1: expected key = value"));
        assertTrue(assertThrows(RuleConfigurationException.class, () -> RuleConfiguration.parse("colour = red", "f")).getMessage()
                .contains("unknown key \"colour\""));
        assertTrue(assertThrows(RuleConfigurationException.class, () -> RuleConfiguration.parse("time-limit = soon", "f")).getMessage()
                .contains("bad time-limit"));
    }

    @Test
    void anUnknownRuleIdIsNotedNotFatal() throws Exception {
        ValidationResult result = validate("rule.test.no-such-rule = off");

        assertEquals(List.of(".dovetailrules:1: no installed rule has the id test.no-such-rule"), result.problems());
        assertEquals(2, result.checksRun());
    }

    @Test
    void aPackPinnedToAnotherVersionDoesNotRun() throws Exception {
        assertEquals(2, validate("pack.org.dovetail.rules.tests = 1.2").checksRun());
        assertEquals(2, validate("pack.org.dovetail.rules.tests = 1.2.3").checksRun());

        ValidationResult pinnedOut = validate("pack.org.dovetail.rules.tests = 2");
        assertEquals(0, pinnedOut.checksRun());
        assertTrue(pinnedOut.problems().get(0).contains("1.2.3 is installed; its rules did not run"), pinnedOut.problems().toString());
        assertTrue(validate("pack.com.example.sox = 1").problems().get(0).contains("not installed"));
        assertFalse(RuleConfiguration.matches("1.2.3", "1.2.30"));
    }

    @Test
    void theTimeLimitCanBeConfigured() throws Exception {
        RuleConfiguration configuration = RuleConfiguration.parse("time-limit = 100ms", "f");
        assertEquals(Duration.ofMillis(100), configuration.timeLimit().orElseThrow());
        assertEquals(Duration.ofSeconds(3), RuleConfiguration.parse("time-limit=3s", "f").timeLimit().orElseThrow());

        ValidationResult result = RuleEngine.builder().configuration(configuration).checks(List.of(new TestRules.Sleeping())).build()
                .validate(m.model);
        assertTrue(result.failures().get(0).timedOut());
    }

    @Test
    void theNearestFileNextToOrAboveTheModelsIsUsed(@TempDir Path dir) throws Exception {
        Path models = Files.createDirectories(dir.resolve("project/models"));
        Path model = Files.writeString(models.resolve("a.dovetail"), "");
        assertSame(RuleConfiguration.defaults(), RuleConfiguration.forModel(model));

        Files.writeString(dir.resolve("project/.dovetailrules"), "rule.test.good = off\n");
        RuleConfiguration found = RuleConfiguration.forModel(model);
        assertFalse(found.isEnabled("test.good"));
        assertTrue(found.source().endsWith("project/.dovetailrules"));
        assertFalse(RuleConfiguration.forModel(models).isEnabled("test.good"));
    }

    @Test
    void aMalformedFileNamesItsPath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(".dovetailrules"), "rule.test.good = loud\n");

        var e = assertThrows(RuleConfigurationException.class, () -> RuleConfiguration.forModel(dir));
        assertTrue(e.getMessage().startsWith(file + ":1: "), e.getMessage());
        assertTrue(assertThrows(RuleConfigurationException.class, () -> RuleConfiguration.load(dir.resolve("missing"))).getMessage()
                .contains("cannot be read"));
    }
}
