package org.dovetail.rules.ui.preferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dovetail.model.governance.Severity;
import org.dovetail.rules.engine.RuleConfiguration;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;

/**
 * Writes the {@code rule.} lines of a {@value RuleConfiguration#FILE_NAME} file in the format
 * {@link RuleConfiguration} reads, keeping every other line (pins, time limit, comments) as it is. The engine has no
 * writer of its own.
 */
final class RuleConfigurationFile {

    /** A rule's setting as the page edits it: enabled, and a severity that overrides the default or {@code null}. */
    record Setting(boolean enabled, Severity severity) {

        static final Setting DEFAULT = new Setting(true, null);

        String value() {
            if (!enabled) {
                return "off";
            }
            return severity == null ? "on" : severity.getLiteral().toLowerCase(Locale.ROOT);
        }
    }

    private static final String HEADER = """
            # Dovetail rule configuration, read by the workbench, the command line and the server.
            # rule.<rule id> = off | on | info | warning | error   (a severity overrides the rule's default)
            # pack.<pack id> = <version>                           (run a pack's rules only in this version)
            # time-limit = 10s                                     (how long one rule may run)
            """;

    private RuleConfigurationFile() {
    }

    /**
     * The file a model's rules are configured in: the nearest existing one from the model's folder up to its
     * project, else a new one in the project.
     */
    static IFile forModel(IFile model) {
        for (IContainer folder = model.getParent(); folder != null; folder = folder.getParent()) {
            IFile file = folder.getFile(IPath.fromPortableString(RuleConfiguration.FILE_NAME));
            if (file.exists() || folder == model.getProject()) {
                return file;
            }
        }
        return model.getProject().getFile(RuleConfiguration.FILE_NAME);
    }

    private static String ruleIdOf(String line) {
        String stripped = line.strip();
        int eq = stripped.indexOf('=');
        return stripped.startsWith("rule.") && eq > 5 ? stripped.substring(5, eq).strip() : null;
    }

    /** {@code existing} with the {@code rule.} lines of {@code ruleIds} replaced by the settings that differ from the defaults. */
    static String update(String existing, List<String> ruleIds, Map<String, Setting> settings) {
        List<String> kept = new ArrayList<>();
        if (existing == null || existing.isBlank()) {
            kept.addAll(HEADER.lines().toList());
        } else {
            for (String line : existing.split("\\R", -1)) {
                // Lines of rules that are not installed here (another vendor's pack) stay.
                String id = ruleIdOf(line);
                if (id == null || !ruleIds.contains(id)) {
                    kept.add(line);
                }
            }
            while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
                kept.remove(kept.size() - 1);
            }
        }
        StringBuilder text = new StringBuilder();
        kept.forEach(line -> text.append(line).append('\n'));
        for (String id : ruleIds) {
            Setting setting = settings.getOrDefault(id, Setting.DEFAULT);
            if (!setting.equals(Setting.DEFAULT)) {
                text.append("rule.").append(id).append(" = ").append(setting.value()).append('\n');
            }
        }
        return text.toString();
    }
}
