package org.dovetail.server.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.dovetail.server.security.AuditLog;
import org.dovetail.server.security.Caller;
import org.slf4j.MDC;

/**
 * The audit log in table {@code dt_audit}. It remembers, per request thread, that a write recorded itself, so that the
 * {@link AuditFilter} does not record it a second time.
 */
public final class JpaAuditLog implements AuditLog {

    /** The MDC key of the request id that the request observer sets. */
    public static final String REQUEST_ID = "requestId";
    static final String SUCCESS = "success";
    private static final int MAX_TARGET = 1000;

    private final Transactions transactions;
    private final Clock clock;
    /** What the current request recorded itself: nothing, an entry in its write transaction, or a committed outcome. */
    enum Recorded { NOTHING, IN_TRANSACTION, COMMITTED }

    private final ThreadLocal<Recorded> recordedInRequest = ThreadLocal.withInitial(() -> Recorded.NOTHING);

    public JpaAuditLog(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void record(EntityManager transaction, Caller who, String projectId, String action, String target) {
        transaction.persist(entry(who, projectId, action, target, SUCCESS));
        if (recordedInRequest.get() == Recorded.NOTHING) {
            recordedInRequest.set(Recorded.IN_TRANSACTION);
        }
    }

    @Override
    public void recordOnBehalf(EntityManager transaction, Caller who, String projectId, String action, String target) {
        transaction.persist(entry(who, projectId, action, target, SUCCESS));
    }

    @Override
    public void noteRecorded() {
        if (recordedInRequest.get() == Recorded.NOTHING) {
            recordedInRequest.set(Recorded.IN_TRANSACTION);
        }
    }

    @Override
    public void recordOutcome(Caller who, String projectId, String action, String target, String outcome) {
        transactions.write(em -> {
            em.persist(entry(who, projectId, action, target, outcome));
            return null;
        });
        recordedInRequest.set(Recorded.COMMITTED);
    }

    private AuditEntity entry(Caller who, String projectId, String action, String target, String outcome) {
        String clipped = target == null || target.length() <= MAX_TARGET ? target : target.substring(0, MAX_TARGET);
        return new AuditEntity(Instant.now(clock), who == null ? null : who.userId(), who == null ? null : who.name(),
                projectId, action, clipped, outcome, MDC.get(REQUEST_ID));
    }

    /** Forgets what the previous request on this thread recorded. */
    void startRequest() {
        recordedInRequest.set(Recorded.NOTHING);
    }

    /** What the current request recorded itself (and forgets it). */
    Recorded recordedInRequest() {
        Recorded recorded = recordedInRequest.get();
        recordedInRequest.set(Recorded.NOTHING);
        return recorded;
    }

    /** A page of a project's audit log, newest first. */
    public List<AuditEntity.AuditRecord> page(String projectId, int offset, int limit) {
        return transactions.read(em -> em.createQuery(
                "SELECT a FROM AuditEntity a WHERE a.projectId = :project ORDER BY a.at DESC, a.id DESC", AuditEntity.class)
                .setParameter("project", projectId).setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(AuditEntity::toRecord).toList());
    }
}
