package org.dovetail.server.store;

import java.time.Instant;

/**
 * A project as stored.
 *
 * @param id           the project id (path segment of the API)
 * @param name         its display name
 * @param headRevision the newest revision, 0 for an empty project
 * @param failOn       the gate's policy: {@code error}, {@code warning} or {@code never}
 * @param createdAt    when it was created
 * @param createdBy    who created it
 */
public record ProjectRecord(String id, String name, long headRevision, String failOn, Instant createdAt, String createdBy) {
}
