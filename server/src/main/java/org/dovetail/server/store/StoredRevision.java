package org.dovetail.server.store;

import java.time.Instant;

/**
 * A revision as stored.
 *
 * @param number          its number (1, 2, 3… per project)
 * @param baseRevision    the revision its change set was made against
 * @param author          who committed it
 * @param time            when (UTC)
 * @param message         the commit message
 * @param clientId        the committing client, for retries
 * @param clientSequence  the client's sequence number of the change set
 * @param rebased         whether it was applied on top of revisions its base did not have
 * @param operationCount  how many operations it has
 * @param operationsJson  its operations as protocol JSON, or {@code null} where they were not read (history pages)
 */
public record StoredRevision(long number, long baseRevision, String author, Instant time, String message, String clientId,
        Long clientSequence, boolean rebased, int operationCount, String operationsJson) {
}
