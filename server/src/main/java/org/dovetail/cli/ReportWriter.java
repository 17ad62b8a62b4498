package org.dovetail.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.Waiver;

/** One output format of {@code dovetail validate}. */
interface ReportWriter {

    void write(ValidationReport report, Writer out) throws IOException;

    /** "error", "warning", "info". */
    static String severity(Severity severity) {
        return severity == null ? "info" : severity.getLiteral();
    }

    /** A waiver's day (UTC), or {@code null}. */
    static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** "waived by Kim until 2027-01-31: reason", for people. */
    static String waiverText(Waiver waiver, boolean holds) {
        if (waiver == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(holds ? (waiver.getResponse() != null ? waiver.getResponse().getLiteral() : "waived") : "waiver expired");
        if (waiver.getGrantedBy() != null) {
            text.append(" by ").append(Elements.label(waiver.getGrantedBy()));
        }
        LocalDate until = day(waiver.getExpiresOn());
        text.append(until == null ? " (no expiry)" : (holds ? " until " : " on ") + until);
        if (waiver.getReason() != null && !waiver.getReason().isBlank()) {
            text.append(": ").append(waiver.getReason());
        }
        return text.toString();
    }
}
