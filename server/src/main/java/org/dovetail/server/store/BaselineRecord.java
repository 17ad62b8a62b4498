package org.dovetail.server.store;

import java.time.Instant;

/** A named baseline: {@code revision} frozen under {@code name}. */
public record BaselineRecord(String name, long revision, String createdBy, Instant createdAt) {
}
