package org.dovetail.server.security;

import jakarta.persistence.EntityManager;

/**
 * The audit log of writes (who, when, project, action, target, outcome), read by project admins at
 * {@code GET /projects/{p}/audit}.
 * <p>
 * Write services call {@link #record} inside their own transaction so that the entry commits or rolls back with the
 * write. Every write request that did not record itself that way (refused, failed, or a write service that forgot) is
 * recorded after the response by the security layer's filter, with the HTTP outcome, so no write goes unlogged.
 */
public interface AuditLog {

    /**
     * Records a successful write in {@code transaction}, the write's own open transaction.
     *
     * @param projectId the project written, or {@code null} for a server-wide write
     * @param action    what was done, e.g. {@code commit}, {@code policy.set}, {@code waiver.create}
     * @param target    what it was done to, e.g. {@code revision 42}, a waiver id, a user name
     */
    void record(EntityManager transaction, Caller who, String projectId, String action, String target);

    /**
     * Records an outcome in a transaction of its own, for writes whose transaction rolled back (a conflict, a gate
     * refusal): {@code outcome} is e.g. {@code conflict}, {@code rejected}.
     */
    void recordOutcome(Caller who, String projectId, String action, String target, String outcome);

    /**
     * Like {@link #record}, for a write done in another request's thread (a group commit): that request's own thread
     * calls {@link #noteRecorded} once the transaction committed.
     */
    default void recordOnBehalf(EntityManager transaction, Caller who, String projectId, String action, String target) {
        record(transaction, who, projectId, action, target);
    }

    /** Notes, in the request's own thread, that its write was recorded by {@link #recordOnBehalf}. */
    default void noteRecorded() {
    }
}
