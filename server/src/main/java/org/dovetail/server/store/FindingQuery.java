package org.dovetail.server.store;

import java.util.List;

/**
 * One page of a revision's findings, in (rule, element) order: a large model holds millions of findings, so they are
 * read a page at a time, each page continuing after the last key of the one before (a keyset, so a page costs the same
 * wherever it is).
 *
 * @param severities the severities wanted ({@code error}, {@code warning}, {@code info}); empty: all
 * @param ruleId     only this rule's findings, or {@code null}
 * @param elementId  only the findings on this element, or {@code null}
 * @param after      the last key of the previous page, or {@code null} for the first page
 * @param limit      the most findings in the page
 */
public record FindingQuery(List<String> severities, String ruleId, String elementId, FindingRow.Key after, int limit) {

    public FindingQuery {
        severities = List.copyOf(severities);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }
}
