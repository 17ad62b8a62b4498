package org.dovetail.server.store;

import java.util.List;

/**
 * A stored finding of the governance gate.
 *
 * @param ruleId      the rule or validator
 * @param elementId   the element it is about
 * @param severity    {@code ERROR}, {@code WARNING}, {@code INFO}
 * @param category    the rule-table row
 * @param status      {@code OPEN}, {@code WAIVED} or {@code ACCEPTED} (waivers in the model)
 * @param message     what is wrong
 * @param explanation why it matters
 * @param remediation what to do
 * @param related     ids of other elements involved
 */
public record FindingRow(String ruleId, String elementId, String severity, String category, String status, String message,
        String explanation, String remediation, List<String> related) {

    /** The identity of a finding across revisions. */
    public record Key(String ruleId, String elementId) {
    }

    public Key key() {
        return new Key(ruleId, elementId);
    }
}
