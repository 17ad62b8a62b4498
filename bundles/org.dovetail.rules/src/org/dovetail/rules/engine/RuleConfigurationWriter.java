package org.dovetail.rules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link RuleConfiguration} as a {@value RuleConfiguration#FILE_NAME} file (for the workbench's preference
 * page, say). Rewriting an existing file keeps its comments, blank lines and the order of its settings: a changed
 * setting is changed in place (its trailing comment kept), a dropped one is removed, a new one is added at the end.
 * What it writes reads back as the same configuration.
 *
 * <pre>{@code
 * RuleConfiguration changed = RuleConfiguration.load(file).toBuilder().rule("workflow.shadow-state", false, null).build();
 * RuleConfigurationWriter.write(changed, file);
 * }</pre>
 *
 * @since 0.2
 */
public final class RuleConfigurationWriter {

    private static final String HEADER = """
            # Dovetail rule configuration: rule.<id> = off | on | info | warning | error, pack.<id> = <version>,
            # time-limit = <seconds>s | <millis>ms
            """;

    private RuleConfigurationWriter() {
    }

    /** The text of {@code configuration} as a new file. */
    public static String format(RuleConfiguration configuration) {
        return update(HEADER, configuration);
    }

    /**
     * {@code existing} (the text of a configuration file) changed to say what {@code configuration} says, keeping
     * its comments and layout.
     */
    public static String update(String existing, RuleConfiguration configuration) {
        Map<String, String> wanted = settings(configuration);
        List<String> out = new ArrayList<>();
        for (String line : existing.split("\\R", -1)) {
            String stripped = line.strip();
            int eq = stripped.indexOf('=');
            if (stripped.isEmpty() || stripped.startsWith("#") || eq < 0) {
                out.add(line);
                continue;
            }
            String key = stripped.substring(0, eq).strip();
            if (!(key.startsWith("rule.") || key.startsWith("pack.") || key.equals("time-limit"))) {
                out.add(line); // not a setting this writer knows: kept as it is (the file says what is wrong with it)
                continue;
            }
            String value = wanted.remove(key);
            if (value == null) {
                continue; // the setting was dropped (or was a duplicate): the default holds
            }
            int comment = stripped.indexOf(" #", eq);
            out.add(key + " = " + value + (comment < 0 ? "" : "  " + stripped.substring(comment + 1)));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        wanted.forEach((key, value) -> out.add(key + " = " + value));
        return String.join("\n", out) + "\n";
    }

    /**
     * Writes {@code configuration} to {@code file}, keeping the comments of the file already there. The new text is
     * written next to it first and then moved over it, so a failure leaves the old file whole.
     */
    public static void write(RuleConfiguration configuration, Path file) throws IOException {
        String text = Files.isRegularFile(file) ? update(Files.readString(file, StandardCharsets.UTF_8), configuration) : format(configuration);
        Path parent = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(parent, ".dovetailrules", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Every setting as key and value, in the configuration's order. */
    private static Map<String, String> settings(RuleConfiguration configuration) {
        Map<String, String> settings = new LinkedHashMap<>();
        configuration.rules().forEach((id, setting) -> settings.put("rule." + id, setting.value()));
        configuration.packPins().forEach((id, version) -> settings.put("pack." + id, version));
        configuration.timeLimit().ifPresent(limit -> settings.put("time-limit", duration(limit)));
        return settings;
    }

    private static String duration(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
