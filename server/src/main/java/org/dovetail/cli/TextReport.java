package org.dovetail.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.RuleFailure;

/** Readable text: per file, findings grouped by category, then the checks that failed, then the counts. */
final class TextReport implements ReportWriter {

    @Override
    public void write(ValidationReport report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        for (ValidationReport.FileReport file : report.files()) {
            out.println(file.name() + "  (" + file.result().checksRun() + " checks, configuration: " + file.configuration().source() + ")");
            Map<RuleCategory, List<RuleFinding>> byCategory = new LinkedHashMap<>();
            for (RuleCategory c : RuleCategory.VALUES) {
                List<RuleFinding> in = file.result().findings().stream().filter(f -> f.category() == c).toList();
                if (!in.isEmpty()) {
                    byCategory.put(c, in);
                }
            }
            if (byCategory.isEmpty() && file.result().failures().isEmpty()) {
                out.println("  no findings");
            }
            byCategory.forEach((category, findings) -> {
                out.println("  " + ValidationReport.categoryLabel(category) + " (" + findings.size() + ")");
                for (RuleFinding f : findings) {
                    String tag = f.isOpen() ? ReportWriter.severity(f.severity()).toUpperCase() : f.status().getLiteral().toUpperCase();
                    out.printf("    %-8s %s  %s%n", tag, f.ruleId(), f.message());
                    out.println("             at " + Elements.type(f.element()) + " \"" + Elements.label(f.element()) + "\" "
                            + Elements.uuid(f.element()) + ", owner " + Elements.owner(f.element()));
                    if (f.waiver() != null) {
                        out.println("             " + ReportWriter.waiverText(f.waiver(), !f.isOpen()));
                    }
                }
            });
            if (!file.result().failures().isEmpty()) {
                out.println("  Checks that did not run to the end (" + file.result().failures().size() + ")");
                for (RuleFailure failure : file.result().failures()) {
                    out.printf("    %-8s %s%n", failure.timedOut() ? "TIMEOUT" : "FAILED", failure);
                }
            }
            out.println();
        }
        List<String> notes = report.notes();
        if (!notes.isEmpty()) {
            out.println("Notes");
            notes.forEach(n -> out.println("  " + n));
            out.println();
        }
        Map<Severity, Integer> open = report.openCounts();
        out.printf("%d file%s, %d checks: %d error%s, %d warning%s, %d info open; %d waived or accepted; %d check%s failed%n",
                report.files().size(), report.files().size() == 1 ? "" : "s", report.checks().size(),
                open.get(Severity.ERROR), open.get(Severity.ERROR) == 1 ? "" : "s",
                open.get(Severity.WARNING), open.get(Severity.WARNING) == 1 ? "" : "s", open.get(Severity.INFO),
                report.waivedCount(), report.failures().size(), report.failures().size() == 1 ? "" : "s");
        out.flush();
    }
}
