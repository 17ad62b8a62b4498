package org.dovetail.server.ops;

/**
 * Repository-level counters the write services report, exposed with the HTTP request metrics at {@code GET /metrics}
 * (Prometheus text). Requests by endpoint and status and their latency are counted by a filter; nothing to call for those.
 */
public interface ServerMetrics {

    /** A commit was stored; {@code rebased} when it was applied on top of revisions its base did not have. */
    void commitAccepted(boolean rebased, int operations);

    /** A commit was refused with 409, listing {@code conflicts} conflicts. */
    void commitConflict(int conflicts);

    /** The governance gate refused a commit (422) with {@code findings} findings. */
    void gateRejection(int findings);
}
