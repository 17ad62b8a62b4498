package org.dovetail.rules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dovetail.model.governance.Severity;

/**
 * A project's rule configuration, kept in a file named {@value #FILE_NAME} next to the models (like
 * {@code .bpmnlintrc}). Plain {@code key = value} lines; {@code #} starts a comment:
 *
 * <pre>
 * # rule.&lt;rule id&gt; = off | on | info | warning | error   (a severity overrides the rule's default)
 * rule.workflow.shadow-state = off
 * rule.governance.step-without-owner = error
 * # pack.&lt;pack id&gt; = &lt;version&gt;: the pack's rules run only if its version is this one or starts with it and a dot
 * pack.org.dovetail.rules.builtin = 0.1
 * # time-limit = &lt;seconds&gt;s | &lt;millis&gt;ms: how long one rule may run over the whole model
 * time-limit = 10s
 * </pre>
 *
 * Anything else is malformed and raises {@link RuleConfigurationException} naming the file and line.
 */
public final class RuleConfiguration {

    /** The file name looked up next to the models. */
    public static final String FILE_NAME = ".dovetailrules";

    /** One {@code rule.} line: off, on, or on with a severity. */
    public record RuleSetting(boolean enabled, Severity severity, int line) {
    }

    private static final RuleConfiguration EMPTY = new RuleConfiguration("(defaults)", Map.of(), Map.of(), null);

    private final String source;
    private final Map<String, RuleSetting> rules;
    private final Map<String, String> packPins;
    private final Duration timeLimit;

    private RuleConfiguration(String source, Map<String, RuleSetting> rules, Map<String, String> packPins, Duration timeLimit) {
        this.source = source;
        this.rules = Map.copyOf(rules);
        this.packPins = Map.copyOf(packPins);
        this.timeLimit = timeLimit;
    }

    /** Every rule on, at its default severity, no pins. */
    public static RuleConfiguration defaults() {
        return EMPTY;
    }

    /** The nearest {@value #FILE_NAME} in {@code modelPath}'s folder (or the folder itself) or above it; else the defaults. */
    public static RuleConfiguration forModel(Path modelPath) throws RuleConfigurationException {
        Path folder = Files.isDirectory(modelPath) ? modelPath : modelPath.toAbsolutePath().getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(file)) {
                return load(file);
            }
        }
        return defaults();
    }

    public static RuleConfiguration load(Path file) throws RuleConfigurationException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new RuleConfigurationException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses configuration text; {@code source} names it in error messages. */
    public static RuleConfiguration parse(String text, String source) throws RuleConfigurationException {
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        Map<String, String> pins = new LinkedHashMap<>();
        Duration timeLimit = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = withoutComment(lines[i]);
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw malformed(source, number, "expected key = value, found \"" + line + '"');
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.startsWith("rule.") && key.length() > 5) {
                rules.put(key.substring(5), setting(value, source, number));
            } else if (key.startsWith("pack.") && key.length() > 5 && !value.isEmpty()) {
                pins.put(key.substring(5), value);
            } else if (key.equals("time-limit")) {
                timeLimit = duration(value, source, number);
            } else {
                throw malformed(source, number, "unknown key \"" + key + "\" (expected rule.<id>, pack.<id> or time-limit)");
            }
        }
        return new RuleConfiguration(source, rules, pins, timeLimit);
    }

    /** The line without a comment: {@code #} at its start or after a blank. */
    private static String withoutComment(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("#")) {
            return "";
        }
        int hash = stripped.indexOf(" #");
        return hash < 0 ? stripped : stripped.substring(0, hash).strip();
    }

    private static RuleSetting setting(String value, String source, int line) throws RuleConfigurationException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "off" -> new RuleSetting(false, null, line);
            case "on" -> new RuleSetting(true, null, line);
            case "info" -> new RuleSetting(true, Severity.INFO, line);
            case "warning" -> new RuleSetting(true, Severity.WARNING, line);
            case "error" -> new RuleSetting(true, Severity.ERROR, line);
            default -> throw malformed(source, line, "unknown rule setting \"" + value + "\" (expected off, on, info, warning or error)");
        };
    }

    private static Duration duration(String value, String source, int line) throws RuleConfigurationException {
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
            }
            if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1).strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw malformed(source, line, "bad time-limit \"" + value + "\" (expected for example 10s or 500ms)");
    }

    private static RuleConfigurationException malformed(String source, int line, String problem) {
        return new RuleConfigurationException(source + ":" + line + ": " + problem, null);
    }

    /** Where this configuration came from (a file path, or "(defaults)"). */
    public String source() {
        return source;
    }

    public boolean isEnabled(String ruleId) {
        RuleSetting s = rules.get(ruleId);
        return s == null || s.enabled();
    }

    /** The project's severity for {@code ruleId}, if it overrides the default. */
    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId)).map(RuleSetting::severity);
    }

    /** The {@code rule.} lines, by rule id. */
    public Map<String, RuleSetting> rules() {
        return rules;
    }

    /** The pinned versions, by pack id. */
    public Map<String, String> packPins() {
        return packPins;
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    /** Whether {@code version} satisfies {@code pin}: equal, or {@code pin} followed by a dot starts it. */
    public static boolean matches(String pin, String version) {
        return version.equals(pin) || version.startsWith(pin + ".");
    }
}
