package org.dovetail.rules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
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
 * Anything else is malformed and raises {@link RuleConfigurationException} naming the file and line. A changed
 * configuration is made with {@link #toBuilder()} and saved with {@link RuleConfigurationWriter}, which keeps the
 * file's comments.
 */
public final class RuleConfiguration {

    /** The file name looked up next to the models. */
    public static final String FILE_NAME = ".dovetailrules";

    /**
     * One {@code rule.} line: off, on, or on with a severity ({@code null}: the rule's default).
     *
     * @param line where it was read, 0 for a setting made in code
     */
    public record RuleSetting(boolean enabled, Severity severity, int line) {

        /** The value as written in the file: off, on, info, warning or error. */
        public String value() {
            return !enabled ? "off" : severity == null ? "on" : severity.getLiteral().toLowerCase(Locale.ROOT);
        }
    }

    private static final RuleConfiguration EMPTY = new RuleConfiguration("(defaults)", Map.of(), Map.of(), null);

    private final String source;
    private final Map<String, RuleSetting> rules;
    private final Map<String, String> packPins;
    private final Duration timeLimit;

    private RuleConfiguration(String source, Map<String, RuleSetting> rules, Map<String, String> packPins, Duration timeLimit) {
        this.source = source;
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules)); // in file order, for the writer
        this.packPins = Collections.unmodifiableMap(new LinkedHashMap<>(packPins));
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

    /** A builder starting from this configuration's settings (for a preference page to change and save them). */
    public Builder toBuilder() {
        return new Builder(source, rules, packPins, timeLimit);
    }

    /**
     * Changes settings of a configuration; {@link #build()} makes a new one, the original stays as it was.
     *
     * @since 0.2
     */
    public static final class Builder {
        private final String source;
        private final Map<String, RuleSetting> rules;
        private final Map<String, String> pins;
        private Duration timeLimit;

        private Builder(String source, Map<String, RuleSetting> rules, Map<String, String> pins, Duration timeLimit) {
            this.source = source;
            this.rules = new LinkedHashMap<>(rules);
            this.pins = new LinkedHashMap<>(pins);
            this.timeLimit = timeLimit;
        }

        /** Sets a rule on or off, with a severity override or {@code null} for its default. */
        public Builder rule(String ruleId, boolean enabled, Severity severity) {
            rules.put(requireKey(ruleId), new RuleSetting(enabled, enabled ? severity : null, 0));
            return this;
        }

        /** Forgets the rule's setting: it runs on, at its default severity. */
        public Builder defaultRule(String ruleId) {
            rules.remove(ruleId);
            return this;
        }

        /** Pins a pack to a version (prefix); {@code null} removes the pin. */
        public Builder pin(String packId, String version) {
            if (version == null || version.isBlank()) {
                pins.remove(packId);
            } else {
                pins.put(requireKey(packId), requireKey(version.strip()));
            }
            return this;
        }

        /** The time limit of one rule; {@code null} for the engine's default. */
        public Builder timeLimit(Duration newTimeLimit) {
            if (newTimeLimit != null && (newTimeLimit.isNegative() || newTimeLimit.isZero())) {
                throw new IllegalArgumentException("the time limit must be positive: " + newTimeLimit);
            }
            timeLimit = newTimeLimit;
            return this;
        }

        public RuleConfiguration build() {
            return new RuleConfiguration(source, rules, pins, timeLimit);
        }

        /** An id or version the file format can hold: no blanks, no {@code =}, no {@code #}. */
        private static String requireKey(String text) {
            if (text == null || text.isEmpty() || !text.chars().allMatch(c -> c > ' ' && c != '=' && c != '#' && c != 0x7f)) {
                throw new IllegalArgumentException("not usable in " + FILE_NAME + ": \"" + text + '"');
            }
            return text;
        }
    }

    /** Whether {@code version} satisfies {@code pin}: equal, or {@code pin} followed by a dot starts it. */
    public static boolean matches(String pin, String version) {
        return version.equals(pin) || version.startsWith(pin + ".");
    }
}
