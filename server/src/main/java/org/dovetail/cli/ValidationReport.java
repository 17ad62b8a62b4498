package org.dovetail.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.RuleConfiguration;
import org.dovetail.rules.engine.RuleFailure;
import org.dovetail.rules.engine.ValidationResult;

/**
 * What one {@code dovetail validate} found, for every output format: the results per model file, the checks that
 * were installed and the notes on configuration and contributions.
 *
 * @param base     the folder the file names are relative to
 * @param files    one entry per model file, in path order
 * @param checks   every installed check (built-in and vendor), enabled or not
 * @param problems notes on contributions that were skipped (bad vendor classes, duplicate ids)
 * @param today    the date waivers were judged on
 */
record ValidationReport(Path base, List<FileReport> files, List<ModelCheck> checks, List<String> problems, LocalDate today) {

    /**
     * The result for one model file.
     *
     * @param path          the file
     * @param name          its path relative to what was validated, with "/" separators (the artifact's URI)
     * @param configuration the {@code .dovetailrules} applied (its source is the file, or "(defaults)")
     * @param result        what the engine found
     */
    record FileReport(Path path, String name, RuleConfiguration configuration, ValidationResult result) {

        /** The checks the configuration let run on this file (enabled, and their pack meets its pin), in order. */
        List<ModelCheck> checksRun(List<ModelCheck> installed) {
            return installed.stream().filter(c -> configuration.isEnabled(c.id())).filter(c -> {
                String pin = configuration.packPins().get(c.pack().id());
                return pin == null || RuleConfiguration.matches(pin, c.pack().version());
            }).toList();
        }
    }

    /** A finding with the file it was found in. */
    record Located(FileReport file, RuleFinding finding) {
    }

    /** A failed check with the file it failed on. */
    record Failed(FileReport file, RuleFailure failure) {
    }

    ValidationReport {
        files = List.copyOf(files);
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    List<Located> findings() {
        List<Located> all = new ArrayList<>();
        for (FileReport f : files) {
            f.result().findings().forEach(finding -> all.add(new Located(f, finding)));
        }
        return all;
    }

    List<Failed> failures() {
        List<Failed> all = new ArrayList<>();
        for (FileReport f : files) {
            f.result().failures().forEach(failure -> all.add(new Failed(f, failure)));
        }
        return all;
    }

    /** Configuration notes of every file and the contribution notes, each once. */
    List<String> notes() {
        List<String> all = new ArrayList<>(problems);
        for (FileReport f : files) {
            f.result().problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
        }
        return all;
    }

    /** Open findings by severity (waived and accepted ones not counted). */
    Map<Severity, Integer> openCounts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.VALUES) {
            counts.put(s, 0);
        }
        findings().stream().filter(l -> l.finding().isOpen()).forEach(l -> counts.merge(l.finding().severity(), 1, Integer::sum));
        return counts;
    }

    long waivedCount() {
        return findings().stream().filter(l -> !l.finding().isOpen()).count();
    }

    Optional<ModelCheck> check(String ruleId) {
        return checks.stream().filter(c -> c.id().equals(ruleId)).findFirst();
    }

    /**
     * Whether the run should fail the build at {@code threshold}: an open finding at or above it, or a check that
     * did not run to the end (its findings are unknown). {@code null} never fails.
     */
    boolean failsAt(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        return !failures().isEmpty() || files.stream().anyMatch(f -> f.result().hasOpenAtOrAbove(threshold));
    }

    // ---- shared wording -------------------------------------------------------------------------------------------

    static String categoryLabel(RuleCategory category) {
        if (category == null) {
            return "Uncategorised";
        }
        return switch (category) {
            case WORKFLOW_MISMATCH -> "Workflow mismatch";
            case DECISION_EVIDENCE_MISMATCH -> "Decision and evidence mismatch";
            case DATA_EXCEPTION_MISMATCH -> "Data and exception mismatch";
            case GOVERNANCE_SHORTFALL -> "Governance shortfall";
            case FEEDBACK_GAP -> "Feedback gap";
            case WORKFLOW_REDESIGN -> "Workflow redesign";
            case WORK_AS_DONE -> "Work as done";
        };
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*\\}");

    /**
     * A text about the rule itself, not one finding: the pack's {@code <id>.<part>} if it has one (vendor packs may
     * add {@code .description} and {@code .help}), else the first finding's text, else the pack's pattern with its
     * placeholders shown as "…".
     */
    String ruleText(ModelCheck check, String part, String fallbackPart) {
        if (check.pack().hasText(check.id() + '.' + part)) {
            return check.pack().text(check.id() + '.' + part);
        }
        for (Located l : findings()) {
            if (l.finding().ruleId().equals(check.id())) {
                return fallbackPart.equals("explanation") ? l.finding().explanation() : l.finding().remediation();
            }
        }
        String key = check.id() + '.' + fallbackPart;
        if (!check.pack().hasText(key)) {
            return check.title();
        }
        String pattern = check.pack().text(key, "\u0000");
        return PLACEHOLDER.matcher(pattern.replace("\u0000", "\u2026")).replaceAll("\u2026");
    }
}
