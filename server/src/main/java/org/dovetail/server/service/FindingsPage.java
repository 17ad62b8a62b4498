package org.dovetail.server.service;

import java.util.List;

import org.dovetail.server.store.FindingRow;

/**
 * A page of the findings that held at a revision, in (rule, element) order.
 *
 * @param revision the revision
 * @param findings at most the requested number of findings
 * @param next     the key to continue after ({@code afterRule}, {@code afterElement}); {@code null} on the last page
 */
public record FindingsPage(long revision, List<FindingRow> findings, FindingRow.Key next) {
}
