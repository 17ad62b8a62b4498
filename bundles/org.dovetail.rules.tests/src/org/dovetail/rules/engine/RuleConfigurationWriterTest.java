package org.dovetail.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dovetail.model.governance.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleConfigurationWriterTest {

    /** What a configuration says, without where each setting was read. */
    private static Map<String, Object> said(RuleConfiguration c) {
        Map<String, Object> said = new LinkedHashMap<>();
        c.rules().forEach((id, s) -> said.put("rule." + id, s.value()));
        c.packPins().forEach((id, v) -> said.put("pack." + id, v));
        c.timeLimit().ifPresent(t -> said.put("time-limit", t));
        return said;
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameConfiguration() throws Exception {
        RuleConfiguration c = RuleConfiguration.defaults().toBuilder().rule("workflow.shadow-state", false, null)
                .rule("governance.step-without-owner", true, Severity.ERROR).rule("test.good", true, null)
                .pin("org.dovetail.rules.builtin", "0.1").timeLimit(Duration.ofMillis(1500)).build();

        String text = RuleConfigurationWriter.format(c);
        RuleConfiguration back = RuleConfiguration.parse(text, "f");

        assertEquals(said(c), said(back));
        assertEquals(Map.of("rule.workflow.shadow-state", "off", "rule.governance.step-without-owner", "error", "rule.test.good", "on",
                "pack.org.dovetail.rules.builtin", "0.1", "time-limit", Duration.ofMillis(1500)), said(back));
        assertTrue(text.contains("time-limit = 1500ms"), text);
        assertEquals(Duration.ofSeconds(3), RuleConfiguration.parse(RuleConfigurationWriter.format(
                c.toBuilder().timeLimit(Duration.ofSeconds(3)).build()), "f").timeLimit().orElseThrow());
    }

    @Test
    void rewritingAFileKeepsItsCommentsAndOrderAndChangesOnlyWhatChanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(RuleConfiguration.FILE_NAME);
        Files.writeString(file, """
                # Board decision 2026-05: shadow states are tracked elsewhere
                rule.workflow.shadow-state = off   # see ticket 42

                rule.governance.step-without-owner = warning
                pack.org.dovetail.rules.builtin = 0.1
                time-limit = 10s
                """);
        RuleConfiguration changed = RuleConfiguration.load(file).toBuilder().rule("governance.step-without-owner", true, Severity.ERROR)
                .defaultRule("workflow.shadow-state").pin("org.dovetail.rules.builtin", null).rule("data.no-source-of-truth", true, Severity.INFO)
                .build();

        RuleConfigurationWriter.write(changed, file);

        assertEquals("""
                # Board decision 2026-05: shadow states are tracked elsewhere

                rule.governance.step-without-owner = error
                time-limit = 10s
                rule.data.no-source-of-truth = info
                """, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(said(changed), said(RuleConfiguration.load(file)));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aChangedSettingKeepsItsTrailingComment() {
        RuleConfiguration c = RuleConfiguration.defaults().toBuilder().rule("workflow.shadow-state", true, Severity.WARNING).build();

        assertEquals("rule.workflow.shadow-state = warning  # see ticket 42\n",
                RuleConfigurationWriter.update("rule.workflow.shadow-state = off   # see ticket 42", c));
    }

    @Test
    void aSettingTheFileCannotHoldIsRefused() {
        RuleConfiguration.Builder b = RuleConfiguration.defaults().toBuilder();

        assertThrows(IllegalArgumentException.class, () -> b.rule("bad id", false, null));
        assertThrows(IllegalArgumentException.class, () -> b.pin("p", "1 # 2"));
        assertThrows(IllegalArgumentException.class, () -> b.timeLimit(Duration.ZERO));
        assertFalse(b.build().rules().containsKey("bad id"));
    }

    @Test
    void theOriginalConfigurationIsLeftAsItWas() throws Exception {
        RuleConfiguration original = RuleConfiguration.parse("rule.test.good = off", "f");
        original.toBuilder().rule("test.good", true, null).build();

        assertFalse(original.isEnabled("test.good"));
    }
}
