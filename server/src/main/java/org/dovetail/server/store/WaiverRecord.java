package org.dovetail.server.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A waiver granted through the server: while it holds ({@code until} is today or later, or unset), the gate does not
 * count the finding of {@code ruleId} on {@code elementId}.
 */
public record WaiverRecord(String id, String ruleId, String elementId, String reason, LocalDate until, String grantedBy,
        Instant grantedAt) {

    public boolean holdsOn(LocalDate day) {
        return until == null || !day.isAfter(until);
    }
}
