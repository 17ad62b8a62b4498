package org.dovetail.server.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * A project inside the transaction of a commit, holding its row lock: nothing else commits to the project until the
 * transaction ends (in this server instance or any other on the same database).
 */
public interface LockedProject {

    /** The project as locked (its head is the latest revision). */
    ProjectRecord project();

    /** The revision an earlier attempt of the same change set stored, if any. */
    Optional<StoredRevision> byClient(String clientId, long clientSequence);

    /** Revisions {@code from+1 … head} with their operations. */
    List<StoredRevision> revisionsAfter(long from);

    /** Every element deleted by revisions {@code from+1 … head} (subtrees included) → the deleting revision. */
    Map<String, Long> deletedAfter(long from);

    /** The value of a feature at {@code revision}, or {@code null} when unset or the element did not exist. */
    String valueAt(long revision, String elementId, String feature);

    /**
     * Adds a commit to the transaction's writes and makes its revision the head. Several revisions may be written in one
     * transaction (a group commit), in the order of their numbers; they are sent just before it commits, so the queries
     * here see only what was committed before the transaction.
     */
    void write(RevisionWrite write);

    /** The commit's own transaction, for writes that must commit or roll back with it (the audit log). */
    EntityManager transaction();
}
